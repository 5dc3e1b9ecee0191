import { describe, expect, it } from 'vitest';
import { shareOf, workforceIssues, type WorkforceCounts } from './workforce-rules.ts';

const base: WorkforceCounts = {
  employees: 100, women: 80, contractsIndefinite: 60, contractsFixedTerm: 30, contractsSeasonal: 10,
  socialInsured: 95, healthInsured: 95, unemploymentInsured: 90, underEmployed: 5, underEmployedWomen: 4,
  incomePeople: 98, wageArrearsWorkers: 0, wageArrearsAmount: 0, housedByEmployer: 10, renting: 40,
};

describe('workforce figures agreeing with each other', () => {
  it('accepts figures whose parts stay within the workforce', () => {
    expect(workforceIssues(base)).toEqual([]);
  });

  it('names each part larger than its whole, on the field to correct', () => {
    const issues = workforceIssues({ ...base, women: 101, contractsSeasonal: 11, healthInsured: 120, underEmployedWomen: 6, renting: 91 });
    expect(issues.map((i) => i.field)).toEqual(['women', 'contractsIndefinite', 'healthInsured', 'housedByEmployer', 'underEmployedWomen']);
    expect(issues[0].message).toBe('Lao động nữ (101) không quá tổng số lao động (100)');
  });

  it('wants wage arrears as workers and amount together', () => {
    expect(workforceIssues({ ...base, wageArrearsWorkers: 3 }).map((i) => i.field)).toEqual(['wageArrearsAmount']);
    expect(workforceIssues({ ...base, wageArrearsWorkers: 3, wageArrearsAmount: 15_000_000 })).toEqual([]);
  });

  it('gives no share of an empty workforce', () => {
    expect(shareOf(60, 420)).toBeCloseTo(1 / 7, 10);
    expect(shareOf(0, 0)).toBeNull();
  });
});
