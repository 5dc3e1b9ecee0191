import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { AppError } from '../../core/errors.ts';
import { cellDate, cellLabel, cellText, cellYesNo, labelList } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { activityInput, type ActivityAudience, type ActivityInput } from '../../../shared/contracts/activities.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { findKinds, insertActivity, setCancelled } from './activities.repo.ts';
import { createImportRefs } from '../../core/import-refs.ts';

// "Hoạt động" of the year workbook: every activity of the year, held or not, as dated occurrences (the recurring
// schedules that generated them do not travel). The attendance sheet points at a row by its "Mã hoạt động".

const audienceLabels: Record<ActivityAudience, string> = { union: 'Toàn thể đoàn viên', women: 'Nữ đoàn viên', group: 'Một tổ công đoàn' };

const columns = [
  { field: 'ref', header: 'Mã hoạt động', required: true, type: 'text', width: 12, note: 'Mã riêng của dòng trong tệp; trang Điểm danh ghi mã này' },
  { field: 'kind', header: 'Loại hoạt động', required: true, type: 'text', width: 22, note: 'Tên hoặc mã loại hoạt động đã có trong phần mềm' },
  { field: 'title', header: 'Tên hoạt động', required: true, type: 'text', width: 40 },
  { field: 'heldOn', header: 'Ngày', required: true, type: 'date', width: 12 },
  { field: 'startTime', header: 'Giờ', required: false, type: 'text', width: 8, note: 'HH:MM' },
  { field: 'place', header: 'Địa điểm', required: false, type: 'text', width: 28 },
  { field: 'audience', header: 'Đối tượng', required: false, type: 'text', width: 18, note: `${labelList(audienceLabels)}; để trống là toàn thể` },
  { field: 'group', header: 'Tổ công đoàn', required: false, type: 'text', note: 'Mã tổ công đoàn, khi đối tượng là một tổ' },
  { field: 'organiser', header: 'Mã người phụ trách', required: false, type: 'text' },
  { field: 'movement', header: 'Phong trào thi đua', required: false, type: 'text', width: 30, note: 'Tên phong trào của năm mà hoạt động thuộc về' },
  { field: 'cancelled', header: 'Không tổ chức', required: false, type: 'yesno', note: 'Có: hoạt động đã lên lịch nhưng không tổ chức' },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 24 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row {
  ref: string; input: Omit<ActivityInput, 'organiserId' | 'movementId' | 'groupId'>;
  organiserCode: string | null; movementName: string | null; groupCode: string | null; cancelled: boolean;
}
interface Lookups { kinds: Map<string, number> }

export const activitiesYearSheet: YearSheet<Row, Lookups> = {
  name: 'Hoạt động',
  description: 'Các hoạt động của năm (kể cả hoạt động không tổ chức), mỗi dòng một buổi; lịch định kỳ không đi theo.',
  columns,
  keyFields: ['ref', 'title'],
  readPermission: 'activities.read',
  writePermission: 'activities.write',

  async exportRows(db, orgId, year) {
    const rows = await db.selectFrom('activities as a').innerJoin('activity_kinds as k', 'k.id', 'a.kind_id')
      .leftJoin('members as o', (j) => j.onRef('o.org_id', '=', 'a.org_id').onRef('o.id', '=', 'a.organiser_id'))
      .leftJoin('emulation_movements as mv', (j) => j.onRef('mv.org_id', '=', 'a.org_id').onRef('mv.id', '=', 'a.movement_id'))
      .leftJoin('organisations as g', 'g.id', 'a.group_id')
      .select(['a.id', 'k.name as kind', 'a.title', 'a.held_on', 'a.start_time', 'a.place', 'a.audience', 'g.code as group', 'o.code as organiser',
        'mv.name as movement', 'a.cancelled', 'a.note'])
      .where('a.org_id', '=', orgId).where('a.held_on', '>=', `${year}-01-01`).where('a.held_on', '<=', `${year}-12-31`)
      .orderBy('a.held_on').orderBy('a.start_time').orderBy('a.id').execute();
    return rows.map((r, i) => ({
      ref: activityRef(i), kind: r.kind, title: r.title, heldOn: r.held_on, startTime: r.start_time?.slice(0, 5) ?? null, place: r.place,
      audience: audienceLabels[r.audience], group: r.group, organiser: r.organiser, movement: r.movement, cancelled: r.cancelled, note: r.note,
    }));
  },

  async prepare(ctx) {
    const [kinds, counted] = await Promise.all([
      findKinds(ctx.db, ctx.orgId),
      ctx.db.selectFrom('activities').select(sql<number>`count(*)::int`.as('n')).where('org_id', '=', ctx.orgId)
        .where('held_on', '>=', `${ctx.year}-01-01`).where('held_on', '<=', `${ctx.year}-12-31`).executeTakeFirstOrThrow(),
    ]);
    return { prepared: { kinds: new Map(kinds.flatMap((k) => [[matchKey(k.name), k.id], [matchKey(k.code), k.id]])) }, existing: Number(counted.n) };
  },

  parseRow(cells, ctx, fail, { kinds }) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const before = { failed: false };
    const bad = (f: Field, message: string) => {
      before.failed = true;
      fail(f, message);
    };
    const ref = cellText(cell('ref'));
    const refs = activityRefs.read(ctx);
    if (refs.has(ref)) {
      bad('ref', `Mã hoạt động «${ref}» đã có ở dòng trên`);
    }
    refs.set(ref, true);
    const kindId = kinds.get(matchKey(cellText(cell('kind'))));
    if (kindId === undefined) {
      bad('kind', `Không có loại hoạt động «${cellText(cell('kind'))}»; thêm loại này trong phần mềm trước`);
    }
    const heldOn = cellDate(cell('heldOn'));
    if (heldOn === null || heldOn === 'bad' || !heldOn.startsWith(`${ctx.year}-`)) {
      bad('heldOn', heldOn === null || heldOn === 'bad' ? 'Ngày không hợp lệ (dd/mm/yyyy)' : `Ngày phải trong năm ${ctx.year}`);
    }
    const audience = cellLabel(cell('audience'), audienceLabels);
    if (audience === 'bad') {
      bad('audience', `Đối tượng «${cellText(cell('audience'))}» không có; dùng: ${labelList(audienceLabels)}`);
    }
    const cancelled = cellYesNo(cell('cancelled'));
    if (cancelled === 'bad') {
      bad('cancelled', 'Ghi «Có» hoặc «Không»');
    }
    const organiserCode = cellText(cell('organiser')) || null;
    if (organiserCode !== null && !ctx.memberIds.has(organiserCode) && !ctx.memberCodesInFile.has(organiserCode)) {
      bad('organiser', `Không có đoàn viên mã «${organiserCode}» trong công đoàn hay trong trang đoàn viên`);
    }
    const groupCode = cellText(cell('group')) || null;
    // The API's contract checks the rest of the row; ids (kind, tổ) stand in until they are resolved on apply.
    const parsed = activityInput.safeParse({
      kindId: kindId ?? 1, title: cellText(cell('title')), heldOn: typeof heldOn === 'string' && heldOn !== 'bad' ? heldOn : `${ctx.year}-01-01`,
      startTime: cellText(cell('startTime')) || null, place: cellText(cell('place')) || null,
      audience: audience === 'bad' || audience === null ? 'union' : audience, groupId: groupCode === null ? null : 1, note: cellText(cell('note')) || null,
    });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => bad(issue.path[0] === 'groupId' ? 'group' : String(issue.path[0]) as Field, issue.message));
    }
    if (before.failed || !parsed.success) {
      return null;
    }
    const { groupId: _g, organiserId: _o, movementId: _m, ...input } = parsed.data;
    return { ref, input, organiserCode, movementName: cellText(cell('movement')) || null, groupCode, cancelled: cancelled === true };
  },

  async apply(ctx, rows) {
    const movements = await ctx.db.selectFrom('emulation_movements').select(['id', 'name']).where('org_id', '=', ctx.orgId).where('year', '=', ctx.year).execute();
    const groups = await ctx.db.selectFrom('org_versions as v').innerJoin('organisations as o', 'o.id', 'v.org_id').select(['o.id', 'o.code'])
      .where('v.parent_id', '=', ctx.orgId).execute();
    const ids = activityRefs.written(ctx);
    for (const r of rows) {
      const movementId = r.movementName === null ? null : movements.find((m) => matchKey(m.name) === matchKey(r.movementName!))?.id;
      if (movementId === undefined) {
        throw new AppError('VALIDATION', `Trang «Hoạt động», ${r.ref}: không có phong trào thi đua «${r.movementName}» của năm ${ctx.year}`);
      }
      const groupId = r.groupCode === null ? null : groups.find((g) => matchKey(g.code) === matchKey(r.groupCode!))?.id;
      if (groupId === undefined) {
        throw new AppError('VALIDATION', `Trang «Hoạt động», ${r.ref}: không có tổ công đoàn mã «${r.groupCode}» của công đoàn`);
      }
      const input: ActivityInput = { ...r.input, groupId, movementId, organiserId: r.organiserCode === null ? null : ctx.memberIds.get(r.organiserCode)! };
      const id = await insertActivity(ctx.db, ctx.orgId, input);
      if (r.cancelled) {
        await setCancelled(ctx.db, ctx.orgId, id, true);
      }
      ids.set(r.ref, id);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'activity', entityId: id, after: { ...input, cancelled: r.cancelled } });
    }
  },
};

/** The activities' "Mã hoạt động", shared with the attendance sheet. */
export const activityRefs = createImportRefs();

/** HD001, HD002, … in date order. */
export const activityRef = (index: number) => `HD${String(index + 1).padStart(3, '0')}`;
