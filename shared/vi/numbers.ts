// Counts and ratios as Vietnamese administrative documents write them.

/**
 * Counts 1–9 take a leading zero ("07 đồng chí"), as reports customarily write them.
 * Zero stays "0": usage varies and "0" cannot be misread.
 */
export function padCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`Số lượng phải là số nguyên không âm: ${count}`);
  }
  return count > 0 && count < 10 ? `0${count}` : String(count);
}

/** 0.633 → "63,3%", 1 → "100%": comma as decimal mark, trailing zeros dropped. */
export function formatPercent(ratio: number, fractionDigits = 1): string {
  if (!Number.isFinite(ratio)) {
    throw new RangeError(`Tỷ lệ không hợp lệ: ${ratio}`);
  }
  const scale = 10 ** fractionDigits;
  // Rounding the percentage through toPrecision first keeps 0.145 from becoming 14.499999….
  const percent = Math.round(Number((ratio * 100 * scale).toPrecision(12))) / scale;
  const [whole, fraction] = String(Math.abs(percent)).split('.');
  const sign = percent < 0 ? '-' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}%`;
}
