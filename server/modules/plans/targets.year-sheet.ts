import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { AppError } from '../../core/errors.ts';
import { createImportRefs } from '../../core/import-refs.ts';
import { cellLabel, cellNumber, cellText, cellYesNo, labelList } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import {
  MEASURE_UNIT, targetInput, type PlanMeasure, type PlanTitle, type PlanUnit, type TargetInput,
} from '../../../shared/contracts/plans.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { insertTarget, nextPosition } from './plans.repo.ts';

// "Chỉ tiêu" of the year workbook: the plan's targets of the year and of the next (the year's report, part B, reads
// the next year's plan). A year's targets are moved in only while the union has no plan for that year: the previous
// year's workbook brings this year's plan, and the plan kept in congdoan wins. Hand-read values are on the
// "Số đo chỉ tiêu" sheet, by "Mã chỉ tiêu".

export const measureLabels: Record<PlanMeasure, string> = {
  title_share: 'Tỷ lệ đoàn viên đạt danh hiệu, xếp loại', title_count: 'Số đoàn viên đạt danh hiệu', classification: 'Xếp loại công đoàn cơ sở',
  documents_on_time: 'Tỷ lệ văn bản chỉ đạo thực hiện đúng hạn', attendance_rate: 'Tỷ lệ tham gia hoạt động', registration_share: 'Tỷ lệ đăng ký thi đua',
  manual: 'Nhập tay, có minh chứng',
};
const titleLabels: Record<PlanTitle, string> = {
  ldtt: 'Lao động tiên tiến', cstdcs: 'Chiến sĩ thi đua cơ sở', httnv: 'Hoàn thành tốt nhiệm vụ trở lên', htxsnv: 'Hoàn thành xuất sắc nhiệm vụ',
};
const unitLabels: Record<PlanUnit, string> = { percent: 'Tỷ lệ (%)', count: 'Số lượng', grade: 'Xếp loại', rank: 'Thứ hạng', number: 'Con số' };

