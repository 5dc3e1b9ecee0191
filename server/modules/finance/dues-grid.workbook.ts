// Bảng đoàn phí of a year as .xlsx (issue 12, item 8): members × months with the amount of each due month (paid or
// not), "miễn" for an exempt month, the member's due / paid / unpaid, and the months' totals — the same grid as the
// Đoàn phí page (getDuesGrid), so the file and the page never disagree.
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.ts';
import type { Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import type { DuesCell, DuesGrid } from '../../../shared/contracts/dues.contract.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { getDuesGrid } from './dues.service.ts';

const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
const unpaidFont = { color: { argb: 'FFC00000' }, bold: true };

/** What a cell shows: the amount of a due month, "miễn" when exempt, a word when nothing can be computed. */
function cellValue(c: DuesCell): number | string | null {
  switch (c.status) {
    case 'paid':
    case 'unpaid':
    case 'upcoming':
      return c.amount;
    case 'exempt':
      return 'miễn';
    case 'no_base':
      return 'chưa có mức';
    case 'no_rule':
      return 'chưa có quy định';
    case 'not_due':
      return null;
  }
}

export async function buildDuesGridWorkbook(grid: DuesGrid, orgName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `Bảng đoàn phí năm ${grid.year} — ${orgName}`;
  const sheet = workbook.addWorksheet(`Đoàn phí ${grid.year}`, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: '&CTrang &P/&N' },
  });
  sheet.columns = [{ width: 10 }, { width: 28 }, ...grid.months.map(() => ({ width: 11 })), { width: 14 }, { width: 14 }, { width: 14 }];
  sheet.addRow([orgName]).font = { bold: true };
  sheet.addRow([`BẢNG THEO DÕI ĐOÀN PHÍ NĂM ${grid.year}`]).font = { bold: true, size: 14 };
  sheet.addRow(['Đơn vị tính: đồng. Số in đỏ: tháng chưa nộp; "miễn": tháng được miễn đóng; ô trống: tháng không phải nộp.']).font = { italic: true };
  const header = sheet.addRow(['Mã', 'Họ và tên', ...grid.months.map((m) => `T${Number(m.month.slice(5, 7))}`), 'Phải nộp', 'Đã nộp', 'Còn nợ']);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: header.number }];
  for (const r of grid.members) {
    const row = sheet.addRow([r.code, r.fullName, ...r.cells.map(cellValue), r.due, r.paid, r.unpaid]);
    r.cells.forEach((c, i) => {
      if (c.status === 'unpaid') {
        row.getCell(3 + i).font = unpaidFont;
      }
    });
  }
  const months = grid.months.length;
  sheet.addRow([null, 'Cộng phải thu', ...grid.months.map((m) => m.due), grid.totals.due, null, null]).font = { bold: true };
  sheet.addRow([null, 'Cộng đã thu', ...grid.months.map((m) => m.paid), null, grid.totals.paid, grid.totals.unpaid]).font = { bold: true };
  sheet.addRow([null, 'Số đoàn viên đã nộp / phải nộp', ...grid.months.map((m) => `${m.membersPaid}/${m.membersDue}`)]);
  for (let c = 3; c <= 2 + months + 3; c++) {
    sheet.getColumn(c).numFmt = '#,##0';
    sheet.getColumn(c).alignment = { horizontal: 'right' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The year's grid, read with the caller's rights, as a file. */
export async function duesGridXlsx(db: Db, caller: Caller, orgId: number, year: number): Promise<{ xlsx: Buffer; fileName: string }> {
  const grid = await getDuesGrid(db, caller, orgId, year);
  const org = await requireOrgAt(db, orgId, `${year}-12-31`).catch(() => requireOrgAt(db, orgId, today()));
  return { xlsx: await buildDuesGridWorkbook(grid, org.name), fileName: `doan-phi-${year}.xlsx` };
}
