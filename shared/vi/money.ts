// Money is integer đồng end to end (see STYLE.md); these helpers only format it at the edge.
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

const wordsConfig = new ReadingConfig();
wordsConfig.unit = [];
// Accounting documents write "linh" and "tỷ"; the library defaults to "lẻ" and "tỉ".
wordsConfig.oddText = 'linh';
wordsConfig.units = [[], ['nghìn'], ['triệu'], ['tỷ']];

function assertDong(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Số tiền phải là số nguyên đồng: ${amount}`);
  }
}

/** 5000000 → "5.000.000". */
export function formatDongPlain(amount: number): string {
  assertDong(amount);
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return amount < 0 ? `-${digits}` : digits;
}

/** 5000000 → "5.000.000 đ", with a no-break space (U+00A0) so "đ" never wraps onto its own line. */
export function formatDong(amount: number): string {
  return `${formatDongPlain(amount)}\u00A0đ`;
}

/** 5000000 → "Năm triệu đồng chẵn", the "Số tiền bằng chữ" line of vouchers. */
export function dongInWords(amount: number): string {
  assertDong(amount);
  const words = doReadNumber(String(amount), wordsConfig);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng chẵn`;
}
