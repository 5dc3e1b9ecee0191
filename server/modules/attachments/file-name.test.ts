import { describe, expect, it } from 'vitest';
import { contentDisposition, contentTypeFor, sanitiseFileName } from './file-name.ts';

describe('uploaded file names', () => {
  it('keeps the last path segment and drops control and reserved characters', () => {
    expect(sanitiseFileName('C:\\fakepath\\Kế hoạch 125.pdf')).toBe('Kế hoạch 125.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('a\u0000b<c>:"d|?*.pdf')).toBe('abcd.pdf');
    expect(sanitiseFileName(' ..  x   y .pdf. ')).toBe('x y .pdf');
  });

  it('shortens a long name and keeps its extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(300)}.docx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('decides the content type from the extension', () => {
    expect(contentTypeFor('VB.PDF')).toBe('application/pdf');
    expect(contentTypeFor('x.exe')).toBeNull();
    expect(contentTypeFor('noext')).toBeNull();
  });

  it('gives an ASCII fallback and the UTF-8 name as filename*', () => {
    expect(contentDisposition("Công văn số 12 (đợt 1)'.pdf"))
      .toBe("attachment; filename=\"Cong van so 12 _dot 1__.pdf\"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%2012%20%28%C4%91%E1%BB%A3t%201%29%27.pdf");
  });
});
