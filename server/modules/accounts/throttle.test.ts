import { describe, expect, it } from 'vitest';
import { ADDRESS_RULE, delayAfter, USERNAME_RULE } from './throttle.ts';

describe('delay between attempts', () => {
  it('lets the first attempts through, then doubles up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => delayAfter(n, USERNAME_RULE))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => delayAfter(n, USERNAME_RULE))).toEqual([2, 4, 8, 16, 32]);
    expect(delayAfter(50, USERNAME_RULE)).toBe(60);
  });

  it('keeps a username\'s wait short (the real user still gets in) and a client address\'s long', () => {
    expect(Math.max(...Array.from({ length: 1000 }, (_v, i) => delayAfter(i + 1, USERNAME_RULE)))).toBe(60);
    expect(delayAfter(1000, ADDRESS_RULE)).toBe(15 * 60);
  });
});
