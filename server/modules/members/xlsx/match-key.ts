/**
 * A comparison key that ignores case, Vietnamese diacritics, extra spaces and a trailing "*":
 * "  Ngày  vào công ĐOÀN *" and "ngay vao cong doan" give the same key.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
