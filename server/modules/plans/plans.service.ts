// Kế hoạch, chỉ tiêu: the targets of a union's plan for a year, their live actuals and statuses (plans.measures.ts,
// plans.evaluate.ts), hand-read values with their evidence, and importing a movement's targets as a start.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import {
  MEASURE_UNIT, type PlanMeasure, type PlanUnit, type PlanView, type ReadingInput, type TargetInput, type TargetParams, type TargetView, statementText,
} from '../../../shared/contracts/plans.contract.ts';
import { findLinkableAttachment } from '../attachments/attachments.service.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { evaluateTarget, yearEnd } from './plans.evaluate.ts';
import { measure, type PlanData } from './plans.measures.ts';
import {
  deleteReading, deleteTarget, findActivityKinds, findCategories, findMovement, findMovements, findPlanData, findReading, findReadings,
  findTarget, findTargets, insertReading, insertTarget, nextPosition, setPosition, updateTarget, type ReadingRow, type TargetRow,
} from './plans.repo.ts';

/** The day a year's actuals are counted on: today, or 31/12 of a past year. */
export const asOfFor = (year: number, on: string) => (yearEnd(year) < on ? yearEnd(year) : on);

function toTargetView(r: TargetRow, readings: readonly ReadingRow[], data: PlanData, on: string): TargetView {
  const params = (r.params ?? {}) as TargetParams;
  const goal = { targetMin: Number(r.target_min), targetMax: r.target_max === null ? null : Number(r.target_max), lowerIsBetter: r.lower_is_better };
  const own = readings.filter((x) => x.target_id === r.id);
  const m = r.measure as PlanMeasure;
  // A hand-read value may come after the year (a rank published in the next spring): readings are read up to today.
  const result = measure(m, params, data, own.map((x) => ({ id: x.id, recordedOn: x.recorded_on, value: Number(x.value) })),
    m === 'manual' ? on : asOfFor(r.year, on));
  return {
    id: r.id, year: r.year, position: r.position, statement: r.statement,
    text: statementText({ statement: r.statement, year: r.year, unit: r.unit as PlanUnit, ...goal }), movementId: r.movement_id, movementName: r.movement_name,
    measure: m, params, ...goal, unit: r.unit as PlanUnit,
    actual: result.actual, forecast: result.forecast, status: evaluateTarget(goal, result, r.year, on), series: result.series,
    readings: own.map((x) => ({
      id: x.id, recordedOn: x.recorded_on, value: Number(x.value), evidence: x.evidence,
      attachment: x.attachment_id !== null && x.file_name !== null
        ? { id: x.attachment_id, fileName: x.file_name, byteSize: x.byte_size ?? 0, contentType: x.content_type ?? '' } : null,
    })),
  };
}

/** The targets of the year with their actuals and statuses on `on` (no access check: the report and the dashboard). */
export async function targetsFor(db: Db, orgId: number, year: number, on: string): Promise<TargetView[]> {
  const rows = await findTargets(db, orgId, year);
  if (rows.length === 0) {
    return [];
  }
  const [readings, data] = await Promise.all([findReadings(db, orgId, rows.map((r) => r.id)), findPlanData(db, orgId, year)]);
  return rows.map((r) => toTargetView(r, readings, data, on));
}

export async function getPlan(db: Db, caller: Caller, orgId: number, year: number): Promise<PlanView> {
  const on = today();
  await assertCan(db, caller, orgId, 'plans.read', on);
  const [targets, movements, kinds, categories] = await Promise.all([
    targetsFor(db, orgId, year, on), findMovements(db, orgId, year), findActivityKinds(db, orgId), findCategories(db, orgId, asOfFor(year, on)),
  ]);
  return {
    year, asOf: asOfFor(year, on), targets, kinds, categories,
    movements: movements.map((m) => ({ id: m.id, name: m.name, targets: m.targets })),
  };
}

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'plans.write', today());
  await assertWritable(db, orgId);
}

