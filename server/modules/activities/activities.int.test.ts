import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type {
  ActivityKindView, ActivityList, ActivityView, CulturalFamilyGrid, GenerateResult, MyActivitiesView, RatesView, RosterView, ScheduleView,
} from '../../../shared/contracts/activities.contract.ts';
import type { AnnualDraftView } from '../../../shared/contracts/reports.contract.ts';

// Hoạt động (issue 13, items 1 and 2): activities and schedules written by the chair and the committee, read by the
// treasurer; attendance sent as one batch from a phone; the rates behind A.III; cultural families; the demo's 2023.

let t: TestApp;
const ids: Record<string, number> = {};
let kinds: Map<string, number>;
beforeAll(async () => {
  t = await createTestApp();
  for (const r of await t.handle.db.selectFrom('members').select(['id', 'code']).where('org_id', '=', t.orgs.seed).execute()) {
    ids[r.code] = r.id;
  }
  kinds = new Map((await ok<ActivityKindView[]>(await chair().get(api('activities/kinds')))).map((k) => [k.code, k.id]));
});
afterAll(() => t.close());

const chair = () => t.as('huongbinh.chutich');
const committee = () => t.as('huongbinh.uyvien');
const treasurer = () => t.as('huongbinh.ketoan');
const member = () => t.as('huongbinh.doanvien');
const api = (path: string, org = t.orgs.seed) => `/api/orgs/${org}/${path}`;
const ok = async <T>(res: Response): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const activity = (body: Record<string, unknown> = {}) => ({
  kindId: kinds.get('sinh-hoat-cong-doan'), title: 'Sinh hoạt công đoàn tháng', heldOn: '2026-03-25', startTime: '16:00', place: 'Hội trường', ...body,
});
const auditCount = async () => Number((await t.handle.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('entity', '=', 'activity').executeTakeFirstOrThrow()).n);

