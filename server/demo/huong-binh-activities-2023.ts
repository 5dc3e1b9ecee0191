import type { Db } from '../db/client.ts';
import type { ActivityAudience, AttendanceStatus } from '../../shared/contracts/activities.contract.ts';
import {
  findExpected, findKinds, findSchedule, insertOccurrences, insertSchedule,
} from '../modules/activities/activities.repo.ts';
import { scheduleOccurrences } from '../modules/activities/activities.rules.ts';

// The seed union's activities of 2023, as its report tells them: Chủ nhật xanh every Friday afternoon from the
// movement's launch (3/2), with a few members often away ("tổ chức làm việc khác hoặc báo đi công tác", A.III);
// monthly sinh hoạt công đoàn with three months missed ("chưa đảm bảo"); quarterly BCH meetings; study of
// resolutions; the women's 8/3 and 20/10; 28/7; and every family recognised as a cultural family. Deterministic:
// absences follow fixed patterns, not chance.

const YEAR = 2023;
/** Members the report has in mind: away on most Friday afternoons. code → [excused note, or null for no reason]. */
const oftenAway: Record<string, string | null> = { HB03: 'Báo đi công tác', HB10: null, HB21: 'Trực chỉ huy', HB29: null };
/** Sinh hoạt công đoàn months not held: Tết (1), the flood of the 7th month, the October review. */
const missedMonths = ['2023-01', '2023-07', '2023-10'];
/** Chủ nhật xanh not held: Quốc khánh (1/9) and a typhoon day. */
const cnxCancelled = ['2023-09-01', '2023-11-17'];

interface Planned { kind: string; title: string; heldOn: string; startTime: string; place: string; audience: ActivityAudience; attendance: boolean }
const HALL = 'Hội trường UBND xã Hương Bình';
const single: Planned[] = [
  ...['2023-01-09', '2023-04-10', '2023-07-10', '2023-10-09', '2023-12-11'].map((d, i) => ({
    kind: 'hop-bch', title: `Họp Ban Chấp hành Công đoàn ${i < 4 ? `quý ${i + 1}` : 'cuối năm'}`, heldOn: d, startTime: '14:00', place: 'Phòng họp Công đoàn',
    audience: 'union' as const, attendance: false,
  })),
  { kind: 'hoc-tap-nghi-quyet', title: 'Học tập chuyên đề năm 2023 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”', heldOn: '2023-03-16', startTime: '08:00', place: HALL, audience: 'union', attendance: true },
  { kind: 'hoc-tap-nghi-quyet', title: 'Quán triệt Nghị quyết Đảng ủy xã 6 tháng cuối năm', heldOn: '2023-07-20', startTime: '14:00', place: HALL, audience: 'union', attendance: true },
  { kind: 'hoc-tap-nghi-quyet', title: 'Học tập Nghị quyết Đại hội XIII Công đoàn Việt Nam', heldOn: '2023-12-21', startTime: '14:00', place: HALL, audience: 'union', attendance: true },
  { kind: 'nu-cong', title: 'Gặp mặt nữ đoàn viên nhân Ngày Quốc tế Phụ nữ 8/3', heldOn: '2023-03-08', startTime: '15:00', place: HALL, audience: 'women', attendance: true },
  { kind: 'nu-cong', title: 'Gặp mặt nữ đoàn viên nhân Ngày Phụ nữ Việt Nam 20/10', heldOn: '2023-10-20', startTime: '15:00', place: HALL, audience: 'women', attendance: true },
  { kind: 'ky-niem-ngay-le', title: 'Kỷ niệm ngày thành lập Công đoàn Việt Nam 28/7', heldOn: '2023-07-28', startTime: '08:00', place: HALL, audience: 'union', attendance: true },
];

/** A small fixed mix of two numbers: the same pattern every load. */
const mix = (a: number, b: number) => ((a * 7919 + b * 104_729) % 97 + 97) % 97;

