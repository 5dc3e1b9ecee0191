import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx-render.ts';
import { mmToTwip } from './docx-parts.ts';
import { FONT_FAMILY, HEADER_COLUMNS_PCT, MARGIN_MM, textAreaWidthMm } from './format.ts';
import type { OfficialDocument } from './model.ts';
import { paragraphTexts, readDocxPart, runsContaining, unzip } from './read-docx.ts';
import { sampleReport } from './sample-report.ts';

function shortReport(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  const sample = sampleReport();
  return { ...sample, blocks: sample.blocks.slice(0, 12), ...overrides };
}

describe('renderDocx on the seed-shaped sample', () => {
  let docx: Buffer;
  let xml: string;
  beforeAll(async () => {
    docx = await renderDocx(sampleReport());
    xml = readDocxPart(docx, 'word/document.xml');
  });

  it('produces a zip whose main part is word/document.xml', () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(unzip(docx).has('word/document.xml')).toBe(true);
  });

  it('sets an A4 portrait page with the margins of format.ts', () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(margins).toContain(`w:top="${mmToTwip(MARGIN_MM.top)}"`);
    expect(margins).toContain(`w:bottom="${mmToTwip(MARGIN_MM.bottom)}"`);
    expect(margins).toContain(`w:left="${mmToTwip(MARGIN_MM.left)}"`);
    expect(margins).toContain(`w:right="${mmToTwip(MARGIN_MM.right)}"`);
    expect(mmToTwip(MARGIN_MM.top)).toBe(1134);
    expect(mmToTwip(MARGIN_MM.left)).toBe(1701);
  });

  it('names Times New Roman on every run and in the default style', () => {
    const fonts = [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(50);
    for (const attributes of fonts) {
      expect(attributes).toMatch(/^(w:\w+="Times New Roman" ?)+$/);
    }
    expect(readDocxPart(docx, 'word/styles.xml')).toContain(`w:ascii="${FONT_FAMILY}"`);
  });

  it('prints header, title, closing and signer in document order', () => {
    const text = paragraphTexts(xml).join('\n');
    const expected = [
      'LĐLĐ THỊ XÃ HƯƠNG TRÀ',
      'CĐCS CƠ QUAN\nXÃ HƯƠNG BÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-CĐCS',
      'Hương Bình, ngày 25 tháng 12 năm 2023',
      'BÁO CÁO',
      'Tổng kết phong trào thi đua và hoạt động của Công đoàn năm 2023;',
      'A. ĐÁNH GIÁ TÌNH HÌNH',
      'Nơi nhận:',
      '- LĐLĐ Thị xã;',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ];
    const positions = expected.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0), `missing: ${expected.filter((_, i) => positions[i] < 0).join(' | ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sets the place-and-date line in italics and the national title in bold', () => {
    const [dateRun] = runsContaining(xml, 'Hương Bình, ngày 25 tháng 12 năm 2023');
    expect(dateRun).toContain('<w:i/>');
    const [titleRun] = runsContaining(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(titleRun).toContain('<w:b/>');
  });

  it('ends the last paragraph with ./.', () => {
    const texts = paragraphTexts(xml).filter(Boolean);
    expect(texts.find((t) => t.startsWith('Phát huy truyền thống'))).toMatch(/địa phương\.\/\.$/);
  });

  it('gives every table a fixed layout and grid widths that fill the text area', () => {
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tblGrid>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(3); // header, emulation results, closing
    const textArea = mmToTwip(textAreaWidthMm('portrait'));
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.length).toBeGreaterThanOrEqual(2);
      expect(Math.abs(grid.reduce((a, b) => a + b, 0) - textArea)).toBeLessThanOrEqual(grid.length);
    }
    const headerGrid = [...tables[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(headerGrid[0] / (headerGrid[0] + headerGrid[1])).toBeCloseTo(HEADER_COLUMNS_PCT.left / 100, 2);
  });

  it('numbers pages from page 2: a title page with an empty first header and PAGE in the default one', () => {
    expect(xml).toContain('<w:titlePg/>');
    const rels = readDocxPart(docx, 'word/_rels/document.xml.rels');
    const headerPart = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(xml)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return readDocxPart(docx, `word/${target}`);
    };
    expect(headerPart('default')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(headerPart('first')).not.toContain('PAGE');
  });
});

describe('renderDocx variants', () => {
  it('turns the page for a landscape member list', async () => {
    const xml = readDocxPart(await renderDocx(shortReport({ orientation: 'landscape' })), 'word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].slice(0, 2).map((m) => Number(m[1]));
    expect(grid[0] + grid[1]).toBe(mmToTwip(textAreaWidthMm('landscape')));
  });

  it('leaves the number blank for handwriting when there is none', async () => {
    const xml = readDocxPart(await renderDocx(shortReport({ number: null })), 'word/document.xml');
    expect(paragraphTexts(xml)).toContain('Số:      /BC-CĐCS');
  });

  it('escapes text that looks like XML', async () => {
    const doc = shortReport({ blocks: [{ kind: 'paragraph', text: 'Thu < chi & "quỹ" > 0' }] });
    const xml = readDocxPart(await renderDocx(doc), 'word/document.xml');
    expect(paragraphTexts(xml)).toContain('Thu < chi & "quỹ" > 0./.');
  });
});
