import type { TestApp } from './test-app.ts';

// The plan-target rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind. Each
// call makes what it acts on (a target, a reading, a movement), so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export const targetBody = (n: number) => ({
  statement: `Chỉ tiêu thử quyền số ${n}`, measure: 'manual', targetMin: 4, targetMax: 5, unit: 'rank', lowerIsBetter: true,
});

const YEAR = 2026;

async function targetId(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('plan_targets').values({
    org_id: c.seed, year: YEAR, position: 900, statement: `Chỉ tiêu thử quyền ${c.seq()}`, movement_id: null, measure: 'manual',
    params: '{}', target_min: 4, target_max: 5, unit: 'rank', lower_is_better: true, created_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

async function readingOf(t: TestApp, c: Ctx): Promise<[number, number]> {
  const target = await targetId(t, c);
  const { id } = await t.handle.db.insertInto('plan_target_readings').values({
    org_id: c.seed, target_id: target, recorded_on: `${YEAR}-03-01`, value: 5, evidence: 'Minh chứng thử quyền', attachment_id: null, recorded_by: null,
  }).returning('id').executeTakeFirstOrThrow();
  return [target, id];
}

async function movementId(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('emulation_movements').values({
    org_id: c.seed, year: YEAR, name: `Phong trào thử quyền ${c.seq()}`, launched_on: `${YEAR}-01-05`, content: null,
    targets: JSON.stringify([`Chỉ tiêu phong trào thử quyền ${c.seq()}`]),
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export function planRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write }: { read: Expect<W>; write: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}/plans/${YEAR}/targets`;
  return [
    { name: 'GET /orgs/{id}/plans/{year}/targets', expect: read, call: (t, u, c) => t.as(u).get(base(c)) },
    { name: 'POST /orgs/{id}/plans/{year}/targets', expect: write, call: (t, u, c) => t.as(u).send('POST', base(c), targetBody(c.seq())) },
    { name: 'POST /orgs/{id}/plans/{year}/targets/import', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/import`, { movementId: await movementId(t, c) }) },
    { name: 'POST /orgs/{id}/plans/{year}/targets/order', expect: write,
      call: async (t, u, c) => {
        const ids = (await t.handle.db.selectFrom('plan_targets').select('id').where('org_id', '=', c.seed).where('year', '=', YEAR).orderBy('id', 'desc').execute()).map((r) => r.id);
        return t.as(u).send('POST', `${base(c)}/order`, { targetIds: ids });
      } },
    { name: 'PUT /orgs/{id}/plans/{year}/targets/{targetId}', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/${await targetId(t, c)}`, targetBody(c.seq())) },
    { name: 'DELETE /orgs/{id}/plans/{year}/targets/{targetId}', expect: write,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/${await targetId(t, c)}`) },
    { name: 'POST /orgs/{id}/plans/{year}/targets/{targetId}/readings', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/${await targetId(t, c)}/readings`, { recordedOn: `${YEAR}-06-30`, value: 5, evidence: 'Thông báo xếp hạng thử quyền' }) },
    { name: 'DELETE /orgs/{id}/plans/{year}/targets/{targetId}/readings/{readingId}', expect: write,
      call: async (t, u, c) => {
        const [target, reading] = await readingOf(t, c);
        return t.as(u).send('DELETE', `${base(c)}/${target}/readings/${reading}`);
      } },
  ];
}
