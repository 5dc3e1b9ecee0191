import { describe, expect, it } from 'vitest';
import { freeUsername, usernameBase } from './usernames.ts';

describe('usernames proposed for members', () => {
  it('take the given name and the initials, without marks', () => {
    expect(usernameBase('Huỳnh Văn An')).toBe('an.hv');
    expect(usernameBase('Đặng Thị Ngọc Ánh')).toBe('anh.dtn');
    expect(usernameBase('  Ý  ')).toBe('y.dv');
  });

  it('add the smallest free number when the name is taken', () => {
    expect(freeUsername('an.hv', new Set())).toBe('an.hv');
    expect(freeUsername('an.hv', new Set(['an.hv', 'an.hv2']))).toBe('an.hv3');
  });
});
