/**
 * A comparison key that ignores case, Vietnamese diacritics, extra spaces and a trailing "*":
 * "  Ngày  vào công ĐOÀN *" and "ngay vao cong doan" give the same key.
 */
export function matchKey(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) {
    return known;
  }
  const key = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cache.size < cacheSize) {
    cache.set(text, key);
  }
  return key;
}

/** The same few values (Nam, Nữ, a category, a tổ) fill most cells of a long file: their keys are kept. */
const cacheSize = 10_000;
const cache = new Map<string, string>();