const columns = [
  { field: 'year', header: 'Năm', required: true, type: 'number', width: 8, note: 'Năm của sổ, hoặc năm sau; năm đã có kế hoạch trong phần mềm giữ kế hoạch đó' },
  { field: 'ref', header: 'Mã chỉ tiêu', required: true, type: 'text', width: 12, note: 'Mã riêng của dòng; trang «Số đo chỉ tiêu» ghi mã này' },
  { field: 'statement', header: 'Nội dung chỉ tiêu', required: true, type: 'text', width: 60,
    note: '{{chiTieu}} ở chỗ ghi mức chỉ tiêu, {{nam}} ở chỗ ghi năm' },
  { field: 'measure', header: 'Cách tính', required: false, type: 'text', width: 28, note: `${labelList(measureLabels)}; để trống là nhập tay` },
  { field: 'title', header: 'Danh hiệu', required: false, type: 'text', width: 22, note: labelList(titleLabels) },
  { field: 'category', header: 'Mã đối tượng', required: false, type: 'text', note: 'Mã đối tượng đoàn viên (can_bo_cong_chuc, …)' },
  { field: 'kind', header: 'Mã loại hoạt động', required: false, type: 'text', note: 'Cho cách tính «Tỷ lệ tham gia hoạt động»' },
  { field: 'targetMin', header: 'Mức chỉ tiêu', required: true, type: 'number', width: 10 },
  { field: 'targetMax', header: 'Mức đến', required: false, type: 'number', width: 10, note: 'Khi chỉ tiêu là một khoảng' },
  { field: 'unit', header: 'Đơn vị', required: false, type: 'text', width: 12, note: `Cho chỉ tiêu nhập tay: ${labelList(unitLabels)}` },
  { field: 'lowerIsBetter', header: 'Càng thấp càng tốt', required: false, type: 'yesno', note: 'Có: thứ hạng, số vụ việc…' },
  { field: 'movement', header: 'Phong trào thi đua', required: false, type: 'text', width: 30 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { ref: string; year: number; input: Omit<TargetInput, 'movementId'>; unit: PlanUnit; movementName: string | null; skip: boolean }

/** The targets' "Mã chỉ tiêu", shared with the readings sheet. */
export const targetRefs = createImportRefs();

export const targetRef = (year: number, position: number) => `CT${year}-${String(position).padStart(2, '0')}`;

export const targetsYearSheet: YearSheet<Row, Set<number>> = {
  name: 'Chỉ tiêu',
  description: 'Chỉ tiêu kế hoạch của năm và của năm sau, mỗi dòng một chỉ tiêu.',
  columns,
  keyFields: ['ref', 'statement'],
  readPermission: 'plans.read',
  writePermission: 'plans.write',

  async exportRows(db, orgId, year) {
    const rows = await db.selectFrom('plan_targets as t').leftJoin('emulation_movements as mv', (j) => j.onRef('mv.org_id', '=', 't.org_id').onRef('mv.id', '=', 't.movement_id'))
      .select(['t.year', 't.position', 't.statement', 't.measure', 't.params', 't.target_min', 't.target_max', 't.unit', 't.lower_is_better', 'mv.name as movement'])
      .where('t.org_id', '=', orgId).where('t.year', 'in', [year, year + 1]).orderBy('t.year').orderBy('t.position').orderBy('t.id').execute();
    return rows.map((r) => {
      const params = (r.params ?? {}) as { title?: PlanTitle; category?: string; kind?: string };
      return {
        year: r.year, ref: targetRef(r.year, r.position), statement: r.statement, measure: measureLabels[r.measure as PlanMeasure],
        title: params.title ? titleLabels[params.title] : null, category: params.category ?? null, kind: params.kind ?? null,
        targetMin: Number(r.target_min), targetMax: r.target_max === null ? null : Number(r.target_max),
        unit: r.measure === 'manual' ? unitLabels[r.unit as PlanUnit] : null, lowerIsBetter: r.lower_is_better, movement: r.movement,
      };
    });
  },

  async prepare(ctx) {
    const counts = await ctx.db.selectFrom('plan_targets').select(['year', sql<number>`count(*)::int`.as('n')])
      .where('org_id', '=', ctx.orgId).where('year', 'in', [ctx.year, ctx.year + 1]).groupBy('year').execute();
    // Never refused as a whole: a year already planned keeps its plan, its rows are passed over.
    return { prepared: new Set(counts.filter((c) => Number(c.n) > 0).map((c) => c.year)), existing: 0 };
  },

  parseRow(cells, ctx, fail, planned) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    let ok = true;
    const bad = (f: Field, message: string) => {
      ok = false;
      fail(f, message);
    };
    const year = cellNumber(cell('year'));
    if (year !== ctx.year && year !== ctx.year + 1) {
      bad('year', `Năm là ${ctx.year} hoặc ${ctx.year + 1}`);
    }
    const ref = cellText(cell('ref'));
    if (targetRefs.read(ctx).has(ref)) {
      bad('ref', `Mã chỉ tiêu «${ref}» đã có ở dòng trên`);
    }
    targetRefs.read(ctx).set(ref, true);
    const label = <T extends string>(f: Field, labels: Record<T, string>, what: string) => {
      const v = cellLabel(cell(f), labels);
      if (v === 'bad') {
        bad(f, `${what} «${cellText(cell(f))}» không có; dùng: ${labelList(labels)}`);
      }
      return v === 'bad' || v === null ? undefined : v;
    };
    const measure = label('measure', measureLabels, 'Cách tính') ?? 'manual';
    const title = label('title', titleLabels, 'Danh hiệu');
    const unit = label('unit', unitLabels, 'Đơn vị') ?? 'number';
    const number = (f: Field) => {
      const v = cellNumber(cell(f));
      if (v === 'bad') {
        bad(f, 'Ghi một số');
      }
      return v === 'bad' ? null : v;
    };
    const lowerIsBetter = cellYesNo(cell('lowerIsBetter'));
    if (lowerIsBetter === 'bad') {
      bad('lowerIsBetter', 'Ghi «Có» hoặc «Không»');
    }
    const params = { title, category: cellText(cell('category')) || undefined, kind: cellText(cell('kind')) || undefined };
    const parsed = targetInput.safeParse({
      statement: cellText(cell('statement')), measure, params: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)),
      targetMin: number('targetMin') ?? 0, targetMax: number('targetMax'), unit, lowerIsBetter: lowerIsBetter === true,
    });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => {
        const at = issue.path[0] === 'params' ? String(issue.path[1]) : String(issue.path[0]);
        bad((columns.some((c) => c.field === at) ? at : 'statement') as Field, issue.message);
      });
    }
    if (!ok || !parsed.success) {
      return null;
    }
    const skip = planned.has(year as number);
    const { movementId: _m, ...input } = parsed.data;
    return { ref, year: year as number, input, unit: measure === 'manual' ? unit : MEASURE_UNIT[measure], movementName: cellText(cell('movement')) || null, skip };
  },

  async apply(ctx, rows) {
    const movements = await ctx.db.selectFrom('emulation_movements').select(['id', 'name', 'year']).where('org_id', '=', ctx.orgId).execute();
    const ids = targetRefs.written(ctx);
    for (const r of rows.filter((x) => !x.skip)) {
      const movementId = r.movementName === null ? null
        : movements.find((m) => m.year === r.year && matchKey(m.name) === matchKey(r.movementName!))?.id;
      if (movementId === undefined) {
        throw new AppError('VALIDATION', `Trang «Chỉ tiêu», ${r.ref}: không có phong trào thi đua «${r.movementName}» của năm ${r.year}`);
      }
      const input: TargetInput = { ...r.input, movementId };
      const id = await insertTarget(ctx.db, ctx.orgId, r.year, await nextPosition(ctx.db, ctx.orgId, r.year), input, r.unit, ctx.userId);
      ids.set(r.ref, id);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'plan_target', entityId: id, after: { year: r.year, ...input, unit: r.unit } });
    }
  },
};
