// {{key}} placeholders in narrative text. Keys are dotted names: doanVien.tong, kyNiem.hoiLHPN, nam.
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export interface FilledText {
  text: string;
  /** Problems to show in the editor; a text with problems is never printed. */
  errors: string[];
}

export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): FilledText {
  const errors: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, key: string) => {
    if (Object.hasOwn(values, key)) {
      return values[key];
    }
    errors.push(`Không có số liệu "{{${key}}}"`);
    return whole;
  });
  const leftover = filled.replace(PLACEHOLDER, '');
  if (/\{\{|\}\}/.test(leftover)) {
    errors.push('Dấu {{ }} không đúng cú pháp: viết {{tên.số.liệu}}');
  }
  return { text: filled, errors };
}
