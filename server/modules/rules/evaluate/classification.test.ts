import { describe, expect, it } from 'vitest';
import type { ClassificationScheme } from '../../../../shared/contracts/rule-content.contract.ts';
import { gradeFor, schemeForKind, scoreClassification } from './classification.ts';

const scheme: ClassificationScheme = {
  groups: [
    { code: '1', name: 'Nhóm 1', maxPoints: 10, indicators: [
      { code: '1.1', text: 'Khu vực hành chính', maxPoints: 6, kinds: ['agency'] },
      { code: '1.1dn', text: 'Doanh nghiệp', maxPoints: 6, kinds: ['private_enterprise'] },
      { code: '1.2', text: 'Chung', maxPoints: 6 },
    ] },
    { code: '4', name: 'Điểm thưởng', maxPoints: 2, bonus: true, indicators: [{ code: '4.1', text: 'Sáng kiến', maxPoints: 2 }] },
  ],
  grades: [{ grade: 'HTXSNV', minPoints: 11 }, { grade: 'HTTNV', minPoints: 8 }, { grade: 'HTNV', minPoints: 5 }],
};

describe('the classification scale', () => {
  it('keeps the indicators of the union\'s kind', () => {
    expect(schemeForKind(scheme, 'agency').groups[0].indicators.map((i) => i.code)).toEqual(['1.1', '1.2']);
    expect(schemeForKind(scheme, 'private_enterprise').groups[0].indicators.map((i) => i.code)).toEqual(['1.1dn', '1.2']);
  });

  it('caps each indicator and each group at its maximum, and adds the bonus on top', () => {
    const s = scoreClassification(schemeForKind(scheme, 'agency'), new Map([['1.1', 6], ['1.2', 6], ['4.1', 1.5]]), scheme.grades);
    expect(s.groups).toEqual([
      { code: '1', points: 10, maxPoints: 10, capped: true },
      { code: '4', points: 1.5, maxPoints: 2, capped: false },
    ]);
    expect(s.total).toBe(11.5);
    expect(s.grade).toBe('HTXSNV');
  });

  it('adds tenths exactly and grades at each boundary, KHTNV under the last', () => {
    expect(scoreClassification(scheme, new Map([['1.1', 0.1], ['1.2', 0.2]]), scheme.grades).total).toBe(0.3);
    expect(gradeFor(11, scheme.grades)).toBe('HTXSNV');
    expect(gradeFor(10.9, scheme.grades)).toBe('HTTNV');
    expect(gradeFor(8, scheme.grades)).toBe('HTTNV');
    expect(gradeFor(5, scheme.grades)).toBe('HTNV');
    expect(gradeFor(4.9, scheme.grades)).toBe('KHTNV');
  });
});
