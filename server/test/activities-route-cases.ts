import type { TestApp } from './test-app.ts';

// The activities rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind. Each
// call makes what it acts on (a schedule, an activity of its own), so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

async function kindId(t: TestApp, code = 'sinh-hoat-cong-doan'): Promise<number> {
  return (await t.handle.db.selectFrom('activity_kinds').select('id').where('org_id', 'is', null).where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** A day of 2024 of its own for each call. */
const dayOf = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

async function schedule(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('activity_schedules').values({
    org_id: c.seed, kind_id: await kindId(t), title: 'Lịch thử quyền', recurrence: 'monthly', weekday: null, month_day: 10, start_time: null,
    valid_from: '2024-01-01', valid_to: null, place: null, audience: 'union', group_id: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

async function activity(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('activities').values({
    org_id: c.seed, kind_id: await kindId(t), title: 'Hoạt động thử quyền', held_on: dayOf(c.seq()), start_time: null, place: null,
    organiser_id: null, movement_id: null, audience: 'union', group_id: null, note: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export function activitiesRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write, ownOnly }: { read: Expect<W>; write: Expect<W>; ownOnly: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}/activities`;
  const activityBody = async (t: TestApp, c: Ctx) => ({ kindId: await kindId(t), title: 'Sinh hoạt thử quyền', heldOn: dayOf(c.seq()) });
  const scheduleBody = async (t: TestApp) => ({ kindId: await kindId(t, 'chu-nhat-xanh'), title: 'Chủ nhật xanh thử', recurrence: 'weekly', weekday: 5, validFrom: '2024-01-01' });
  return [
    { name: 'GET /orgs/{id}/activities/kinds', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/kinds`) },
    { name: 'POST /orgs/{id}/activities/kinds', expect: write,
      call: (t, u, c) => t.as(u).send('POST', `${base(c)}/kinds`, { code: `thu-quyen-${c.seq()}`, name: 'Loại thử quyền' }) },
    { name: 'GET /orgs/{id}/activities/settings', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/settings`) },
    { name: 'PUT /orgs/{id}/activities/settings', expect: write, call: (t, u, c) => t.as(u).send('PUT', `${base(c)}/settings`, { attendanceThreshold: 80 }) },
    { name: 'GET /orgs/{id}/activities/schedules', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/schedules`) },
    { name: 'POST /orgs/{id}/activities/schedules', expect: write, call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/schedules`, await scheduleBody(t)) },
    { name: 'PUT /orgs/{id}/activities/schedules/{scheduleId}', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/schedules/${await schedule(t, c)}`, await scheduleBody(t)) },
    { name: 'DELETE /orgs/{id}/activities/schedules/{scheduleId}', expect: write,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/schedules/${await schedule(t, c)}`) },
    { name: 'POST /orgs/{id}/activities/schedules/{scheduleId}/generate', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/schedules/${await schedule(t, c)}/generate?year=2024`) },
    { name: 'GET /orgs/{id}/activities/rates', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/rates?year=2023`) },
    { name: 'GET /orgs/{id}/activities', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}?year=2023`) },
    { name: 'POST /orgs/{id}/activities', expect: write, call: async (t, u, c) => t.as(u).send('POST', base(c), await activityBody(t, c)) },
    { name: 'PUT /orgs/{id}/activities/{activityId}', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/${await activity(t, c)}`, await activityBody(t, c)) },
    { name: 'POST /orgs/{id}/activities/{activityId}/cancel', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/${await activity(t, c)}/cancel`, { cancelled: true }) },
    { name: 'GET /orgs/{id}/activities/{activityId}/attendance', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/${await activity(t, c)}/attendance`) },
    { name: 'PUT /orgs/{id}/activities/{activityId}/attendance', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/${await activity(t, c)}/attendance`, { entries: [] }) },
    { name: 'GET /orgs/{id}/cultural-families/{year}', expect: read, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/cultural-families/2023`) },
    { name: 'PUT /orgs/{id}/cultural-families/{year}', expect: write,
      call: (t, u, c) => t.as(u).send('PUT', `/api/orgs/${c.seed}/cultural-families/2024`, { marks: [] }) },
    { name: 'GET /me/activities/{year}', expect: ownOnly, call: (t, u) => t.as(u).get('/api/me/activities/2023') },
  ];
}
