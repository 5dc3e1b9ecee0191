import { sql } from 'kysely';
import type { DecisionInput, IssuerLevel } from '../../../shared/contracts/emulation.contract.ts';
import type { YearCell, YearSheet } from '../year-workbook/year-sheet.ts';
import { inChunks, memberCodesById, yearCells } from '../year-workbook/year-cells.ts';
import { decisionCells, decisionColumns, decisionIdsFor, issuerLevelLabels, readDecision } from './decision.year-cells.ts';
import { findYear } from './emulation.repo.ts';
import type { EmulationTables } from './emulation.tables.ts';

// Sổ năm, sheet "Khen thưởng": commendations of the year to members or collectives, by the level that gives them;
// decided when the row has its decision, proposed otherwise.

type Form = EmulationTables['commendations']['form'];
const formLabels: Record<Form, string> = { giay_khen: 'Giấy khen', bang_khen: 'Bằng khen', co_thi_dua: 'Cờ thi đua', other: 'Khác' };

interface CommendationRow {
  memberCode: string | null; collectiveName: string | null; form: Form; issuer: string; issuerLevel: IssuerLevel;
  reason: string | null; cashAmount: number | null; decision: DecisionInput | null;
}

export const commendationsYearSheet: YearSheet<CommendationRow, null> = {
  name: 'Khen thưởng',
  description: 'Khen thưởng trong năm: mỗi dòng một cá nhân (mã đoàn viên) hoặc một tập thể (tên); có số quyết định là đã khen, để trống là đề nghị.',
  columns: [
    { header: 'Mã đoàn viên', field: 'memberCode', required: false, type: 'text', width: 14,
      note: 'Cá nhân được khen; để trống khi khen tập thể.' },
    { header: 'Họ và tên', field: 'fullName', required: false, type: 'text', width: 26, note: 'Để dễ đọc; khi nhập chỉ mã đoàn viên được dùng.' },
    { header: 'Tập thể', field: 'collectiveName', required: false, type: 'text', width: 26, note: 'Tên tập thể được khen; để trống khi khen cá nhân.' },
    { header: 'Hình thức', field: 'form', required: true, type: 'text', width: 12, note: `Ghi một trong: ${Object.values(formLabels).join(', ')}.` },
    { header: 'Nơi khen thưởng', field: 'issuer', required: true, type: 'text', width: 28, note: 'Ví dụ: LĐLĐ tỉnh Thừa Thiên Huế.' },
    { header: 'Cấp khen thưởng', field: 'issuerLevel', required: true, type: 'text', width: 12,
      note: `Ghi một trong: ${Object.values(issuerLevelLabels).join(', ')}.` },
    { header: 'Lý do', field: 'reason', required: false, type: 'text', width: 40, note: 'Tối đa 1000 ký tự.' },
    { header: 'Tiền thưởng', field: 'cashAmount', required: false, type: 'money', width: 14, note: 'Số đồng nguyên, nếu có.' },
    ...decisionColumns,
  ],
  keyFields: ['form', 'issuer'],
  readPermission: 'emulation.read',
  writePermission: 'emulation.decide',

  async exportRows(db, orgId, year) {
    const [y, codes] = await Promise.all([findYear(db, orgId, year), memberCodesById(db, orgId)]);
    return y.commendations.map((c): Record<string, YearCell> => ({
      memberCode: c.memberId === null ? null : (codes.get(c.memberId) ?? null), fullName: c.memberName, collectiveName: c.collectiveName,
      form: formLabels[c.form], issuer: c.issuer, issuerLevel: issuerLevelLabels[c.issuerLevel], reason: c.reason, cashAmount: c.cashAmount,
      ...decisionCells(c.decision),
    }));
  },

  async prepare(ctx) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM commendations WHERE org_id = ${ctx.orgId} AND year = ${ctx.year}`.execute(ctx.db);
    return { prepared: null, existing: rows[0].n };
  },

  parseRow(cells, ctx, fail) {
    const cell = yearCells(cells, fail);
    const memberCode = cell.memberCode('memberCode', ctx, { required: false });
    const collectiveName = cell.text('collectiveName', { min: 2, max: 200 });
    const form = cell.choice('form', formLabels, { required: true });
    const issuer = cell.text('issuer', { required: true, min: 2, max: 200 });
    const issuerLevel = cell.choice('issuerLevel', issuerLevelLabels, { required: true });
    const reason = cell.text('reason', { max: 1000 });
    const cashAmount = cell.amount('cashAmount');
    const decision = readDecision(cell);
    if (cell.ok && (memberCode === null) === (collectiveName === null)) {
      fail('memberCode', 'Ghi mã đoàn viên hoặc tên tập thể (chỉ một trong hai)');
      return null;
    }
    return cell.ok ? { memberCode, collectiveName, form: form!, issuer: issuer!, issuerLevel: issuerLevel!, reason, cashAmount, decision } : null;
  },

  async apply(ctx, rows) {
    const ids = await decisionIdsFor(ctx.db, ctx.orgId, rows.map((r) => r.decision));
    await inChunks(rows.map((r, i) => ({ r, decisionId: ids[i] })), (part) => ctx.db.insertInto('commendations').values(part.map(({ r, decisionId }) => ({
      org_id: ctx.orgId, year: ctx.year, member_id: r.memberCode === null ? null : (ctx.memberIds.get(r.memberCode) ?? null),
      collective_name: r.collectiveName, form: r.form, issuer: r.issuer, issuer_level: r.issuerLevel, reason: r.reason,
      status: decisionId === null ? 'proposed' as const : 'decided' as const, decision_id: decisionId, cash_amount: r.cashAmount,
    }))).execute());
  },
};
