// Usernames proposed for members: the given name, a dot and the initials of the other names, without marks
// ("Huỳnh Văn An" → "an.hv"); a number is added when it is taken ("an.hv2").
import { toSearchKey } from '../../../shared/vi/search-key.ts';

export function usernameBase(fullName: string): string {
  const words = toSearchKey(fullName).replace(/[^a-z0-9 ]/g, '').split(' ').filter((w) => w.length > 0);
  if (words.length === 0) {
    return 'doanvien';
  }
  const given = words[words.length - 1];
  const initials = words.slice(0, -1).map((w) => w[0]).join('');
  const base = (initials ? `${given}.${initials}` : given).slice(0, 34);
  return base.length >= 3 ? base : `${base}.dv`;
}

/** The base, or the base with the smallest number from 2 that nobody holds. */
export function freeUsername(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) {
    return base;
  }
  let n = 2;
  while (taken.has(`${base}${n}`)) {
    n += 1;
  }
  return `${base}${n}`;
}