describe('who may do what', () => {
  it('lets the chair and the committee write, the treasurer read, and refuses the member (403), another union (404), the anonymous (401)', async () => {
    const before = await auditCount();
    await ok<ActivityView>(await chair().send('POST', api('activities'), activity()));
    await ok<ActivityView>(await committee().send('POST', api('activities'), activity({ heldOn: '2026-04-25' })));
    expect(await auditCount()).toBe(before + 2);
    await ok<ActivityList>(await treasurer().get(api('activities?year=2026')));
    expect((await treasurer().send('POST', api('activities'), activity())).status).toBe(403);
    expect((await member().get(api('activities?year=2026'))).status).toBe(403);
    expect((await member().get(api('activities/rates?year=2023'))).status).toBe(403);
    expect((await t.as('mayhuongson.chutich').get(api('activities?year=2026'))).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').get(api('cultural-families/2023'))).status).toBe(404);
    expect((await t.as(null).get(api('activities?year=2026'))).status).toBe(401);
  });

  it('shows the member their own attendance and rate through /me', async () => {
    const mine = await ok<MyActivitiesView>(await member().get('/api/me/activities/2023'));
    expect(mine.attended.length).toBeGreaterThan(40);
    expect(mine.rate).toBeGreaterThan(80);
    expect((await t.as('huongbinh.chutich').get('/api/me/activities/2023')).status).toBe(404);
  });
});

describe('schedules', () => {
  it('generates every Friday of a year once: running it again creates nothing', async () => {
    const s = await ok<ScheduleView>(await chair().send('POST', api('activities/schedules'), {
      kindId: kinds.get('chu-nhat-xanh'), title: 'Chủ nhật xanh', recurrence: 'weekly', weekday: 5, startTime: '15:00', validFrom: '2024-01-01',
    }));
    expect(await ok<GenerateResult>(await chair().send('POST', api(`activities/schedules/${s.id}/generate?year=2024`)))).toMatchObject({ created: 52, existing: 0 });
    expect(await ok<GenerateResult>(await chair().send('POST', api(`activities/schedules/${s.id}/generate?year=2024`)))).toMatchObject({ created: 0, existing: 52 });
    const list = await ok<ActivityList>(await treasurer().get(api('activities?year=2024&kind=chu-nhat-xanh')));
    expect(list.activities).toHaveLength(52);
    expect(list.activities[0]).toMatchObject({ heldOn: '2024-01-05', startTime: '15:00', scheduleId: s.id });
  });

  it('refuses a weekly schedule without its weekday, in Vietnamese naming the field', async () => {
    const res = await chair().send('POST', api('activities/schedules'), {
      kindId: kinds.get('sinh-hoat-cong-doan'), title: 'Sinh hoạt', recurrence: 'weekly', monthDay: 25, validFrom: '2024-01-01',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('recurrence: Lịch hằng tuần cần thứ trong tuần; lịch hằng tháng cần ngày trong tháng');
  });

  it('edits and removes a schedule, keeping the activities it made', async () => {
    const s = await ok<ScheduleView>(await committee().send('POST', api('activities/schedules'), {
      kindId: kinds.get('sinh-hoat-cong-doan'), title: 'Sinh hoạt tổ', recurrence: 'monthly', monthDay: 31, validFrom: '2025-01-01', validTo: '2025-04-30',
    }));
    expect((await ok<GenerateResult>(await committee().send('POST', api(`activities/schedules/${s.id}/generate?year=2025`)))).created).toBe(4);
    await ok(await committee().send('PUT', api(`activities/schedules/${s.id}`), {
      kindId: kinds.get('sinh-hoat-cong-doan'), title: 'Sinh hoạt công đoàn', recurrence: 'monthly', monthDay: 31, validFrom: '2025-01-01',
    }));
    await ok(await committee().send('DELETE', api(`activities/schedules/${s.id}`)));
    const list = await ok<ActivityList>(await chair().get(api('activities?year=2025&kind=sinh-hoat-cong-doan')));
    expect(list.activities.map((a) => a.heldOn)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
  });
});

describe('attendance taken on a phone', () => {
  it('lists everyone expected as present by default, then saves the batch; sending it twice changes nothing', async () => {
    const a = await ok<ActivityView>(await chair().send('POST', api('activities'), activity({ heldOn: '2025-06-06', kindId: kinds.get('chu-nhat-xanh') })));
    const roster = await ok<RosterView>(await committee().get(api(`activities/${a.id}/attendance`)));
    expect(roster.entries).toHaveLength(30);
    expect(roster.entries.every((e) => e.status === 'present')).toBe(true);
    const body = { entries: [{ memberId: ids.HB03, status: 'excused', note: 'Đi công tác' }, { memberId: ids.HB10, status: 'absent' }] };
    const saved = await ok<RosterView>(await committee().send('PUT', api(`activities/${a.id}/attendance`), body));
    expect(saved.activity).toMatchObject({ attendanceTaken: true, present: 28, excused: 1, absent: 1 });
    const rows = () => t.handle.db.selectFrom('activity_attendance').select(['member_id', 'status', 'note']).where('activity_id', '=', a.id).orderBy('member_id').execute();
    const first = await rows();
    await ok(await committee().send('PUT', api(`activities/${a.id}/attendance`), body));
    expect(await rows()).toEqual(first);
    expect(first).toHaveLength(30);
  });

  it('refuses a man on the women’s roster, with his name and the date', async () => {
    const a = await ok<ActivityView>(await chair().send('POST', api('activities'), activity({
      kindId: kinds.get('nu-cong'), title: 'Gặp mặt 8/3', heldOn: '2025-03-08', audience: 'women',
    })));
    const roster = await ok<RosterView>(await chair().get(api(`activities/${a.id}/attendance`)));
    expect(roster.entries.map((e) => e.code).sort()).toEqual(['HB04', 'HB06', 'HB09', 'HB13', 'HB20', 'HB24', 'HB30']);
    const res = await chair().send('PUT', api(`activities/${a.id}/attendance`), { entries: [{ memberId: ids.HB08, status: 'present' }] });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('entries.0.memberId: Huỳnh Văn An không thuộc đối tượng tham gia hoạt động ngày 08/03/2025');
  });

  it('lists a tổ’s members only, and refuses a tổ of another union', async () => {
    const group = (await t.handle.db.selectFrom('organisations').select('id').where('code', '=', 'CDCS-HUONGBINH-T1').executeTakeFirstOrThrow()).id;
    const a = await ok<ActivityView>(await chair().send('POST', api('activities'), activity({ heldOn: '2025-05-25', audience: 'group', groupId: group })));
    const roster = await ok<RosterView>(await chair().get(api(`activities/${a.id}/attendance`)));
    expect(roster.entries.length).toBeGreaterThan(5);
    expect(roster.entries.every((e) => e.groupId === group)).toBe(true);
    const other = (await t.handle.db.selectFrom('organisations').select('id').where('code', '=', 'CDCS-MAYHUONGSON-T1').executeTakeFirstOrThrow()).id;
    const res = await chair().send('POST', api('activities'), activity({ audience: 'group', groupId: other }));
    expect((await errorOf(res)).message).toBe('groupId: Không phải tổ công đoàn của công đoàn này');
  });

  it('refuses attendance of a cancelled or future activity, and cancelling one already taken', async () => {
    const a = await ok<ActivityView>(await chair().send('POST', api('activities'), activity({ heldOn: '2025-08-25' })));
    await ok(await chair().send('POST', api(`activities/${a.id}/cancel`), { cancelled: true }));
    expect((await errorOf(await chair().send('PUT', api(`activities/${a.id}/attendance`), { entries: [] }))).message).toBe('Hoạt động đã hủy: không điểm danh');
    const future = await ok<ActivityView>(await chair().send('POST', api('activities'), activity({ heldOn: '2099-01-01' })));
    expect((await chair().send('PUT', api(`activities/${future.id}/attendance`), { entries: [] })).status).toBe(400);
    const held = await ok<ActivityView>(await chair().send('POST', api('activities'), activity({ heldOn: '2025-09-25' })));
    await ok(await chair().send('PUT', api(`activities/${held.id}/attendance`), { entries: [] }));
    expect((await errorOf(await chair().send('POST', api(`activities/${held.id}/cancel`), { cancelled: true }))).message).toBe('cancelled: Hoạt động đã điểm danh, không hủy được');
  });

  it('answers 404 for another union’s activity', async () => {
    const a = await ok<ActivityView>(await chair().send('POST', api('activities'), activity({ heldOn: '2025-10-25' })));
    expect((await t.as('mayhuongson.chutich').get(api(`activities/${a.id}/attendance`, t.orgs.enterprise))).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').send('PUT', api(`activities/${a.id}/attendance`, t.orgs.enterprise), { entries: [] })).status).toBe(404);
  });
});

describe('the demo union’s 2023', () => {
  it('has Chủ nhật xanh every Friday from 3/2, two not held, and sinh hoạt in nine months of twelve', async () => {
    const rates = await ok<RatesView>(await treasurer().get(api('activities/rates?year=2023')));
    expect(rates.threshold).toBe(80);
    expect(rates.byKind.find((k) => k.kindCode === 'chu-nhat-xanh')).toMatchObject({ held: 46, cancelled: 2 });
    expect(rates.byKind.find((k) => k.kindCode === 'sinh-hoat-cong-doan')).toMatchObject({ held: 9, cancelled: 3 });
    expect(rates.byKind.find((k) => k.kindCode === 'nu-cong')).toMatchObject({ held: 2, expected: 14, present: 14 });
    const below = rates.belowThreshold.map((m) => m.code).sort();
    expect(below).toEqual(['HB03', 'HB10', 'HB21', 'HB29']);
  });

  it('lists members below a threshold the union sets', async () => {
    await ok(await chair().send('PUT', api('activities/settings'), { attendanceThreshold: 50 }));
    expect((await ok<RatesView>(await chair().get(api('activities/rates?year=2023')))).belowThreshold).toEqual([]);
    await ok(await chair().send('PUT', api('activities/settings'), { attendanceThreshold: 80 }));
  });

  it('recognises every family in 2023; a mark changes the grid; a member of another union is refused', async () => {
    const grid = await ok<CulturalFamilyGrid>(await treasurer().get(api('cultural-families/2023')));
    expect(grid).toMatchObject({ recognised: 30, total: 30 });
    const draft = await ok<AnnualDraftView>(await chair().get(api('reports/annual/2023')));
    expect(draft.figures['giaDinhVanHoa.tyLe']?.text).toBe('100%');
    expect(draft.figures['hoatDong.chuNhatXanhSoBuoi']?.text).toBe('46');
    expect(draft.figures['hoatDong.soDoanVienDuoiNguong']?.text).toBe('04');
    const after = await ok<CulturalFamilyGrid>(await committee().send('PUT', api('cultural-families/2023'), { marks: [{ memberId: ids.HB08, recognised: false }] }));
    expect(after.recognised).toBe(29);
    const other = await t.handle.db.selectFrom('members').select('id').where('org_id', '=', t.orgs.enterprise).executeTakeFirstOrThrow();
    const res = await committee().send('PUT', api('cultural-families/2023'), { marks: [{ memberId: other.id, recognised: true }] });
    expect((await errorOf(res)).message).toBe('marks.0.memberId: Đoàn viên này không sinh hoạt tại công đoàn trong năm 2023');
    expect((await treasurer().send('PUT', api('cultural-families/2023'), { marks: [] })).status).toBe(403);
  });
});
