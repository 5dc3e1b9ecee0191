import { sql } from 'kysely';
import { cellText } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { categoryLabels } from '../../../shared/contracts/finance.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { voucherRefs, fundRefs } from './finance-year-refs.ts';
import { findFunds, voucherNumber } from './ledger.repo.ts';
import { ledgerColumns, parseLedgerRow, type FundFacts, type LedgerField, type LedgerRow } from './ledger-row.ts';
import { postEntriesIn } from './ledger.service.ts';

// "Sổ quỹ" of the year workbook: every voucher of the year, the cash-book import's columns (one row parser) plus the
// supporting document's number and the voucher a reversal corrects. Vouchers are posted through the ledger, numbered
// anew in the order of their "Số phiếu" (so PT-2023-001… come back the same in a union without that year), and the
// members' payments and welfare events point at them by that number. Attached scans do not travel.

const columns = [
  ...ledgerColumns.map((c) => (c.field === 'oldNumber'
    ? { ...c, required: true, note: 'Số phiếu thu (PT-…) hoặc chi (PC-…); trang thu theo đoàn viên và trang phúc lợi ghi số này' } : c)),
  { field: 'documentRef', header: 'Chứng từ kèm theo', required: false, type: 'text', width: 18, note: 'Số chứng từ gốc; tệp đính kèm không đi theo sổ năm' },
  { field: 'reverses', header: 'Điều chỉnh phiếu', required: false, type: 'text', width: 13,
    note: 'Phiếu ghi âm: số phiếu được điều chỉnh (ở dòng trên); số tiền ghi số âm' },
] as const satisfies readonly YearSheetColumn[];
type Field = LedgerField | 'documentRef' | 'reverses';

interface Row extends LedgerRow { number: string; documentRef: string | null; reverses: string | null; order: number }

const standardNumber = /^(PT|PC)-(\d{4})-(\d+)$/;

