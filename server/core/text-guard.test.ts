import { describe, expect, it } from 'vitest';
import { hasForbiddenCharacter } from './text-guard.ts';

describe('hasForbiddenCharacter', () => {
  it('accepts Vietnamese text, tabs, new lines and emoji', () => {
    expect(hasForbiddenCharacter('Nguyễn Thị Hương\tĐoàn viên\r\n😀')).toBe(false);
  });

  it.each([
    ['NUL', 'a\u0000b'], ['a C0 control', 'a\u0007b'], ['U+FFFE', 'a\uFFFEb'], ['U+FFFF', 'a\uFFFFb'],
    ['a lone high surrogate', 'a\uD800b'], ['a lone low surrogate', 'a\uDC00b'],
  ])('refuses %s', (_name, text) => {
    expect(hasForbiddenCharacter(text)).toBe(true);
  });
});
