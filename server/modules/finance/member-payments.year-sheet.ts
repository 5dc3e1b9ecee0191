import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { cellMoney, cellMonth, cellText } from '../../core/xlsx/cell-values.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { insertLines } from './contributions.repo.ts';
import { insertPayments } from './dues.repo.ts';
import { voucherRefs } from './finance-year-refs.ts';
import { voucherNumber } from './ledger.repo.ts';

// "Thu theo đoàn viên" of the year workbook: who a receipt of "Sổ quỹ" was collected from, one row per member and
// month — đoàn phí (the dues grid's paid months), a voluntary fund's month, or a campaign's contribution (no month).
// The dues and contribution rates of the report ("nộp đầy đủ") rest on these lines.

const columns = [
  { field: 'number', header: 'Số phiếu', required: true, type: 'text', width: 13, note: 'Số phiếu thu trong trang «Sổ quỹ»' },
  { field: 'memberCode', header: 'Mã đoàn viên', required: true, type: 'text', width: 12 },
  { field: 'month', header: 'Tháng', required: false, type: 'text', width: 10, note: 'mm/yyyy: tháng đoàn phí hoặc tháng đóng quỹ; để trống với ủng hộ vận động' },
  { field: 'amount', header: 'Số tiền', required: true, type: 'money', width: 14 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

type Kind = 'dues' | 'fund';
interface Row { number: string; kind: Kind; memberCode: string; month: string | null; amount: number }

const monthText = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export const memberPaymentsYearSheet: YearSheet<Row, Set<string>> = {
  name: 'Thu theo đoàn viên',
  description: 'Đoàn phí, quỹ tự nguyện và ủng hộ vận động của từng đoàn viên, theo phiếu thu trong «Sổ quỹ».',
  columns,
  keyFields: ['number', 'memberCode'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const { rows } = await sql<{ year: number; seq: number; code: string; month: string | null; amount: string; sort_key: string }>`
      SELECT e.year, e.seq, m.code, x.month, x.amount, m.sort_key FROM (
        SELECT org_id, ledger_entry_id, member_id, month, amount FROM dues_payments WHERE org_id = ${orgId}
        UNION ALL SELECT org_id, ledger_entry_id, member_id, month, amount FROM fund_contributions WHERE org_id = ${orgId}
      ) x JOIN ledger_entries e ON e.org_id = x.org_id AND e.id = x.ledger_entry_id JOIN members m ON m.org_id = x.org_id AND m.id = x.member_id
      WHERE e.entry_date BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
      ORDER BY e.year, e.seq, x.month NULLS FIRST, m.sort_key COLLATE "C", m.id`.execute(db);
    return rows.map((r) => ({
      number: voucherNumber('receipt', r.year, r.seq), memberCode: r.code, month: r.month === null ? null : monthText(r.month), amount: Number(r.amount),
    }));
  },

  async prepare(ctx) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT org_id, ledger_entry_id FROM dues_payments WHERE org_id = ${ctx.orgId}
        UNION ALL SELECT org_id, ledger_entry_id FROM fund_contributions WHERE org_id = ${ctx.orgId}
      ) x JOIN ledger_entries e ON e.org_id = x.org_id AND e.id = x.ledger_entry_id
      WHERE e.entry_date BETWEEN ${`${ctx.year}-01-01`}::date AND ${`${ctx.year}-12-31`}::date`.execute(ctx.db);
    return { prepared: new Set<string>(), existing: Number(rows[0].n) };
  },

  parseRow(cells, ctx, fail, seen) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const number = cellText(cell('number'));
    const vouchers = voucherRefs.read(ctx);
    const voucher = vouchers.get(number);
    if (voucher === null) {
      return null; // its voucher is reported wrong already
    }
    const kind: Kind | null = voucher?.direction !== 'receipt' ? null
      : voucher.category === 'dues' ? 'dues' : voucher.category === 'voluntary' || voucher.category === 'campaign' ? 'fund' : null;
    if (!voucher || kind === null) {
      fail('number', voucher ? `Phiếu «${number}» không phải phiếu thu đoàn phí, quỹ tự nguyện hay ủng hộ` : `Không có phiếu «${number}» trong trang «Sổ quỹ»`);
      return null;
    }
    let ok = true;
    const memberCode = cellText(cell('memberCode'));
    if (!ctx.memberIds.has(memberCode) && !ctx.memberCodesInFile.has(memberCode)) {
      ok = false;
      fail('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn hay trong trang đoàn viên`);
    }
    const month = cellMonth(cell('month'));
    const needsMonth = voucher.category !== 'campaign';
    if (month === 'bad' || (month === null) === needsMonth) {
      ok = false;
      fail('month', month === 'bad' ? 'Tháng ghi dạng mm/yyyy' : needsMonth ? 'Cần ghi tháng (mm/yyyy)' : 'Ủng hộ vận động không ghi tháng');
    }
    const amount = cellMoney(cell('amount'));
    if (amount === null || amount === 'bad') {
      ok = false;
      fail('amount', 'Số tiền là số đồng nguyên lớn hơn 0');
    }
    const key = `${number}|${memberCode}|${month}`;
    if (ok && seen.has(key)) {
      ok = false;
      fail('memberCode', 'Đoàn viên đã ghi ở dòng trên cho cùng phiếu và tháng');
    }
    seen.add(key);
    return ok ? { number, kind, memberCode, month: month as string | null, amount: amount as number } : null;
  },

  async apply(ctx, rows) {
    const ids = voucherRefs.written(ctx);
    const groups = new Map<string, Row[]>();
    rows.forEach((r) => groups.set(`${r.number}|${r.month}`, [...(groups.get(`${r.number}|${r.month}`) ?? []), r]));
    for (const lines of groups.values()) {
      const { number, kind, month } = lines[0];
      const entryId = ids.get(number)!;
      const paid = lines.map((l) => ({ memberId: ctx.memberIds.get(l.memberCode)!, amount: l.amount }));
      if (kind === 'dues') {
        await insertPayments(ctx.db, ctx.orgId, month!, entryId, paid);
      } else {
        const { fund_id: fundId } = await ctx.db.selectFrom('ledger_entries').select('fund_id').where('id', '=', entryId).executeTakeFirstOrThrow();
        await insertLines(ctx.db, ctx.orgId, fundId, entryId, month, paid);
      }
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: kind === 'dues' ? 'dues_payment' : 'fund_contribution',
        entityId: entryId, after: { month, lines: paid } });
    }
  },
};
