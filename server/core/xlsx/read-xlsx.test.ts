import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openXlsx, XlsxFormatError, type XlsxRow } from './read-xlsx.ts';
import { isDateFormat } from './workbook-parts.ts';
import { attributeOf } from './xml-text.ts';
import { serialToIso } from './sheet-rows.ts';
import { writeZip } from '../zip-write.ts';

const rels = (targets: Record<string, string>) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
  Object.entries(targets).map(([id, t]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${
    t.includes('sheet') && !t.includes('shared') ? 'worksheet' : t.replace(/\.xml$/, '').split('/').pop()}" Target="${t}"/>`).join('')}</Relationships>`;

/** A zip of these entries, in this order: workbooks written by hand. */
const zipOf = (entries: [name: string, text: string][]) => writeZip(entries.map(([name, text]) => ({ name, data: Buffer.from(text) })));

async function rowsOf(bytes: Buffer, sheetIndex = 0): Promise<XlsxRow[]> {
  const workbook = await openXlsx(bytes);
  const rows: XlsxRow[] = [];
  for await (const row of workbook.rows(workbook.sheets[sheetIndex])) {
    rows.push(row);
  }
  return rows;
}

describe('openXlsx', () => {
  it('reads a hand-written workbook: prefixed tags, shared strings after the sheet, cells without references, every cell type', async () => {
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Lê &amp; Võ</x:t></x:is></x:c></x:row>
      <x:row><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>45292.5</x:v></x:c><x:c><x:v>0905123456</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>
      <x:row r="7"><x:c r="B7" t="e"><x:v>#N/A</x:v></x:c><x:c r="D7"><x:f>A1&amp;"x"</x:f></x:c><x:c r="E7" t="str"><x:f>1</x:f><x:v>Kinh</x:v></x:c><x:c r="F7" t="d"><x:v>2024-02-29T00:00:00</x:v></x:c></x:row>
      <x:row r="8"/><x:row r="9"><x:c r="A9" s="0"/></x:row>
    </x:sheetData></x:worksheet>`;
    const bytes = zipOf([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/workbook.xml', '<workbook xmlns:r="r"><workbookPr date1904="false"/><sheets><sheet name="Đoàn viên" sheetId="1" r:id="rId1"/></sheets></workbook>'],
      ['xl/_rels/workbook.xml.rels', rels({ rId1: 'worksheets/sheet1.xml', rId2: 'sharedStrings.xml', rId3: 'styles.xml' })],
      ['xl/worksheets/sheet1.xml', sheet],
      ['xl/styles.xml', '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'],
      ['xl/sharedStrings.xml', '<sst><si><t>Mã</t></si><si><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t xml:space="preserve">Thị Lan</t></r><rPh><t>ふりがな</t></rPh></si></sst>'],
    ]);
    const rows = await rowsOf(bytes);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 7]);
    expect([...rows[0].cells]).toEqual([[1, { kind: 'text', text: 'Mã' }], [3, { kind: 'text', text: 'Lê & Võ' }]]);
    expect([...rows[1].cells]).toEqual([
      [1, { kind: 'text', text: 'Nguyễn Thị Lan' }],
      [2, { kind: 'date', iso: '2024-01-01' }],
      [3, { kind: 'number', value: 905123456 }],
      [4, { kind: 'boolean', value: true }],
    ]);
    expect([...rows[2].cells]).toEqual([
      [2, { kind: 'error', code: '#N/A' }],
      [4, { kind: 'uncomputed' }],
      [5, { kind: 'text', text: 'Kinh' }],
      [6, { kind: 'date', iso: '2024-02-29' }],
    ]);
  });

  it('keeps a Vietnamese letter whole when it falls across two chunks of a large sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đoàn viên');
    for (let i = 1; i <= 20_000; i++) {
      sheet.addRow([`Người thứ ${i}`, `ở xã Hương Bình ${'ừ'.repeat(i % 7)}`]);
    }
    const rows = await rowsOf(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toHaveLength(20_000);
    expect(rows.every((r, i) => r.cells.get(1)?.kind === 'text' && (r.cells.get(1) as { text: string }).text === `Người thứ ${i + 1}`)).toBe(true);
    expect(rows.some((r) => JSON.stringify([...r.cells]).includes('\ufffd'))).toBe(false);
  });

  it('lists hidden sheets with their state and reads the sheet asked for', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Danh mục', { state: 'hidden' }).addRow(['x']);
    workbook.addWorksheet('Con').addRow(['Mã đoàn viên']);
    const opened = await openXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(opened.sheets.map((s) => [s.name, s.state])).toEqual([['Danh mục', 'hidden'], ['Con', 'visible']]);
    expect((await rowsOf(Buffer.from(await workbook.xlsx.writeBuffer()), 1))[0].cells.get(1)).toEqual({ kind: 'text', text: 'Mã đoàn viên' });
  });

  it('says XlsxFormatError for bytes that are not a workbook, a cut file, or a corrupt sheet', async () => {
    await expect(openXlsx(Buffer.from('hello, not a zip at all'))).rejects.toBeInstanceOf(XlsxFormatError);
    const good = zipOf([['xl/workbook.xml', '<workbook/>']]);
    await expect(openXlsx(good.subarray(0, good.length - 30))).rejects.toBeInstanceOf(XlsxFormatError);
    await expect(openXlsx(zipOf([['word/document.xml', '<w:document/>']]))).rejects.toBeInstanceOf(XlsxFormatError);
    const broken = zipOf([
      ['xl/workbook.xml', '<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>'],
      ['xl/_rels/workbook.xml.rels', rels({ rId1: 'worksheets/sheet1.xml' })],
      ['xl/worksheets/sheet1.xml', `<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(5000)}</sheetData></worksheet>`],
    ]);
    const at = broken.indexOf('xl/worksheets/sheet1.xml') + 30;
    broken.fill(0xff, at, at + 40);
    await expect(rowsOf(broken)).rejects.toBeInstanceOf(XlsxFormatError);
  });
});

describe('dates', () => {
  it('knows date formats from text and number formats', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', '[$-42A]dd/mm/yyyy', 'yyyy-mm-dd;@', '[h]:mm:ss'].every(isDateFormat)).toBe(true);
    expect(['General', '0.00', '#,##0 "đ"', '[Red]0', '"ngày"0', '@'].some(isDateFormat)).toBe(false);
  });

  it('turns serials into days in both date systems, with Excel\'s 1900 leap day', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(45291, false)).toBe('2023-12-31');
    expect(serialToIso(45291.9999999, false)).toBe('2024-01-01');
    expect(serialToIso(0, true)).toBe('1904-01-01');
  });
});

describe('attributeOf', () => {
  it('finds an attribute by its whole name, in either quotes, with spaces, entities decoded', () => {
    expect(attributeOf(' ht="15" r="7" t = \'s\' x:s="2" name="A &amp; B"', 'r')).toBe('7');
    expect(attributeOf(' ht="15" r="7" t = \'s\'', 't')).toBe('s');
    expect(attributeOf(' name="A &amp; B"', 'name')).toBe('A & B');
    expect(attributeOf(' ht="15"', 't')).toBeUndefined();
  });
});
