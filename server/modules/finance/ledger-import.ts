// Moving a treasurer's Excel cash book in (issue 12, item 8): one row per voucher — date, fund, receipt or payment
// amount, category, who paid or received, what for. Every row is checked through the one import pipeline
// (core/xlsx); nothing is posted unless every row is good, then all rows are posted in date order in one transaction,
// numbered anew (the old number is kept as the attached document's reference).
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { openImportWorkbook } from '../../core/xlsx/open-import-workbook.ts';
import { noData, readSheetRows } from '../../core/xlsx/read-sheet-rows.ts';
import { parseDateVi } from '../../../shared/vi/dates.ts';
import { categoryLabels, receiptCategories, type LedgerCategory, type LedgerImportResult } from '../../../shared/contracts/finance.contract.ts';
import type { ImportRowError } from '../../../shared/contracts/import.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { findFunds, findMemberCodes } from './ledger.repo.ts';
import { postEntriesIn, type NewEntry } from './ledger.service.ts';

const maxLedgerRows = 5000;
const maxListedErrors = 1000;

const columns = [
  { field: 'date', header: 'Ngày', required: true },
  { field: 'oldNumber', header: 'Số phiếu', required: false },
  { field: 'fund', header: 'Quỹ', required: true },
  { field: 'receipt', header: 'Thu', required: true },
  { field: 'payment', header: 'Chi', required: true },
  { field: 'category', header: 'Khoản mục', required: true },
  { field: 'memberCode', header: 'Mã đoàn viên', required: false },
  { field: 'counterparty', header: 'Người nộp / nhận', required: false },
  { field: 'description', header: 'Nội dung', required: true },
  { field: 'account', header: 'Tiền gửi ngân hàng', required: false },
] as const;
type Column = (typeof columns)[number];

const text = (c: CellContent | undefined) => (c?.kind === 'text' ? c.text.trim() : '');
const categoryByKey = new Map(Object.entries(categoryLabels).flatMap(([code, label]) => [[matchKey(label), code], [matchKey(code), code]]));

function amountOf(c: CellContent | undefined): number | null | 'bad' {
  if (!c || c.kind === 'empty') {
    return null;
  }
  const digits = text(c).replace(/[.\s đ]/g, '').replace(/d$/i, '');
  return /^\d{1,12}$/.test(digits) && Number(digits) > 0 ? Number(digits) : 'bad';
}

export async function importLedger(
  db: Db, caller: Caller, orgId: number, file: ArrayBuffer | Buffer, { dryRun }: { dryRun: boolean },
): Promise<LedgerImportResult> {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
  const [funds, members] = await Promise.all([findFunds(db, orgId), findMemberCodes(db, orgId)]);
  const fundByKey = new Map(funds.flatMap((f) => [[matchKey(f.name), f], [matchKey(f.code), f]]));
  const workbook = await openImportWorkbook(file);
  const sheet = workbook.sheets.find((s) => s.state === 'visible') ?? workbook.sheets[0];
  const entries: (NewEntry & { row: number })[] = [];
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const fail = (row: number, column: Column['field'], message: string) => {
    errorCount += 1;
    if (errors.length < maxListedErrors) {
      errors.push({ row, column: columns.find((c) => c.field === column)!.header, message });
    }
  };
  const { dataRows } = await readSheetRows(workbook.rows(sheet), { columns, keyFields: ['date', 'fund', 'description'], maxRows: maxLedgerRows },
    (row, cells) => {
      const before = errorCount;
      const cell = (f: Column['field']) => cells.get(columns.find((c) => c.field === f)!);
      const dateCell = cell('date');
      const date = dateCell?.kind === 'date' ? dateCell.iso : parseDateVi(text(dateCell));
      if (!date) {
        fail(row, 'date', 'Ngày không hợp lệ (dd/mm/yyyy)');
      }
      const fund = fundByKey.get(matchKey(text(cell('fund'))));
      if (!fund) {
        fail(row, 'fund', `Không có quỹ «${text(cell('fund'))}» trong sổ của công đoàn (mở sổ quỹ trước)`);
      } else if (date && (date < fund.openingOn || (fund.closedOn !== null && date > fund.closedOn))) {
        fail(row, 'date', `Ngày ngoài thời gian mở sổ của quỹ «${fund.name}»`);
      }
      const receipt = amountOf(cell('receipt'));
      const payment = amountOf(cell('payment'));
      if (receipt === 'bad' || payment === 'bad') {
        fail(row, receipt === 'bad' ? 'receipt' : 'payment', 'Số tiền là số đồng nguyên lớn hơn 0');
      } else if ((receipt === null) === (payment === null)) {
        fail(row, 'receipt', 'Mỗi dòng ghi một khoản: hoặc cột Thu, hoặc cột Chi');
      }
      const direction = receipt !== null ? 'receipt' : 'payment';
      const category = categoryByKey.get(matchKey(text(cell('category')))) as LedgerCategory | undefined;
      if (!category) {
        fail(row, 'category', `Khoản mục «${text(cell('category'))}» không có; dùng: ${Object.values(categoryLabels).join(', ')}`);
      } else if ((direction === 'receipt') !== (receiptCategories as readonly string[]).includes(category)) {
        fail(row, 'category', `Khoản mục «${categoryLabels[category]}» không dùng cho phiếu ${direction === 'receipt' ? 'thu' : 'chi'}`);
      }
      const code = text(cell('memberCode'));
      const memberId = code ? members.get(matchKey(code)) : undefined;
      if (code && memberId === undefined) {
        fail(row, 'memberCode', `Không có đoàn viên mã «${code}» trong công đoàn`);
      }
      const description = text(cell('description'));
      if (description.length < 2 || description.length > 1000) {
        fail(row, 'description', 'Nội dung từ 2 đến 1000 ký tự');
      }
      const counterparty = text(cell('counterparty'));
      if (counterparty.length > 200) {
        fail(row, 'counterparty', 'Người nộp / nhận tối đa 200 ký tự');
      }
      if (errorCount === before) {
        const oldNumber = text(cell('oldNumber'));
        entries.push({
          row, fundId: fund!.id, direction, entryDate: date!, amount: (receipt ?? payment) as number, category: category!,
          account: matchKey(text(cell('account'))) === matchKey('Có') ? 'bank' : 'cash',
          memberId: memberId ?? null, counterparty: memberId === undefined && counterparty.length >= 2 ? counterparty : null,
          description, documentRef: oldNumber ? `Số cũ ${oldNumber}` : null,
        });
      }
    });
  if (dataRows === 0) {
    throw new AppError('BAD_FILE', noData);
  }
  entries.sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.row - b.row);
  const sum = (d: 'receipt' | 'payment') => entries.filter((e) => e.direction === d).reduce((s, e) => s + e.amount, 0);
  const result: LedgerImportResult = {
    valid: errorCount === 0, rows: dataRows, imported: 0, receipts: sum('receipt'), payments: sum('payment'),
    errorCount, errors: errors.sort((a, b) => a.row - b.row),
  };
  if (!result.valid && !dryRun) {
    throw new AppError('VALIDATION', `Tệp có ${errorCount} lỗi; chưa ghi dòng nào`, result);
  }
  if (!result.valid || dryRun) {
    return result;
  }
  await db.transaction().execute((tx) => postEntriesIn(tx, orgId, caller.userId, entries.map(({ row: _row, ...e }) => e)));
  return { ...result, imported: entries.length };
}