/** Only the parameters the measure reads are kept; the unit is the measure's own unless entered by hand. */
function normalise(t: TargetInput): { input: TargetInput; unit: PlanUnit } {
  const p = t.params;
  const params: TargetParams = t.measure === 'title_share' || t.measure === 'title_count'
    ? { title: p.title, ...(p.category ? { category: p.category } : {}) }
    : t.measure === 'attendance_rate' ? { kind: p.kind }
      : t.measure === 'registration_share' && p.category ? { category: p.category } : {};
  return { input: { ...t, params }, unit: t.measure === 'manual' ? t.unit : MEASURE_UNIT[t.measure] };
}

async function checkReferences(db: Db, orgId: number, year: number, t: TargetInput) {
  if (t.movementId !== null) {
    const mv = await findMovement(db, orgId, t.movementId);
    if (!mv) {
      throw invalid('movementId: Không tìm thấy phong trào thi đua này trong công đoàn');
    }
  }
  if (t.params.kind !== undefined && !(await findActivityKinds(db, orgId)).some((k) => k.code === t.params.kind)) {
    throw invalid('params.kind: Không có loại hoạt động này');
  }
  if (t.params.category !== undefined && !(await findCategories(db, orgId, asOfFor(year, today()))).some((c) => c.code === t.params.category)) {
    throw invalid('params.category: Công đoàn này không có đối tượng đoàn viên này');
  }
}

async function targetOrThrow(db: Db, orgId: number, year: number, targetId: number): Promise<TargetRow> {
  const row = await findTarget(db, orgId, targetId);
  if (!row || row.year !== year) {
    throw notFound('Không tìm thấy chỉ tiêu');
  }
  return row;
}

async function viewOf(db: Db, orgId: number, year: number, targetId: number): Promise<TargetView> {
  const found = (await targetsFor(db, orgId, year, today())).find((t) => t.id === targetId);
  if (!found) {
    throw notFound('Không tìm thấy chỉ tiêu');
  }
  return found;
}

export async function createTarget(db: Db, caller: Caller, orgId: number, year: number, raw: TargetInput): Promise<TargetView> {
  await canWrite(db, caller, orgId);
  const { input, unit } = normalise(raw);
  await checkReferences(db, orgId, year, input);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertTarget(tx, orgId, year, await nextPosition(tx, orgId, year), input, unit, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'plan_target', entityId: newId, after: { year, ...input, unit } });
    return newId;
  });
  return viewOf(db, orgId, year, id);
}

export async function editTarget(db: Db, caller: Caller, orgId: number, year: number, targetId: number, raw: TargetInput): Promise<TargetView> {
  await canWrite(db, caller, orgId);
  const before = await targetOrThrow(db, orgId, year, targetId);
  const { input, unit } = normalise(raw);
  await checkReferences(db, orgId, year, input);
  await db.transaction().execute(async (tx) => {
    await updateTarget(tx, orgId, targetId, input, unit);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'plan_target', entityId: targetId, before, after: { ...input, unit } });
  });
  return viewOf(db, orgId, year, targetId);
}

/** A target set by mistake is deleted with its readings (the audit log keeps them). */
export async function removeTarget(db: Db, caller: Caller, orgId: number, year: number, targetId: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await targetOrThrow(tx, orgId, year, targetId);
    const readings = await findReadings(tx, orgId, [targetId]);
    await deleteTarget(tx, orgId, targetId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'plan_target', entityId: targetId, before: { ...before, readings } });
  });
}

