// Vietnamese phone numbers as the member form, the API and the Excel import all store them: digits only, leading 0.

/**
 * A mobile number has 10 digits (0 + 9); a fixed line 11 (02 + 2-digit area code rest, since the 2017 renumbering,
 * e.g. 024 3825 1234). Nothing else is a Vietnamese number.
 */
const vietnamesePhone = /^(0[1-9]\d{8}|02\d{9})$/;

/**
 * "0905 123 456", "0905.123.456", "0905-123-456", "(024) 3825 1234", "+84 905 123 457", "84905123457" → digits
 * with a leading 0; null when what is left is not a Vietnamese phone number.
 */
export function normalizePhone(raw: string): string | null {
  let digits = raw.trim().replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) {
    digits = `0${digits.slice(3)}`;
  } else if (/^84\d{9,10}$/.test(digits)) {
    digits = `0${digits.slice(2)}`;
  } else if (digits.startsWith('0084')) {
    digits = `0${digits.slice(4)}`;
  }
  return vietnamesePhone.test(digits) ? digits : null;
}

/** A phone typed into an Excel number cell loses its leading 0: 905123456 → "0905123456", 2438251234 → "02438251234". */
export function phoneFromNumberCell(text: string): string {
  return /^\d{9}$/.test(text) || /^2\d{9}$/.test(text) ? `0${text}` : text;
}

export const phoneRuleText = '10 chữ số bắt đầu bằng 0 (di động), hoặc 11 chữ số bắt đầu bằng 02 (máy cố định)';
