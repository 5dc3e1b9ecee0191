import ExcelJS from 'exceljs';
import type { TestApp } from './test-app.ts';

// The welfare and blood-donation rows of the authorization matrix (authorization.int.test.ts): every route, each
// caller kind. Each call makes what it acts on (a fund, a donation on a day of its own), so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

async function memberId(t: TestApp, c: Ctx, code: string): Promise<number> {
  return (await t.handle.db.selectFrom('members').select('id').where('org_id', '=', c.seed).where('code', '=', code).executeTakeFirstOrThrow()).id;
}

async function fund(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('funds').values({
    org_id: c.seed, code: `cham-lo-thu-quyen-${c.seq()}`, name: 'Quỹ chăm lo thử quyền', kind: 'other', opening_on: '2025-01-01', opening_balance: 0, monthly_amount: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** A day of 2024 of its own for each call (one donation per member and day). */
const dayOf = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export function financeWelfareRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, post, ownOnly }: { read: Expect<W>; post: Expect<W>; ownOnly: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}`;
  return [
    { name: 'GET /orgs/{id}/welfare/settings', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/welfare/settings`) },
    { name: 'PUT /orgs/{id}/welfare/settings', expect: post, call: (t, u, c) => t.as(u).send('PUT', `${base(c)}/welfare/settings`, { childAgeLimit: 15 }) },
    { name: 'POST /orgs/{id}/welfare/events/import (dry run)', expect: post,
      call: async (t, u, c) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Chăm lo').addRows([['Ngày', 'Loại', 'Quỹ', 'Mã đoàn viên', 'Số tiền', 'Nội dung'], ['05/03/2025', 'Ốm đau', 'Quỹ thử', 'HB12', 300_000, 'Thăm ốm']]);
        return t.as(u).upload(`${base(c)}/welfare/events/import?dryRun=true`, Buffer.from(await wb.xlsx.writeBuffer()));
      } },
    { name: 'GET /orgs/{id}/welfare/events', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/welfare/events?year=2025`) },
    { name: 'POST /orgs/{id}/welfare/events', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/welfare/events`, {
        kind: 'sickness', eventDate: '2025-03-10', description: 'Thăm hỏi thử quyền', fundId: await fund(t, c), amount: 100_000,
        beneficiaries: [{ memberId: await memberId(t, c, 'HB12'), amount: 100_000 }],
      }) },
    { name: 'GET /orgs/{id}/welfare/members/{m} (someone else)', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/welfare/members/${await memberId(t, c, 'HB12')}`) },
    { name: 'GET /orgs/{id}/welfare/members/{m} (the member themselves)', expect: { ...read, member: 200 },
      call: async (t, u, c) => t.as(u).get(`${base(c)}/welfare/members/${await memberId(t, c, 'HB08')}`) },
    { name: 'GET /me/welfare', expect: ownOnly, call: (t, u) => t.as(u).get('/api/me/welfare') },
    { name: 'GET /orgs/{id}/welfare/not-visited', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/welfare/not-visited?year=2025`) },
    { name: 'GET /orgs/{id}/welfare/children-turning', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/welfare/children-turning?year=2030`) },
    { name: 'GET /orgs/{id}/welfare/eligible-children', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/welfare/eligible-children?date=2025-06-01`) },
    { name: 'GET /orgs/{id}/blood-donations', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/blood-donations?year=2025`) },
    { name: 'POST /orgs/{id}/blood-donations', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/blood-donations`, {
        memberId: await memberId(t, c, 'HB20'), donatedOn: dayOf(c.seq()), place: 'Bệnh viện Trung ương Huế', volumeMl: 350,
      }) },
    { name: 'DELETE /orgs/{id}/blood-donations/{donationId}', expect: post,
      call: async (t, u, c) => {
        const { id } = await t.handle.db.insertInto('blood_donations').values({
          org_id: c.seed, member_id: await memberId(t, c, 'HB21'), donated_on: dayOf(c.seq()), place: 'Thử quyền', volume_ml: 250, recorded_by: null,
        }).returning('id').executeTakeFirstOrThrow();
        return t.as(u).send('DELETE', `${base(c)}/blood-donations/${id}`);
      } },
    { name: 'PUT /orgs/{id}/blood-donations/prior-counts/{m}', expect: post,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/blood-donations/prior-counts/${await memberId(t, c, 'HB22')}`, { count: 2, countedBefore: '2020-01-01' }) },
  ];
}
