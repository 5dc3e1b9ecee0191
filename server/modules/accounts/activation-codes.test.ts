import { describe, expect, it } from 'vitest';
import {
  activationCodeMatches, activationExpiry, generateActivationCode, hashActivationCode, normaliseActivationCode,
} from './activation-codes.ts';

describe('one-time activation codes', () => {
  it('are ten unambiguous characters shown as XXXXX-XXXXX, different every time', () => {
    const codes = Array.from({ length: 200 }, generateActivationCode);
    for (const c of codes) {
      expect(c).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('match whatever case and spacing the person types, and never store the code itself', () => {
    const code = 'ABCDE-23456';
    const hash = hashActivationCode(code);
    expect(hash).not.toContain('ABCDE');
    expect(hash).toHaveLength(64);
    expect(normaliseActivationCode(' abcde 23456 ')).toBe('ABCDE23456');
    const now = new Date('2026-03-01T08:00:00Z');
    const stored = { codeHash: hash, expiresAt: activationExpiry(now, 7) };
    expect(activationCodeMatches(stored, 'abcde23456', now)).toBe(true);
    expect(activationCodeMatches(stored, 'ABCDE-23457', now)).toBe(false);
  });

  it('expire after the given days (7 by default in the service)', () => {
    const issued = new Date('2026-03-01T08:00:00Z');
    const stored = { codeHash: hashActivationCode('ABCDE-23456'), expiresAt: activationExpiry(issued, 7) };
    expect(stored.expiresAt.toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(activationCodeMatches(stored, 'ABCDE-23456', new Date('2026-03-08T07:59:59Z'))).toBe(true);
    expect(activationCodeMatches(stored, 'ABCDE-23456', new Date('2026-03-08T08:00:00Z'))).toBe(false);
  });
});