/** Puts the year's targets in the order given (every target of the year, each once). */
export async function reorderTargets(db: Db, caller: Caller, orgId: number, year: number, targetIds: readonly number[]): Promise<PlanView> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const current = await findTargets(tx, orgId, year);
    const same = current.length === targetIds.length && new Set(targetIds).size === targetIds.length && current.every((t) => targetIds.includes(t.id));
    if (!same) {
      throw invalid('targetIds: Danh sách phải gồm đúng mỗi chỉ tiêu của năm một lần');
    }
    for (const [i, id] of targetIds.entries()) {
      await setPosition(tx, orgId, id, i + 1);
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'plan_targets_order', entityId: year,
      before: current.map((t) => t.id), after: targetIds });
  });
  return getPlan(db, caller, orgId, year);
}

/** Creates a manual target per sentence of the movement's targets not already in the plan; the user then picks the measures. */
export async function importMovementTargets(db: Db, caller: Caller, orgId: number, year: number, movementId: number): Promise<PlanView> {
  await canWrite(db, caller, orgId);
  const mv = await findMovement(db, orgId, movementId);
  if (!mv) {
    throw notFound('Không tìm thấy phong trào thi đua');
  }
  await db.transaction().execute(async (tx) => {
    const have = new Set((await findTargets(tx, orgId, year)).map((t) => t.statement.trim().toLowerCase()));
    const fresh = mv.targets.map((s) => s.trim()).filter((s) => s.length >= 2 && !have.has(s.toLowerCase()));
    if (fresh.length === 0) {
      throw invalid('movementId: Các chỉ tiêu của phong trào này đã có trong kế hoạch (hoặc phong trào chưa có chỉ tiêu)');
    }
    let position = await nextPosition(tx, orgId, year);
    const ids: number[] = [];
    for (const statement of fresh) {
      const input: TargetInput = { statement: statement.slice(0, 500), movementId, measure: 'manual', params: {}, targetMin: 0, targetMax: null, unit: 'number', lowerIsBetter: false };
      ids.push(await insertTarget(tx, orgId, year, position++, input, 'number', caller.userId));
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'import', entity: 'plan_target', entityId: movementId, after: { year, ids, statements: fresh } });
  });
  return getPlan(db, caller, orgId, year);
}

export async function addReading(db: Db, caller: Caller, orgId: number, year: number, targetId: number, input: ReadingInput): Promise<TargetView> {
  await canWrite(db, caller, orgId);
  const target = await targetOrThrow(db, orgId, year, targetId);
  if (target.measure !== 'manual') {
    throw invalid('Chỉ tiêu này được tính tự động từ dữ liệu; chỉ nhập tay kết quả cho chỉ tiêu nhập tay');
  }
  if (input.recordedOn > today()) {
    throw invalid('recordedOn: Ngày ghi nhận không sau hôm nay');
  }
  if (input.recordedOn < `${year}-01-01`) {
    throw invalid(`recordedOn: Ngày ghi nhận không trước năm kế hoạch ${year}`);
  }
  if (target.unit === 'percent' && input.value > 100) {
    throw invalid('value: Tỷ lệ từ 0 đến 100 %');
  }
  if (input.attachmentId !== null && !(await findLinkableAttachment(db, orgId, input.attachmentId, 'evidence'))) {
    throw invalid('attachmentId: Không tìm thấy tệp minh chứng này trong công đoàn');
  }
  await db.transaction().execute(async (tx) => {
    const id = await insertReading(tx, orgId, targetId, input, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'plan_target_reading', entityId: id, after: { targetId, ...input } });
  });
  return viewOf(db, orgId, year, targetId);
}

export async function removeReading(db: Db, caller: Caller, orgId: number, year: number, targetId: number, readingId: number): Promise<TargetView> {
  await canWrite(db, caller, orgId);
  await targetOrThrow(db, orgId, year, targetId);
  await db.transaction().execute(async (tx) => {
    const before = await findReading(tx, orgId, targetId, readingId);
    if (!before) {
      throw notFound('Không tìm thấy kết quả đã ghi');
    }
    await deleteReading(tx, orgId, readingId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'plan_target_reading', entityId: readingId, before });
  });
  return viewOf(db, orgId, year, targetId);
}
