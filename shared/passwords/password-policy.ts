// Password rules, one place for the server (setup, change, activation, new accounts) and the web forms
// (the same checks as the user types, and the strength meter). The list of common passwords is a text file
// beside this one; each side loads it its own way and passes it in.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'containsUsername' | 'common';

/** Vietnamese messages for the server's errors (the web app has the same texts in its i18n files). */
export const passwordProblemMessages: Record<PasswordProblem, string> = {
  tooShort: `Mật khẩu tối thiểu ${PASSWORD_MIN_LENGTH} ký tự`,
  tooLong: `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự`,
  containsUsername: 'Mật khẩu không được chứa tên đăng nhập',
  common: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
};

/** The list file: one password a line, '#' comments; compared in lower case. */
export function parseCommonPasswords(text: string): ReadonlySet<string> {
  return new Set(
    text.split(/\r?\n/).map((l) => l.trim().toLowerCase()).filter((l) => l.length > 0 && !l.startsWith('#')),
  );
}

/** The first rule the password breaks, or null when it is acceptable. */
export function passwordProblem(password: string, username: string, common: ReadonlySet<string>): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return 'tooShort';
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return 'tooLong';
  }
  const lower = password.toLowerCase();
  const user = username.trim().toLowerCase();
  if (user.length > 0 && lower.includes(user)) {
    return 'containsUsername';
  }
  if (common.has(lower)) {
    return 'common';
  }
  return null;
}

export type PasswordStrength = 0 | 1 | 2 | 3 | 4;

/**
 * 0 (refused) … 4 (strong): a rough estimate of guessing effort from length and kinds of characters,
 * lowered for repeated characters, runs like "12345" and common passwords inside longer ones.
 */
export function passwordStrength(password: string, username: string, common: ReadonlySet<string>): PasswordStrength {
  if (passwordProblem(password, username, common) !== null) {
    return 0;
  }
  const chars = [...password];
  let pool = 0;
  pool += /[a-z]/.test(password) ? 26 : 0;
  pool += /[A-Z]/.test(password) ? 26 : 0;
  pool += /[0-9]/.test(password) ? 10 : 0;
  pool += /[^a-zA-Z0-9]/.test(password) ? 33 : 0;
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  // Count only characters that add surprise: a repeat or the next one in a run counts for little.
  let effective = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const prev = i > 0 ? chars[i - 1].codePointAt(0)! : -10;
    const cur = chars[i].codePointAt(0)!;
    effective += Math.abs(cur - prev) <= 1 ? 0.25 : 1;
  }
  let bits = effective * Math.log2(Math.max(pool, 10));
  if (distinct < 5) {
    bits = Math.min(bits, 30);
  }
  const lower = password.toLowerCase();
  const containsCommon = [...common].some((c) => c.length >= 8 && lower.includes(c));
  if (containsCommon) {
    bits = Math.min(bits, 45);
  }
  if (bits < 40) {
    return 1;
  }
  if (bits < 55) {
    return 2;
  }
  return bits < 75 ? 3 : 4;
}
