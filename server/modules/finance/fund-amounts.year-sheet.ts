import { writeAudit } from '../../core/audit.ts';
import { cellMoney, cellMonth, cellText } from '../../core/xlsx/cell-values.ts';
import { fundAmountInput } from '../../../shared/contracts/contributions.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { upsertAmountChange } from './contributions.repo.ts';
import { fundRefs } from './finance-year-refs.ts';
import { findFunds } from './ledger.repo.ts';

// "Mức đóng quỹ" of the year workbook: a voluntary fund's new monthly amount from a month of the year, by the members'
// decision (the report writes "50.000đ (từ 07/2024: 60.000đ)"). The amount in force on the fund's opening row is the
// "Quỹ" sheet's own; a change of the same fund and month replaces the one kept.

const columns = [
  { field: 'fund', header: 'Mã quỹ', required: true, type: 'text', width: 22, note: 'Mã quỹ tự nguyện trong trang «Quỹ»' },
  { field: 'fromMonth', header: 'Từ tháng', required: true, type: 'text', width: 10, note: 'mm/yyyy, sau tháng mở sổ của quỹ' },
  { field: 'amount', header: 'Mức đóng mới', required: true, type: 'money', width: 14, note: 'Mỗi đoàn viên mỗi tháng' },
  { field: 'decision', header: 'Căn cứ', required: true, type: 'text', width: 40, note: 'Nghị quyết hội nghị đoàn viên ngày …' },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { fund: string; fromMonth: string; amount: number; decision: string }

export const fundAmountsYearSheet: YearSheet<Row, Map<string, string>> = {
  name: 'Mức đóng quỹ',
  description: 'Mức đóng mới của quỹ tự nguyện từ một tháng trong năm, theo quyết định của đoàn viên.',
  columns,
  keyFields: ['fund', 'fromMonth'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const rows = await db.selectFrom('fund_amount_changes as c').innerJoin('funds as f', (j) => j.onRef('f.org_id', '=', 'c.org_id').onRef('f.id', '=', 'c.fund_id'))
      .select(['f.code', 'c.from_month', 'c.amount', 'c.decision']).where('c.org_id', '=', orgId)
      .where('c.from_month', '>', `${year}-01-01`).where('c.from_month', '<=', `${year}-12-01`).orderBy('f.code').orderBy('c.from_month').execute();
    return rows.map((r) => ({ fund: r.code, fromMonth: `${r.from_month.slice(5, 7)}/${r.from_month.slice(0, 4)}`, amount: Number(r.amount), decision: r.decision }));
  },

  async prepare(ctx) {
    const funds = (await findFunds(ctx.db, ctx.orgId)).filter((f) => f.kind === 'voluntary');
    return { prepared: new Map(funds.map((f) => [f.code, f.openingOn])), existing: 0 };
  },

  parseRow(cells, ctx, fail, voluntary) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const fund = cellText(cell('fund'));
    const inFile = fundRefs.read(ctx).get(fund);
    if (inFile === null) {
      return null; // its fund is reported wrong already
    }
    const openingOn = voluntary.get(fund) ?? (inFile?.kind === 'voluntary' ? inFile.openingOn : undefined);
    if (openingOn === undefined) {
      fail('fund', `Không có quỹ tự nguyện mã «${fund}» trong công đoàn hay trong trang «Quỹ»`);
      return null;
    }
    const fromMonth = cellMonth(cell('fromMonth'));
    const amount = cellMoney(cell('amount'));
    if (fromMonth === null || fromMonth === 'bad' || fromMonth.slice(0, 7) <= openingOn.slice(0, 7)) {
      fail('fromMonth', fromMonth === null || fromMonth === 'bad' ? 'Tháng ghi dạng mm/yyyy' : 'Mức đóng mới áp dụng từ sau tháng mở sổ của quỹ');
      return null;
    }
    const parsed = fundAmountInput.safeParse({ fromMonth: fromMonth.slice(0, 7), amount: amount === 'bad' ? null : amount, decision: cellText(cell('decision')) });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.path[0] === 'amount' ? 'Số tiền là số đồng nguyên lớn hơn 0' : issue.message));
      return null;
    }
    return { fund, fromMonth, amount: parsed.data.amount, decision: parsed.data.decision };
  },

  async apply(ctx, rows) {
    const funds = new Map((await findFunds(ctx.db, ctx.orgId)).map((f) => [f.code, f.id]));
    for (const r of rows) {
      const fundId = funds.get(r.fund)!;
      const change = { fromMonth: r.fromMonth, amount: r.amount, decision: r.decision };
      const { id } = await upsertAmountChange(ctx.db, ctx.orgId, fundId, change, ctx.userId);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'fund_amount', entityId: id, after: { fundId, ...change } });
    }
  },
};