export const ledgerYearSheet: YearSheet<Row, Map<string, FundFacts>> = {
  name: 'Sổ quỹ',
  description: 'Mọi phiếu thu, phiếu chi của năm, mỗi dòng một phiếu.',
  columns,
  keyFields: ['date', 'fund', 'description'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const rows = await db.selectFrom('ledger_entries as e').innerJoin('funds as f', (j) => j.onRef('f.org_id', '=', 'e.org_id').onRef('f.id', '=', 'e.fund_id'))
      .leftJoin('members as m', (j) => j.onRef('m.org_id', '=', 'e.org_id').onRef('m.id', '=', 'e.member_id'))
      .leftJoin('ledger_entries as r', (j) => j.onRef('r.org_id', '=', 'e.org_id').onRef('r.id', '=', 'e.reverses_id'))
      .select(['e.entry_date', 'e.direction', 'e.year', 'e.seq', 'f.code as fund', 'e.amount', 'e.category', 'm.code as member', 'e.counterparty',
        'e.description', 'e.account', 'e.document_ref', 'r.direction as r_direction', 'r.year as r_year', 'r.seq as r_seq'])
      .where('e.org_id', '=', orgId).where('e.entry_date', '>=', `${year}-01-01`).where('e.entry_date', '<=', `${year}-12-31`)
      .orderBy('e.entry_date').orderBy('e.direction', 'desc').orderBy('e.seq').execute();
    return rows.map((r) => {
      const amount = Number(r.amount);
      return {
        date: r.entry_date, oldNumber: voucherNumber(r.direction, r.year, r.seq), fund: r.fund,
        receipt: r.direction === 'receipt' ? amount : null, payment: r.direction === 'payment' ? amount : null,
        category: categoryLabels[r.category as keyof typeof categoryLabels], memberCode: r.member, counterparty: r.counterparty,
        description: r.description, account: r.account === 'bank', documentRef: r.document_ref,
        reverses: r.r_direction === null ? null : voucherNumber(r.r_direction, r.r_year!, r.r_seq!),
      };
    });
  },

  async prepare(ctx) {
    const [funds, counted] = await Promise.all([
      findFunds(ctx.db, ctx.orgId),
      ctx.db.selectFrom('ledger_entries').select(sql<number>`count(*)::int`.as('n')).where('org_id', '=', ctx.orgId)
        .where('entry_date', '>=', `${ctx.year}-01-01`).where('entry_date', '<=', `${ctx.year}-12-31`).executeTakeFirstOrThrow(),
    ]);
    return { prepared: new Map(funds.flatMap((f) => [[matchKey(f.code), f], [matchKey(f.name), f]])), existing: Number(counted.n) };
  },

  parseRow(cells, ctx, fail, funds) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const fileFunds = [...fundRefs.read(ctx)].map(([code, f]) => f ?? { code, name: code, kind: '', openingOn: '0000-01-01', closedOn: null });
    const reverses = cellText(cell('reverses')) || null;
    const parsed = parseLedgerRow(cell, fail, {
      fund: (text) => funds.get(matchKey(text)) ?? fileFunds.find((f) => matchKey(f.code) === matchKey(text) || matchKey(f.name) === matchKey(text)),
      memberKnown: (code) => ctx.memberIds.has(code) || ctx.memberCodesInFile.has(code),
    }, { negative: reverses !== null });
    const vouchers = voucherRefs.read(ctx);
    const number = cellText(cell('oldNumber'));
    if (number === '' || vouchers.has(number)) {
      fail('oldNumber', number === '' ? 'Cần ghi số phiếu' : `Số phiếu «${number}» đã có ở dòng trên`);
      return null;
    }
    if (!parsed) {
      vouchers.set(number, null);
      return null;
    }
    if (!parsed.entryDate.startsWith(`${ctx.year}-`)) {
      fail('date', `Ngày phải trong năm ${ctx.year}`);
      vouchers.set(number, null);
      return null;
    }
    if (reverses !== null && (!vouchers.has(reverses) || parsed.amount > 0)) {
      fail(vouchers.has(reverses) ? 'receipt' : 'reverses',
        vouchers.has(reverses) ? 'Phiếu điều chỉnh ghi số tiền âm' : `Không có phiếu «${reverses}» ở các dòng trên để điều chỉnh`);
      vouchers.set(number, null);
      return null;
    }
    vouchers.set(number, { fundCode: parsed.fundCode, direction: parsed.direction, category: parsed.category, amount: parsed.amount, entryDate: parsed.entryDate });
    return { ...parsed, number, documentRef: cellText(cell('documentRef')) || null, reverses, order: vouchers.size };
  },

  async apply(ctx, rows) {
    const funds = new Map((await findFunds(ctx.db, ctx.orgId)).map((f) => [f.code, f.id]));
    const ids = voucherRefs.written(ctx);
    for (const r of inPostingOrder(rows)) {
      const [posted] = await postEntriesIn(ctx.db, ctx.orgId, ctx.userId, [{
        fundId: funds.get(r.fundCode)!, direction: r.direction, entryDate: r.entryDate, account: r.account, amount: r.amount, category: r.category,
        memberId: r.memberCode === null ? null : ctx.memberIds.get(r.memberCode)!, counterparty: r.counterparty, description: r.description,
        documentRef: r.documentRef, reversesId: r.reverses === null ? null : ids.get(r.reverses)!,
      }]);
      ids.set(r.number, posted.id);
    }
  },
};

/** By their numbers when all are congdoan's own (PT-2023-001…), so they are given the same; else by date, then row. */
function inPostingOrder(rows: readonly Row[]): Row[] {
  const keys = rows.map((r) => standardNumber.exec(r.number));
  if (keys.every((k) => k !== null)) {
    const key = (r: Row) => standardNumber.exec(r.number)!;
    return [...rows].sort((a, b) => key(a)[1].localeCompare(key(b)[1]) || Number(key(a)[3]) - Number(key(b)[3]));
  }
  return [...rows].sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.order - b.order);
}
