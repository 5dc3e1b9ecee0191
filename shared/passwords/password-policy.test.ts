import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommonPasswords, passwordProblem, passwordStrength } from './password-policy.ts';

const common = parseCommonPasswords(fs.readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8'));

describe('password rules', () => {
  it('ships a list of a few hundred common passwords, comments left out', () => {
    expect(common.size).toBeGreaterThan(200);
    expect([...common].some((p) => p.startsWith('#'))).toBe(false);
    for (const p of ['123456789a', 'matkhau123', 'congdoan123', 'password123', 'qwertyuiop']) {
      expect(common.has(p)).toBe(true);
    }
  });

  it('refuses fewer than 10 characters, counting Vietnamese letters as one each', () => {
    expect(passwordProblem('ngắn-quá', 'an.hv', common)).toBe('tooShort');
    expect(passwordProblem('đường-dài1', 'an.hv', common)).toBeNull();
  });

  it('refuses a password equal to or containing the username, whatever the case', () => {
    expect(passwordProblem('huongbinh.chutich', 'huongbinh.chutich', common)).toBe('containsUsername');
    expect(passwordProblem('Xin-HUONGBINH.KETOAN-1', 'huongbinh.ketoan', common)).toBe('containsUsername');
  });

  it('refuses a common password, whatever the case', () => {
    expect(passwordProblem('MatKhau123', 'an.hv', common)).toBe('common');
    expect(passwordProblem('QWERTYUIOP', 'an.hv', common)).toBe('common');
  });

  it('accepts the demo password and a passphrase', () => {
    expect(passwordProblem('congdoan-demo', 'huongbinh.chutich', common)).toBeNull();
    expect(passwordProblem('mùa thu Hà Nội rất đẹp', 'an.hv', common)).toBeNull();
  });

  it('rates refused passwords 0, runs and repeats low, long mixed passphrases high', () => {
    expect(passwordStrength('matkhau123', 'an.hv', common)).toBe(0);
    expect(passwordStrength('aaaaaaaaaaaaaaa', 'an.hv', common)).toBe(1);
    expect(passwordStrength('abcdefghijklmn', 'an.hv', common)).toBe(1);
    expect(passwordStrength('matkhau123!!', 'an.hv', common)).toBeLessThanOrEqual(2);
    expect(passwordStrength('Trời-Xanh-mây-Trắng-2026!', 'an.hv', common)).toBe(4);
    const medium = passwordStrength('hoa-sen-nở', 'an.hv', common);
    expect(medium).toBeGreaterThanOrEqual(2);
    expect(medium).toBeLessThanOrEqual(3);
  });
});
