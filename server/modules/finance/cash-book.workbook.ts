// Sổ quỹ tiền mặt / sổ tiền gửi of a period as .xlsx (issue 12, item 8): the opening balance, one line per voucher
// (date, number, description, receipt, payment, balance after it) and the closing balance, from the same computation
// as the screen (getCashBook), so the file and the page never disagree.
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.ts';
import type { Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { CashBookView } from '../../../shared/contracts/finance.contract.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import type { Account } from './finance.tables.ts';
import { getCashBook } from './ledger.service.ts';

const bookTitles: Record<Account, string> = { cash: 'SỔ QUỸ TIỀN MẶT', bank: 'SỔ TIỀN GỬI NGÂN HÀNG' };
const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
/** ISO date → a Date at UTC midnight, which Excel shows as that calendar day. */
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function buildCashBookWorkbook(book: CashBookView, orgName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `${bookTitles[book.account]} — ${orgName}`;
  const sheet = workbook.addWorksheet(book.account === 'cash' ? 'Sổ quỹ tiền mặt' : 'Sổ tiền gửi', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: '&CTrang &P/&N' },
  });
  sheet.columns = [{ width: 12 }, { width: 14 }, { width: 56 }, { width: 16 }, { width: 16 }, { width: 18 }];
  sheet.addRow([orgName]).font = { bold: true };
  sheet.addRow([bookTitles[book.account]]).font = { bold: true, size: 14 };
  sheet.addRow([`Từ ngày ${formatDateVi(book.from)} đến ngày ${formatDateVi(book.to)} (đơn vị tính: đồng)`]).font = { italic: true };
  const header = sheet.addRow(['Ngày', 'Số phiếu', 'Nội dung', 'Thu', 'Chi', 'Tồn']);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
  sheet.addRow([utcDate(book.from), null, 'Tồn đầu kỳ', null, null, book.opening]).font = { bold: true };
  for (const e of book.lines) {
    const who = e.memberName ?? e.counterparty;
    sheet.addRow([
      utcDate(e.entryDate), e.number, `${e.description}${who ? ` (${who})` : ''} — ${e.fundName}`,
      e.direction === 'receipt' ? e.amount : null, e.direction === 'payment' ? e.amount : null, e.balanceAfter,
    ]);
  }
  const sum = (d: 'receipt' | 'payment') => book.lines.filter((l) => l.direction === d).reduce((s, l) => s + l.amount, 0);
  sheet.addRow([null, null, 'Cộng phát sinh trong kỳ', sum('receipt'), sum('payment'), null]).font = { bold: true };
  sheet.addRow([utcDate(book.to), null, 'Tồn cuối kỳ', null, null, book.closing]).font = { bold: true };
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  for (const c of [4, 5, 6]) {
    sheet.getColumn(c).numFmt = '#,##0';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The book of an account in a period, read with the caller's rights, as a file. */
export async function cashBookXlsx(
  db: Db, caller: Caller, orgId: number, q: { account: Account; from: string; to: string },
): Promise<{ xlsx: Buffer; fileName: string }> {
  const book = await getCashBook(db, caller, orgId, q);
  const org = await requireOrgAt(db, orgId, q.to).catch(() => requireOrgAt(db, orgId, today()));
  const fileName = `${q.account === 'cash' ? 'so-quy-tien-mat' : 'so-tien-gui'}-${q.from}-${q.to}.xlsx`;
  return { xlsx: await buildCashBookWorkbook(book, org.name), fileName };
}
