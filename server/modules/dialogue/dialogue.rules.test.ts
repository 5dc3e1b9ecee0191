import { describe, expect, it } from 'vitest';
import { quorumMet, requestSigned, requiredReps, workingDaysAfter, type RepRule } from './dialogue.rules.ts';

const nd145: RepRule[] = [[0, 3], [50, 4], [150, 5], [300, 7], [500, 9], [1000, 24]]
  .map(([minHeadcount, minReps]) => ({ validFrom: '2021-02-01', minHeadcount, minReps }));

describe('dialogue rules', () => {
  it('requires the workers\' representatives of the headcount step in force on the meeting\'s date', () => {
    expect(requiredReps(nd145, '2026-06-19', 49)).toBe(3);
    expect(requiredReps(nd145, '2026-06-19', 50)).toBe(4);
    expect(requiredReps(nd145, '2026-06-19', 415)).toBe(7);
    expect(requiredReps(nd145, '2026-06-19', 1000)).toBe(24);
    expect(requiredReps(nd145, '2020-12-31', 415)).toBe(0);
    const later = [...nd145, { validFrom: '2030-01-01', minHeadcount: 0, minReps: 5 }];
    expect(requiredReps(later, '2029-12-31', 10)).toBe(3);
    expect(requiredReps(later, '2030-01-01', 10)).toBe(5);
  });

  it('meets the quorum only with more than 70 % of the representatives', () => {
    expect(quorumMet(7, 10, 70)).toBe(false);
    expect(quorumMet(8, 10, 70)).toBe(true);
    expect(quorumMet(5, 7, 70)).toBe(true);
    expect(quorumMet(4, 7, 70)).toBe(false);
  });

  it('counts working days Monday to Friday after the meeting', () => {
    expect(workingDaysAfter('2026-06-19', '2026-06-19')).toBe(0);
    expect(workingDaysAfter('2026-06-19', '2026-06-23')).toBe(2); // Friday → Tuesday
    expect(workingDaysAfter('2026-06-19', '2026-06-24')).toBe(3);
    expect(workingDaysAfter('2026-06-19', '2026-06-25')).toBe(4);
  });

  it('takes a workers\' request signed by at least 30 % of their representatives', () => {
    expect(requestSigned(3, 10, 30)).toBe(true);
    expect(requestSigned(2, 7, 30)).toBe(false);
    expect(requestSigned(3, 9, 30)).toBe(true);
    expect(requestSigned(2, 8, 30)).toBe(false);
  });
});
