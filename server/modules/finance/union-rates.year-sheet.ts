import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { cellDate, cellMoney, cellMonth, cellNumber, cellText } from '../../core/xlsx/cell-values.ts';
import { unionRateInput } from '../../../shared/contracts/dues.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { upsertUnionRate } from './dues.repo.ts';

// "Tỷ lệ đoàn phí riêng" of the year workbook: the union's own higher dues rate in force on 1/1 and those from a month
// of the year, each by its executive committee's resolution. A rate of the same month replaces the one kept.

const columns = [
  { field: 'fromMonth', header: 'Từ tháng', required: true, type: 'text', width: 10, note: 'mm/yyyy' },
  { field: 'ratePercent', header: 'Tỷ lệ (%)', required: true, type: 'number', width: 10, note: 'Phần trăm tiền lương, tối đa hai chữ số thập phân' },
  { field: 'capAmount', header: 'Mức trần', required: false, type: 'money', width: 14, note: 'Số đồng tối đa mỗi tháng, nếu nghị quyết có' },
  { field: 'resolutionNumber', header: 'Số nghị quyết', required: true, type: 'text', width: 18 },
  { field: 'resolutionDate', header: 'Ngày nghị quyết', required: true, type: 'date', width: 13 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { fromMonth: string; rateBp: number; capAmount: number | null; resolutionNumber: string; resolutionDate: string }

export const unionRatesYearSheet: YearSheet<Row> = {
  name: 'Tỷ lệ đoàn phí riêng',
  description: 'Tỷ lệ đoàn phí cao hơn quy định mà công đoàn tự quyết định, áp dụng trong năm.',
  columns,
  keyFields: ['fromMonth', 'ratePercent'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const first = `${year}-01-01`;
    const { rows } = await sql<{ from_month: string; rate_bp: number; cap_amount: string | null; resolution_number: string; resolution_date: string }>`
      SELECT from_month, rate_bp, cap_amount, resolution_number, resolution_date FROM dues_union_rates r
      WHERE org_id = ${orgId} AND from_month <= ${`${year}-12-01`}::date AND (from_month >= ${first}::date OR from_month = (
        SELECT max(x.from_month) FROM dues_union_rates x WHERE x.org_id = r.org_id AND x.from_month <= ${first}::date))
      ORDER BY from_month`.execute(db);
    return rows.map((r) => ({
      fromMonth: `${r.from_month.slice(5, 7)}/${r.from_month.slice(0, 4)}`, ratePercent: r.rate_bp / 100,
      capAmount: r.cap_amount === null ? null : Number(r.cap_amount), resolutionNumber: r.resolution_number, resolutionDate: r.resolution_date,
    }));
  },

  async prepare() {
    return { prepared: null, existing: 0 };
  },

  parseRow(cells, _ctx, fail) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const fromMonth = cellMonth(cell('fromMonth'));
    const [rate, cap, date] = [cellNumber(cell('ratePercent')), cellMoney(cell('capAmount')), cellDate(cell('resolutionDate'))];
    const problems: [Field, string][] = [
      ...(fromMonth === null || fromMonth === 'bad' ? [['fromMonth', 'Tháng ghi dạng mm/yyyy'] as [Field, string]] : []),
      ...(rate === null || rate === 'bad' ? [['ratePercent', 'Tỷ lệ là một số phần trăm'] as [Field, string]] : []),
      ...(cap === 'bad' ? [['capAmount', 'Số tiền là số đồng nguyên lớn hơn 0'] as [Field, string]] : []),
      ...(date === null || date === 'bad' ? [['resolutionDate', 'Ngày không hợp lệ (dd/mm/yyyy)'] as [Field, string]] : []),
    ];
    problems.forEach(([f, m]) => fail(f, m));
    if (problems.length > 0) {
      return null;
    }
    const parsed = unionRateInput.safeParse({
      fromMonth: (fromMonth as string).slice(0, 7), ratePercent: rate, capAmount: cap, resolutionNumber: cellText(cell('resolutionNumber')), resolutionDate: date,
    });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.message));
      return null;
    }
    const r = parsed.data;
    return { fromMonth: fromMonth as string, rateBp: Math.round(r.ratePercent * 100), capAmount: r.capAmount, resolutionNumber: r.resolutionNumber, resolutionDate: r.resolutionDate };
  },

  async apply(ctx, rows) {
    for (const r of rows) {
      const id = await upsertUnionRate(ctx.db, ctx.orgId, r, ctx.userId);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'dues_union_rate', entityId: id, after: r });
    }
  },
};
