import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';
import { ROLLUP_HEADER_ROW, ROLLUP_SHEET } from './rollup.xlsx.ts';

// The roll-up's files opened back: the workbook's rows, subtotals and totals against the view; the báo cáo tổng hợp's
// head, sentences and table.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const QUERY = '?date=2023-12-31&year=2023';
const view = async () => (await (await t.as('tinh.canbo').get(`/api/orgs/${t.orgs.province}/subordinates${QUERY}`)).json()) as SubordinatesView;

describe('the roll-up workbook', () => {
  it('has the title, one row per union, the upper level’s subtotal and the total, in numbers', async () => {
    const res = await t.as('tinh.canbo').get(`/api/orgs/${t.orgs.province}/rollup.xlsx${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('tong-hop-LDLD-HUE-nam-2023-ngay-2023-12-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(ROLLUP_SHEET)!;
    expect(sheet.getCell('A1').value).toBe('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
    expect(sheet.getCell('A2').value).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH THỪA THIÊN HUẾ');
    expect(sheet.getCell('A3').value).toBe('BẢNG TỔNG HỢP SỐ LIỆU CÁC CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC NĂM 2023');
    expect(String(sheet.getCell('A4').value)).toContain('31/12/2023');
    const headers = (sheet.getRow(ROLLUP_HEADER_ROW).values as unknown[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['TT', 'Công đoàn', 'Đoàn viên', 'Nữ', 'Lao động']);
    const col = (header: string) => headers.indexOf(header) + 1;
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > ROLLUP_HEADER_ROW) {
        rows.push((row.values as unknown[]).slice(1));
      }
    });
    const byName = (name: string) => rows.find((r) => String(r[1]).startsWith(name))!;
    const v = await view();
    const seed = v.rows.find((r) => r.id === t.orgs.seed)!;
    expect(byName('Liên đoàn Lao động thị xã Hương Trà')).toBeDefined();
    const seedRow = byName('Công đoàn cơ sở cơ quan xã Hương Bình');
    expect(seedRow[col('Đoàn viên') - 1]).toBe(30);
    expect(seedRow[col('Nữ') - 1]).toBe(7);
    expect(seedRow[col('Đoàn phí đã thu (đồng)') - 1]).toBe(seed.figures.duesCollected);
    expect(seedRow[col('Đã nộp cấp trên (đồng)') - 1]).toBe(seed.figures.remitted);
    expect(seedRow[col('Xếp loại CĐCS') - 1]).toBe('HTTNV');
    expect(byName('Cộng Liên đoàn Lao động thị xã Hương Trà (2 CĐCS)')[col('Đoàn viên') - 1]).toBe(75);
    const total = byName('TỔNG CỘNG (2 CĐCS)');
    expect(total[col('Đoàn viên') - 1]).toBe(v.totals.members);
    expect(total[col('Chi chăm lo đoàn viên (đồng)') - 1]).toBe(v.totals.welfareSpent);
    expect(total[col('Đoàn phí phải thu (đồng)') - 1]).toBe(v.totals.duesExpected);
    // Per kind after the total.
    expect(byName('Cơ quan hành chính')).toBeDefined();
    // Money as numbers with the thousands format.
    const moneyCell = sheet.getRow(ROLLUP_HEADER_ROW + 1 + rows.indexOf(seedRow)).getCell(col('Đoàn phí đã thu (đồng)'));
    expect(moneyCell.numFmt).toBe('#,##0');
  });
});

describe('the báo cáo tổng hợp', () => {
  it('is an official report of the federation with the totals in words and the unions in a table', async () => {
    const res = await t.as('tinh.canbo').get(`/api/orgs/${t.orgs.province}/rollup.docx${QUERY}`);
    expect(res.status).toBe(200);
    const text = paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml')).join('\n');
    const v = await view();
    expect(text).toContain('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
    expect(text).toContain('LĐLĐ TỈNH THỪA THIÊN HUẾ');
    expect(text).toContain('BÁO CÁO TỔNG HỢP');
    expect(text).toContain('Tình hình các công đoàn cơ sở trực thuộc năm 2023');
    expect(text).toMatch(/Huế, ngày 31 tháng 12 năm 2023/);
    expect(text).toContain('Đến ngày 31/12/2023, Liên đoàn Lao động tỉnh Thừa Thiên Huế có 02 công đoàn cơ sở trực thuộc với 75 đoàn viên, trong đó nữ 39 đồng chí.');
    expect(text).toContain(`đã nộp cấp trên ${v.totals.remitted.toLocaleString('de-DE')}\u00A0đ`);
    expect(text).toContain('Công đoàn cơ sở Công ty TNHH May Hương Sơn');
    expect(text).toContain('TỔNG CỘNG (2 CĐCS)');
    expect(text).toContain('TM. BAN THƯỜNG VỤ');
  });
});
