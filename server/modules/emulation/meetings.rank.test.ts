import { describe, expect, it } from 'vitest';
import { DEFAULT_VOTE_THRESHOLD, passesThreshold, thresholdLabel } from '../../../shared/contracts/emulation-meetings.contract.ts';
import { rankCandidates } from './meetings.service.ts';

const vote = (memberName: string, votesFor: number, votesCast: number, title: 'ldtt' | 'cstdcs' = 'ldtt') =>
  ({ memberId: memberName.length, memberName, category: 'cc', position: null, title, votesFor, votesCast });

describe('the pass threshold', () => {
  it('by default needs more than half of the votes cast: half exactly fails, one more passes', () => {
    expect(thresholdLabel(DEFAULT_VOTE_THRESHOLD)).toBe('trên 1/2 tổng số phiếu bầu');
    expect(passesThreshold(14, 28, DEFAULT_VOTE_THRESHOLD)).toBe(false);
    expect(passesThreshold(15, 28, DEFAULT_VOTE_THRESHOLD)).toBe(true);
    expect(passesThreshold(14, 27, DEFAULT_VOTE_THRESHOLD)).toBe(true);
  });

  it('"at least 2/3" counts in integers, with no rounding at the boundary', () => {
    const twoThirds = { numerator: 2, denominator: 3, inclusive: true };
    expect(thresholdLabel(twoThirds)).toBe('từ 2/3 tổng số phiếu bầu trở lên');
    expect(passesThreshold(20, 30, twoThirds)).toBe(true);
    expect(passesThreshold(19, 29, twoThirds)).toBe(false); // 65,5 %
    expect(passesThreshold(20, 29, twoThirds)).toBe(true);
  });
});

describe('the order of candidates', () => {
  it('lists LĐTT before CSTĐCS, then by share of the votes cast, more votes for on a tie, then by name', () => {
    const ranked = rankCandidates([
      vote('Lê Văn C', 20, 28, 'cstdcs'), vote('Trần Văn B', 14, 28), vote('Ngô Văn A', 27, 28), vote('An Văn D', 26, 27), vote('Bùi Văn E', 26, 27),
      vote('Võ Văn F', 13, 14),
    ], DEFAULT_VOTE_THRESHOLD);
    expect(ranked.map((c) => [c.memberName, c.passed])).toEqual([
      ['Ngô Văn A', true], ['An Văn D', true], ['Bùi Văn E', true], ['Võ Văn F', true], ['Trần Văn B', false], ['Lê Văn C', true],
    ]);
  });
});
