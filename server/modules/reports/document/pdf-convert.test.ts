import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx-render.ts';
import { convertDocxToPdf, findSoffice } from './pdf-convert.ts';
import { sampleReport } from './sample-report.ts';

const soffice = findSoffice();

/** Text of a PDF with its layout kept, or null when poppler's pdftotext is not installed. */
function pdfText(pdf: Buffer): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'congdoan-pdftext-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('findSoffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'congdoan-soffice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds soffice on PATH', () => {
    const fake = path.join(dir, 'soffice');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findSoffice({ PATH: [path.join(dir, 'missing'), dir].join(path.delimiter) }, 'linux')).toBe(fake);
  });

  it('returns null when LibreOffice is nowhere', () => {
    expect(findSoffice({ PATH: path.join(dir, 'missing') }, 'linux')).toBeNull();
  });

  it.skipIf(process.platform !== 'linux')('refuses to convert with a clear message when LibreOffice is not installed', async () => {
    await expect(convertDocxToPdf(Buffer.from('x'), { env: { PATH: path.join(dir, 'missing') } })).rejects.toThrow(
      /chưa cài LibreOffice \(soffice\)/,
    );
  });

  it('reports a failed run of the converter', async () => {
    const missing = path.join(dir, 'no-such-soffice');
    await expect(convertDocxToPdf(Buffer.from('x'), { soffice: missing })).rejects.toThrow(/LibreOffice conversion failed/);
  });
});

describe.skipIf(!soffice)('convertDocxToPdf with LibreOffice', () => {
  it('converts the sample to a PDF with the national title on one line', async () => {
    const pdf = await convertDocxToPdf(await renderDocx(sampleReport()));
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(pdf);
    if (text === null) {
      return;
    }
    const lines = text.split('\n');
    expect(lines.some((line) => line.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(lines.some((line) => line.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
    expect(lines.some((line) => line.includes('Hương Bình, ngày 25 tháng 12 năm 2023'))).toBe(true);
    // Page numbers start on page 2: the first page's text has no lone "1" line above the header.
    const firstPage = text.split('\f')[0];
    expect(firstPage.trimStart().startsWith('LĐLĐ THỊ XÃ HƯƠNG TRÀ')).toBe(true);
    expect(text.split('\f')[1].trim().split('\n')[0].trim()).toBe('2');
  }, 90_000);
});
