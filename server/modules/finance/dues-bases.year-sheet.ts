import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { cellLabel, cellMoney, cellMonth, cellText, labelList } from '../../core/xlsx/cell-values.ts';
import { duesBaseInput } from '../../../shared/contracts/dues.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import type { DuesBaseKind } from './dues-calc.ts';
import { upsertBase } from './dues.repo.ts';

// "Mức đóng đoàn phí" of the year workbook: each member's dues base in force on 1/1 and those starting in the year —
// what the dues grid computes the year's dues from ("phải thu"). A base of the same member and month is replaced, so
// the next year's workbook may carry the one in force on its 1/1 again.

const kindLabels: Record<DuesBaseKind, string> = { insurance_salary: 'Tiền lương đóng BHXH', fixed: 'Mức ấn định' };

const columns = [
  { field: 'memberCode', header: 'Mã đoàn viên', required: true, type: 'text', width: 12 },
  { field: 'fromMonth', header: 'Từ tháng', required: true, type: 'text', width: 10, note: 'mm/yyyy' },
  { field: 'kind', header: 'Căn cứ', required: true, type: 'text', width: 22, note: labelList(kindLabels) },
  { field: 'amount', header: 'Số tiền', required: true, type: 'money', width: 14, note: 'Tiền lương đóng BHXH, hoặc mức ấn định (0: mức tối thiểu)' },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 30 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { memberCode: string; fromMonth: string; kind: DuesBaseKind; amount: number; note: string | null }

export const duesBasesYearSheet: YearSheet<Row> = {
  name: 'Mức đóng đoàn phí',
  description: 'Căn cứ tính đoàn phí của từng đoàn viên trong năm (tiền lương đóng BHXH hoặc mức ấn định), theo tháng áp dụng.',
  columns,
  keyFields: ['memberCode', 'fromMonth'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const first = `${year}-01-01`;
    const { rows } = await sql<{ code: string; from_month: string; kind: DuesBaseKind; amount: string; note: string | null }>`
      SELECT m.code, b.from_month, b.kind, b.amount, b.note FROM member_dues_bases b JOIN members m ON m.org_id = b.org_id AND m.id = b.member_id
      WHERE b.org_id = ${orgId} AND b.from_month <= ${`${year}-12-01`}::date AND (b.from_month >= ${first}::date OR b.from_month = (
        SELECT max(x.from_month) FROM member_dues_bases x WHERE x.member_id = b.member_id AND x.from_month <= ${first}::date))
      ORDER BY m.sort_key COLLATE "C", m.id, b.from_month`.execute(db);
    return rows.map((r) => ({
      memberCode: r.code, fromMonth: `${r.from_month.slice(5, 7)}/${r.from_month.slice(0, 4)}`, kind: kindLabels[r.kind], amount: Number(r.amount), note: r.note,
    }));
  },

  async prepare() {
    // Never refused as a whole: a base of the same member and month replaces the one kept.
    return { prepared: null, existing: 0 };
  },

  parseRow(cells, ctx, fail) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    let ok = true;
    const memberCode = cellText(cell('memberCode'));
    if (!ctx.memberIds.has(memberCode) && !ctx.memberCodesInFile.has(memberCode)) {
      ok = false;
      fail('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn hay trong trang đoàn viên`);
    }
    const fromMonth = cellMonth(cell('fromMonth'));
    if (fromMonth === null || fromMonth === 'bad') {
      ok = false;
      fail('fromMonth', 'Tháng ghi dạng mm/yyyy');
    }
    const kind = cellLabel(cell('kind'), kindLabels);
    if (kind === null || kind === 'bad') {
      ok = false;
      fail('kind', `Căn cứ «${cellText(cell('kind'))}» không có; dùng: ${labelList(kindLabels)}`);
    }
    const raw = cellMoney(cell('amount'), { zero: true });
    if (raw === null || raw === 'bad') {
      ok = false;
      fail('amount', 'Số tiền là số đồng nguyên');
    }
    if (!ok) {
      return null;
    }
    // The API's contract checks the row; the member's id stands in until resolved on apply (the code may be new).
    const parsed = duesBaseInput.safeParse({ memberId: 1, fromMonth: (fromMonth as string).slice(0, 7), kind, amount: raw, note: cellText(cell('note')) || null });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.message));
      return null;
    }
    return { memberCode, fromMonth: fromMonth as string, kind: parsed.data.kind, amount: parsed.data.amount, note: parsed.data.note };
  },

  async apply(ctx, rows) {
    for (const { memberCode, ...b } of rows) {
      const base = { ...b, memberId: ctx.memberIds.get(memberCode)! };
      const { id } = await upsertBase(ctx.db, ctx.orgId, base, ctx.userId);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'dues_base', entityId: id, after: base });
    }
  },
};
