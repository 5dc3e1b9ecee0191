// Search compares keys, not names: "nguyen van an" finds "Nguyễn Văn An".
// đ is its own letter, not d with a mark, so NFD leaves it and it is mapped by hand.

/** Accent-free, lower-case, single-spaced form of `text` for matching ("Quỹ" → "quy"). */
export function toSearchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