export async function loadHuongBinhActivities2023(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  const kinds = new Map((await findKinds(tx, orgId)).map((k) => [k.code, k.id]));
  const movement = await tx.selectFrom('emulation_movements').select('id').where('org_id', '=', orgId).where('year', '=', YEAR)
    .where('name', 'like', '%Chủ nhật xanh%').executeTakeFirst();

  const cnx = await insertSchedule(tx, orgId, {
    kindId: kinds.get('chu-nhat-xanh')!, title: 'Chủ nhật xanh – dọn vệ sinh khuôn viên cơ quan', recurrence: 'weekly', weekday: 5, monthDay: null,
    startTime: '15:00', validFrom: '2023-02-03', validTo: null, place: 'Khuôn viên trụ sở UBND xã', audience: 'union', groupId: null,
  });
  const shcd = await insertSchedule(tx, orgId, {
    kindId: kinds.get('sinh-hoat-cong-doan')!, title: 'Sinh hoạt công đoàn định kỳ', recurrence: 'monthly', weekday: null, monthDay: 25,
    startTime: '16:00', validFrom: '2023-01-01', validTo: null, place: HALL, audience: 'union', groupId: null,
  });
  for (const id of [cnx, shcd]) {
    const s = (await findSchedule(tx, orgId, id))!;
    await insertOccurrences(tx, orgId, s, scheduleOccurrences(s, `${YEAR}-01-01`, `${YEAR}-12-31`));
  }
  await tx.updateTable('activities').set({ cancelled: true }).where('schedule_id', '=', cnx).where('held_on', 'in', cnxCancelled).execute();
  for (const month of missedMonths) {
    await tx.updateTable('activities').set({ cancelled: true }).where('schedule_id', '=', shcd).where('held_on', '=', `${month}-25`).execute();
  }
  if (movement) {
    await tx.updateTable('activities').set({ movement_id: movement.id }).where('schedule_id', '=', cnx).execute();
  }
  await tx.insertInto('activities').values(single.map((a) => ({
    org_id: orgId, kind_id: kinds.get(a.kind)!, title: a.title, held_on: a.heldOn, start_time: a.startTime, place: a.place,
    organiser_id: memberIds.get(a.kind === 'nu-cong' ? 'HB13' : 'HB01') ?? null, audience: a.audience, group_id: null,
  }))).execute();

  // Attendance of every activity held, except the BCH meetings (their members are not a roster of the union).
  const held = await tx.selectFrom('activities as a').innerJoin('activity_kinds as k', 'k.id', 'a.kind_id')
    .select(['a.id', 'a.held_on', 'a.audience', 'a.group_id', 'k.code']).where('a.org_id', '=', orgId).where('a.cancelled', '=', false)
    .where('k.code', '!=', 'hop-bch').orderBy('a.held_on').orderBy('a.id').execute();
  const codes = new Map([...memberIds].map(([code, id]) => [id, code]));
  const rows: { org_id: number; activity_id: number; member_id: number; status: AttendanceStatus; note: string | null }[] = [];
  for (const [n, a] of held.entries()) {
    for (const m of await findExpected(tx, orgId, a.held_on, a.audience, a.group_id)) {
      const code = codes.get(m.memberId) ?? '';
      const r = mix(m.memberId, n);
      let status: AttendanceStatus = 'present';
      let note: string | null = null;
      if (a.code === 'chu-nhat-xanh' && code in oftenAway && r % 5 < 2) {
        note = oftenAway[code];
        status = note === null ? 'absent' : 'excused';
      } else if ((a.code === 'chu-nhat-xanh' || a.code === 'sinh-hoat-cong-doan') && r < 4) {
        status = r < 2 ? 'excused' : 'absent';
        note = status === 'excused' ? 'Nghỉ phép' : null;
      }
      rows.push({ org_id: orgId, activity_id: a.id, member_id: m.memberId, status, note });
    }
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insertInto('activity_attendance').values(rows.slice(i, i + 1000)).execute();
  }
  await tx.updateTable('activities').set({ attendance_taken_at: new Date(`${YEAR}-12-31T10:00:00Z`) })
    .where('id', 'in', held.map((a) => a.id)).execute();

  // 100 % gia đình văn hóa: every member's family recognised at the year's review.
  const members = await tx.selectFrom('members').select('id').where('org_id', '=', orgId).execute();
  await tx.insertInto('cultural_families').values(members.map((m) => ({ org_id: orgId, member_id: m.id, year: YEAR, recognised: true, note: null }))).execute();
}
