import { writeAudit } from '../../core/audit.ts';
import { cellLabel, cellMonth, cellText, labelList } from '../../core/xlsx/cell-values.ts';
import { exemptionInput } from '../../../shared/contracts/dues.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { insertOptOut } from './contributions.repo.ts';
import type { ExemptionReason } from './dues-calc.ts';
import { insertExemption } from './dues.repo.ts';
import { fundRefs } from './finance-year-refs.ts';
import { findFunds } from './ledger.repo.ts';

// "Miễn đóng" of the year workbook: the months a member owes nothing — exempt from đoàn phí (with the rule's reason),
// or out of a voluntary fund — over the year. Both make the grids' "phải thu" and "nộp đầy đủ". A period the union
// already holds (same member, what and first month: the previous year moved in) is kept as it is.

const DUES = 'Đoàn phí';
const reasonLabels: Record<ExemptionReason, string> = {
  insurance_benefit: 'Hưởng trợ cấp BHXH từ 01 tháng trở lên', no_income: 'Không có thu nhập từ 01 tháng trở lên',
};

const columns = [
  { field: 'memberCode', header: 'Mã đoàn viên', required: true, type: 'text', width: 12 },
  { field: 'what', header: 'Khoản', required: true, type: 'text', width: 22, note: `«${DUES}», hoặc mã quỹ tự nguyện (không tham gia quỹ)` },
  { field: 'fromMonth', header: 'Từ tháng', required: true, type: 'text', width: 10, note: 'mm/yyyy' },
  { field: 'toMonth', header: 'Đến tháng', required: false, type: 'text', width: 10, note: 'mm/yyyy; để trống khi chưa kết thúc' },
  { field: 'reason', header: 'Lý do miễn', required: false, type: 'text', width: 34, note: `Với đoàn phí: ${labelList(reasonLabels)}` },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 30 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { memberCode: string; fundCode: string | null; fromMonth: string; toMonth: string | null; reason: ExemptionReason | null; note: string | null; known: boolean }

const monthText = (iso: string | null) => (iso === null ? null : `${iso.slice(5, 7)}/${iso.slice(0, 4)}`);

export const notDueYearSheet: YearSheet<Row, { known: Set<string>; voluntaryFunds: Set<string> }> = {
  name: 'Miễn đóng',
  description: 'Các tháng đoàn viên được miễn đoàn phí hoặc không tham gia quỹ tự nguyện trong năm.',
  columns,
  keyFields: ['memberCode', 'what'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const overlaps = { from: `${year}-12-01`, to: `${year}-01-01` };
    const [exemptions, optOuts] = await Promise.all([
      db.selectFrom('dues_exemptions as e').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'e.org_id').onRef('m.id', '=', 'e.member_id'))
        .select(['m.code', 'e.from_month', 'e.to_month', 'e.reason', 'e.note']).where('e.org_id', '=', orgId).where('e.from_month', '<=', overlaps.from)
        .where((eb) => eb.or([eb('e.to_month', 'is', null), eb('e.to_month', '>=', overlaps.to)])).orderBy('m.sort_key').orderBy('e.from_month').execute(),
      db.selectFrom('fund_opt_outs as o').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'o.org_id').onRef('m.id', '=', 'o.member_id'))
        .innerJoin('funds as f', (j) => j.onRef('f.org_id', '=', 'o.org_id').onRef('f.id', '=', 'o.fund_id'))
        .select(['m.code', 'f.code as fund', 'o.from_month', 'o.to_month', 'o.note']).where('o.org_id', '=', orgId).where('o.from_month', '<=', overlaps.from)
        .where((eb) => eb.or([eb('o.to_month', 'is', null), eb('o.to_month', '>=', overlaps.to)])).orderBy('f.code').orderBy('m.sort_key').execute(),
    ]);
    return [
      ...exemptions.map((e) => ({
        memberCode: e.code, what: DUES, fromMonth: monthText(e.from_month), toMonth: monthText(e.to_month), reason: reasonLabels[e.reason], note: e.note,
      })),
      ...optOuts.map((o) => ({ memberCode: o.code, what: o.fund, fromMonth: monthText(o.from_month), toMonth: monthText(o.to_month), reason: null, note: o.note })),
    ];
  },

  async prepare(ctx) {
    const [exemptions, optOuts, funds] = await Promise.all([
      ctx.db.selectFrom('dues_exemptions as e').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'e.org_id').onRef('m.id', '=', 'e.member_id'))
        .select(['m.code', 'e.from_month'])
        .where('e.org_id', '=', ctx.orgId).execute(),
      ctx.db.selectFrom('fund_opt_outs as o').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'o.org_id').onRef('m.id', '=', 'o.member_id'))
        .innerJoin('funds as f', (j) => j.onRef('f.org_id', '=', 'o.org_id').onRef('f.id', '=', 'o.fund_id'))
        .select(['m.code', 'f.code as fund', 'o.from_month']).where('o.org_id', '=', ctx.orgId).execute(),
      findFunds(ctx.db, ctx.orgId),
    ]);
    const keys = [...exemptions.map((e) => `${e.code}||${e.from_month}`), ...optOuts.map((o) => `${o.code}|${o.fund}|${o.from_month}`)];
    const voluntaryFunds = new Set(funds.filter((f) => f.kind === 'voluntary').map((f) => f.code));
    return { prepared: { known: new Set(keys), voluntaryFunds }, existing: 0 };
  },

  parseRow(cells, ctx, fail, { known, voluntaryFunds }) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    let ok = true;
    const bad = (f: Field, message: string) => {
      ok = false;
      fail(f, message);
    };
    const memberCode = cellText(cell('memberCode'));
    if (!ctx.memberIds.has(memberCode) && !ctx.memberCodesInFile.has(memberCode)) {
      bad('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn hay trong trang đoàn viên`);
    }
    const what = cellText(cell('what'));
    const dues = what.toLocaleLowerCase('vi') === DUES.toLocaleLowerCase('vi');
    const fund = dues ? undefined : fundRefs.read(ctx).get(what);
    if (!dues && fund !== null && fund?.kind !== 'voluntary' && !voluntaryFunds.has(what)) {
      bad('what', `«${what}» không phải «${DUES}» hay mã một quỹ tự nguyện trong trang «Quỹ»`);
    }
    const [fromMonth, toMonth] = [cellMonth(cell('fromMonth')), cellMonth(cell('toMonth'))];
    if (fromMonth === null || fromMonth === 'bad') {
      bad('fromMonth', 'Tháng ghi dạng mm/yyyy');
    }
    if (toMonth === 'bad') {
      bad('toMonth', 'Tháng ghi dạng mm/yyyy');
    }
    const reason = cellLabel(cell('reason'), reasonLabels);
    if (dues && (reason === null || reason === 'bad')) {
      bad('reason', `Lý do miễn đoàn phí: ${labelList(reasonLabels)}`);
    }
    if (!ok) {
      return null;
    }
    const from = fromMonth as string;
    const to = toMonth as string | null;
    // The exemption's contract checks the months of either kind of row; the member's id stands in until applied.
    const parsed = exemptionInput.safeParse({
      memberId: 1, fromMonth: from.slice(0, 7), toMonth: to?.slice(0, 7) ?? null, reason: dues ? reason : 'no_income', note: cellText(cell('note')) || null,
    });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.message));
      return null;
    }
    const fundCode = dues ? null : what;
    return {
      memberCode, fundCode, fromMonth: from, toMonth: to, reason: dues ? (reason as ExemptionReason) : null, note: parsed.data.note,
      known: known.has(`${memberCode}|${fundCode ?? ''}|${from}`),
    };
  },

  async apply(ctx, rows) {
    const funds = new Map((await findFunds(ctx.db, ctx.orgId)).map((f) => [f.code, f.id]));
    for (const r of rows.filter((x) => !x.known)) {
      const period = { memberId: ctx.memberIds.get(r.memberCode)!, fromMonth: r.fromMonth, toMonth: r.toMonth, note: r.note };
      if (r.fundCode === null) {
        const id = await insertExemption(ctx.db, ctx.orgId, { ...period, reason: r.reason! }, ctx.userId);
        await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'dues_exemption', entityId: id, after: { ...period, reason: r.reason } });
      } else {
        const fundId = funds.get(r.fundCode)!;
        const id = await insertOptOut(ctx.db, ctx.orgId, fundId, period, ctx.userId);
        await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'fund_opt_out', entityId: id, after: { fundId, ...period } });
      }
    }
  },
};
