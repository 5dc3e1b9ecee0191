import { writeAudit } from '../../core/audit.ts';
import { cellDate, cellNumber, cellText } from '../../core/xlsx/cell-values.ts';
import { readingInput } from '../../../shared/contracts/plans.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { insertReading } from './plans.repo.ts';
import { targetRef, targetRefs } from './targets.year-sheet.ts';

// "Số đo chỉ tiêu" of the year workbook: values read by hand for the targets of the "Chỉ tiêu" sheet, with their
// evidence (a rank published in the next spring is dated then). Attached files do not travel.

const columns = [
  { field: 'ref', header: 'Mã chỉ tiêu', required: true, type: 'text', width: 12, note: 'Mã của dòng trong trang «Chỉ tiêu»' },
  { field: 'recordedOn', header: 'Ngày', required: true, type: 'date', width: 12 },
  { field: 'value', header: 'Giá trị', required: true, type: 'number', width: 10 },
  { field: 'evidence', header: 'Minh chứng', required: true, type: 'text', width: 50, note: 'Tệp minh chứng đính kèm không đi theo sổ năm' },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { ref: string; recordedOn: string; value: number; evidence: string }

export const targetReadingsYearSheet: YearSheet<Row> = {
  name: 'Số đo chỉ tiêu',
  description: 'Giá trị đọc tay của các chỉ tiêu nhập tay, kèm minh chứng.',
  columns,
  keyFields: ['ref', 'value'],
  readPermission: 'plans.read',
  writePermission: 'plans.write',

  async exportRows(db, orgId, year) {
    const rows = await db.selectFrom('plan_target_readings as r').innerJoin('plan_targets as t', (j) => j.onRef('t.org_id', '=', 'r.org_id').onRef('t.id', '=', 'r.target_id'))
      .select(['t.year', 't.position', 'r.recorded_on', 'r.value', 'r.evidence'])
      .where('r.org_id', '=', orgId).where('t.year', 'in', [year, year + 1]).orderBy('t.year').orderBy('t.position').orderBy('r.recorded_on').execute();
    return rows.map((r) => ({ ref: targetRef(r.year, r.position), recordedOn: r.recorded_on, value: Number(r.value), evidence: r.evidence }));
  },

  async prepare() {
    // As its targets: the readings of a plan already kept are passed over, never refused.
    return { prepared: null, existing: 0 };
  },

  parseRow(cells, ctx, fail) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const ref = cellText(cell('ref'));
    if (!targetRefs.read(ctx).has(ref)) {
      fail('ref', `Không có chỉ tiêu mã «${ref}» trong trang «Chỉ tiêu»`);
      return null;
    }
    const recordedOn = cellDate(cell('recordedOn'));
    const value = cellNumber(cell('value'));
    if (recordedOn === null || recordedOn === 'bad' || value === null || value === 'bad') {
      if (recordedOn === null || recordedOn === 'bad') {
        fail('recordedOn', 'Ngày không hợp lệ (dd/mm/yyyy)');
      }
      if (value === null || value === 'bad') {
        fail('value', 'Ghi một số');
      }
      return null;
    }
    const parsed = readingInput.safeParse({ recordedOn, value, evidence: cellText(cell('evidence')) });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.message));
      return null;
    }
    return { ref, recordedOn, value: parsed.data.value, evidence: parsed.data.evidence };
  },

  async apply(ctx, rows) {
    const ids = targetRefs.written(ctx);
    for (const r of rows) {
      const targetId = ids.get(r.ref);
      if (targetId === undefined) {
        continue; // a target of a year the union had already planned: its readings stay as they are
      }
      const input = { recordedOn: r.recordedOn, value: r.value, evidence: r.evidence, attachmentId: null };
      const id = await insertReading(ctx.db, ctx.orgId, targetId, input, ctx.userId);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'plan_target_reading', entityId: id, after: { targetId, ...input } });
    }
  },
};
