// One voucher row of a cash book in Excel (date, fund, receipt or payment, category, member or counterparty, what for):
// the columns and checks shared by the cash-book import and the year workbook's "Sổ quỹ" sheet.
import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { cellDate, cellMoney, cellText } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { categoryLabels, receiptCategories, type LedgerCategory } from '../../../shared/contracts/finance.contract.ts';
import type { Account, Direction } from './finance.tables.ts';

export const ledgerColumns = [
  { field: 'date', header: 'Ngày', required: true, type: 'date', width: 12 },
  { field: 'oldNumber', header: 'Số phiếu', required: false, type: 'text', width: 13 },
  { field: 'fund', header: 'Quỹ', required: true, type: 'text', width: 24, note: 'Tên hoặc mã quỹ' },
  { field: 'receipt', header: 'Thu', required: true, type: 'money', width: 14, note: 'Số đồng; mỗi dòng ghi Thu hoặc Chi' },
  { field: 'payment', header: 'Chi', required: true, type: 'money', width: 14 },
  { field: 'category', header: 'Khoản mục', required: true, type: 'text', width: 22, note: Object.values(categoryLabels).join(', ') },
  { field: 'memberCode', header: 'Mã đoàn viên', required: false, type: 'text', width: 12, note: 'Đoàn viên nộp hoặc nhận, nếu có' },
  { field: 'counterparty', header: 'Người nộp / nhận', required: false, type: 'text', width: 28 },
  { field: 'description', header: 'Nội dung', required: true, type: 'text', width: 44 },
  { field: 'account', header: 'Tiền gửi ngân hàng', required: false, type: 'yesno', width: 10, note: 'Có: qua tài khoản ngân hàng; để trống: tiền mặt' },
] as const;
export type LedgerField = (typeof ledgerColumns)[number]['field'];

/** A fund as a row may name it (by name or code). */
export interface FundFacts { code: string; name: string; openingOn: string; closedOn: string | null }

export interface LedgerRowLookups {
  fund(nameOrCode: string): FundFacts | undefined;
  memberKnown(code: string): boolean;
}

export interface LedgerRow {
  entryDate: string; fundCode: string; direction: Direction; amount: number; category: LedgerCategory; account: Account;
  memberCode: string | null; counterparty: string | null; description: string; oldNumber: string | null;
}

const categoryByKey = new Map(Object.entries(categoryLabels).flatMap(([code, label]) => [[matchKey(label), code], [matchKey(code), code]]));

/**
 * Checks one voucher row; `fail` is called for each bad cell, in Vietnamese. A negative amount only where the caller
 * allows it (a reversing voucher of the year workbook). A counterparty is kept only when no member is named.
 */
export function parseLedgerRow(
  cell: (field: LedgerField) => CellContent | undefined, fail: (field: LedgerField, message: string) => void,
  lookups: LedgerRowLookups, { negative = false } = {},
): LedgerRow | null {
  let ok = true;
  const bad = (field: LedgerField, message: string) => {
    ok = false;
    fail(field, message);
  };
  const date = cellDate(cell('date'));
  if (date === null || date === 'bad') {
    bad('date', 'Ngày không hợp lệ (dd/mm/yyyy)');
  }
  const fund = lookups.fund(cellText(cell('fund')));
  if (!fund) {
    bad('fund', `Không có quỹ «${cellText(cell('fund'))}» trong sổ của công đoàn (mở sổ quỹ trước)`);
  } else if (typeof date === 'string' && date !== 'bad' && (date < fund.openingOn || (fund.closedOn !== null && date > fund.closedOn))) {
    bad('date', `Ngày ngoài thời gian mở sổ của quỹ «${fund.name}»`);
  }
  const receipt = cellMoney(cell('receipt'), { negative });
  const payment = cellMoney(cell('payment'), { negative });
  if (receipt === 'bad' || payment === 'bad') {
    bad(receipt === 'bad' ? 'receipt' : 'payment', 'Số tiền là số đồng nguyên lớn hơn 0');
  } else if ((receipt === null) === (payment === null)) {
    bad('receipt', 'Mỗi dòng ghi một khoản: hoặc cột Thu, hoặc cột Chi');
  }
  const direction: Direction = receipt !== null ? 'receipt' : 'payment';
  const category = categoryByKey.get(matchKey(cellText(cell('category')))) as LedgerCategory | undefined;
  if (!category) {
    bad('category', `Khoản mục «${cellText(cell('category'))}» không có; dùng: ${Object.values(categoryLabels).join(', ')}`);
  } else if ((direction === 'receipt') !== (receiptCategories as readonly string[]).includes(category)) {
    bad('category', `Khoản mục «${categoryLabels[category]}» không dùng cho phiếu ${direction === 'receipt' ? 'thu' : 'chi'}`);
  }
  const memberCode = cellText(cell('memberCode')) || null;
  if (memberCode !== null && !lookups.memberKnown(memberCode)) {
    bad('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn`);
  }
  const description = cellText(cell('description'));
  if (description.length < 2 || description.length > 1000) {
    bad('description', 'Nội dung từ 2 đến 1000 ký tự');
  }
  const counterparty = cellText(cell('counterparty'));
  if (counterparty.length > 200) {
    bad('counterparty', 'Người nộp / nhận tối đa 200 ký tự');
  }
  if (!ok) {
    return null;
  }
  return {
    entryDate: date as string, fundCode: fund!.code, direction, amount: (receipt ?? payment) as number, category: category!,
    account: matchKey(cellText(cell('account'))) === matchKey('Có') ? 'bank' : 'cash',
    memberCode, counterparty: memberCode === null && counterparty.length >= 2 ? counterparty : null,
    description, oldNumber: cellText(cell('oldNumber')) || null,
  };
}
