import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { cellLabel, cellText, labelList } from '../../core/xlsx/cell-values.ts';
import type { AttendanceStatus } from '../../../shared/contracts/activities.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { replaceAttendance } from './activities.repo.ts';
import { activityRef, activityRefs } from './activities.year-sheet.ts';

// "Điểm danh" of the year workbook: one row per member and activity whose attendance was taken, pointing at the
// activities sheet by its "Mã hoạt động". An activity with rows here counts as attendance taken.

const statusLabels: Record<AttendanceStatus, string> = { present: 'Có mặt', excused: 'Vắng có lý do', absent: 'Vắng không lý do' };

const columns = [
  { field: 'ref', header: 'Mã hoạt động', required: true, type: 'text', width: 12, note: 'Mã của dòng trong trang Hoạt động' },
  { field: 'memberCode', header: 'Mã đoàn viên', required: true, type: 'text', width: 12 },
  { field: 'status', header: 'Điểm danh', required: true, type: 'text', width: 18, note: labelList(statusLabels) },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 24 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { ref: string; memberCode: string; status: AttendanceStatus; note: string | null }

export const attendanceYearSheet: YearSheet<Row> = {
  name: 'Điểm danh',
  description: 'Điểm danh các hoạt động của năm: mỗi dòng một đoàn viên ở một hoạt động.',
  columns,
  keyFields: ['ref', 'memberCode'],
  readPermission: 'activities.read',
  writePermission: 'activities.write',

  async exportRows(db, orgId, year) {
    const activities = await db.selectFrom('activities').select('id').where('org_id', '=', orgId)
      .where('held_on', '>=', `${year}-01-01`).where('held_on', '<=', `${year}-12-31`)
      .orderBy('held_on').orderBy('start_time').orderBy('id').execute();
    const refs = new Map(activities.map((a, i) => [a.id, activityRef(i)]));
    const rows = await db.selectFrom('activity_attendance as t').innerJoin('activities as a', (j) => j.onRef('a.org_id', '=', 't.org_id').onRef('a.id', '=', 't.activity_id'))
      .innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 't.org_id').onRef('m.id', '=', 't.member_id'))
      .select(['t.activity_id', 'm.code', 't.status', 't.note'])
      .where('t.org_id', '=', orgId).where('a.held_on', '>=', `${year}-01-01`).where('a.held_on', '<=', `${year}-12-31`)
      .orderBy('a.held_on').orderBy('a.start_time').orderBy('a.id').orderBy('m.sort_key').execute();
    return rows.map((r) => ({ ref: refs.get(r.activity_id)!, memberCode: r.code, status: statusLabels[r.status], note: r.note }));
  },

  async prepare(ctx) {
    const { n } = await ctx.db.selectFrom('activity_attendance as t').innerJoin('activities as a', (j) => j.onRef('a.org_id', '=', 't.org_id').onRef('a.id', '=', 't.activity_id'))
      .select(sql<number>`count(*)::int`.as('n')).where('t.org_id', '=', ctx.orgId)
      .where('a.held_on', '>=', `${ctx.year}-01-01`).where('a.held_on', '<=', `${ctx.year}-12-31`).executeTakeFirstOrThrow();
    return { prepared: null, existing: Number(n) };
  },

  parseRow(cells, ctx, fail) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    let ok = true;
    const ref = cellText(cell('ref'));
    if (!activityRefs.read(ctx).has(ref)) {
      ok = false;
      fail('ref', `Không có hoạt động mã «${ref}» trong trang «Hoạt động»`);
    }
    const memberCode = cellText(cell('memberCode'));
    if (!ctx.memberIds.has(memberCode) && !ctx.memberCodesInFile.has(memberCode)) {
      ok = false;
      fail('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn hay trong trang đoàn viên`);
    }
    const status = cellLabel(cell('status'), statusLabels);
    if (status === null || status === 'bad') {
      ok = false;
      fail('status', `Điểm danh «${cellText(cell('status'))}» không có; dùng: ${labelList(statusLabels)}`);
    }
    const note = cellText(cell('note')) || null;
    if (note !== null && note.length > 500) {
      ok = false;
      fail('note', 'Ghi chú tối đa 500 ký tự');
    }
    return ok ? { ref, memberCode, status: status as AttendanceStatus, note } : null;
  },

  async apply(ctx, rows) {
    const ids = activityRefs.written(ctx);
    const byRef = new Map<string, Row[]>();
    rows.forEach((r) => byRef.set(r.ref, [...(byRef.get(r.ref) ?? []), r]));
    for (const [ref, roster] of byRef) {
      const activityId = ids.get(ref)!;
      const lines = roster.map((r) => ({ memberId: ctx.memberIds.get(r.memberCode)!, status: r.status, note: r.note }));
      await replaceAttendance(ctx.db, ctx.orgId, activityId, lines);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'activity_attendance', entityId: activityId, after: lines });
    }
  },
};
