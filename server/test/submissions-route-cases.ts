import type { TestApp } from './test-app.ts';
import { finaliseConfirmed } from './report-finalise.ts';

// The submission inbox rows of the authorization matrix (authorization.int.test.ts): deadlines (set on the city
// federation above the seed union), the year's inbox, returning a report, the union's reminders. The return is tried
// on one submitted version of the seed union's 2023 report: every other caller is refused, the federation (last) returns it.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export function submissionsRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, officer, upper }: { read: Expect<W>; officer: Expect<W>; upper: Expect<W> },
): Case<W>[] {
  const deadline = (orgId: number) => `/api/orgs/${orgId}/reports/deadlines/2026`;
  const made = new WeakMap<TestApp, Promise<number>>();
  /** A version of the seed union's 2023 report, finalised and submitted by its chairperson once per app. */
  const submitted = (t: TestApp, c: Ctx) => {
    if (!made.has(t)) {
      made.set(t, submit(t, c));
    }
    return made.get(t)!;
  };
  const submit = async (t: TestApp, c: Ctx) => {
    const chair = t.as('huongbinh.chutich');
    const { id } = (await (await finaliseConfirmed(chair, c.seed, 2023)).json()) as { id: number };
    await chair.send('POST', `/api/orgs/${c.seed}/reports/versions/${id}/submit`);
    return id;
  };
  return [
    { name: 'GET /orgs/{id}/reports/deadlines/{year}', expect: read, call: (t, u, c) => t.as(u).get(deadline(c.seed)) },
    { name: 'PUT /orgs/{id}/reports/deadlines/{year}', expect: upper,
      call: (t, u) => t.as(u).send('PUT', deadline(t.orgs.province), { dueOn: '2026-12-15' }) },
    { name: 'DELETE /orgs/{id}/reports/deadlines/{year}', expect: upper,
      call: async (t, u) => {
        await t.as('tinh.canbo').send('PUT', deadline(t.orgs.province), { dueOn: '2026-12-15' });
        return t.as(u).send('DELETE', deadline(t.orgs.province));
      } },
    { name: 'GET /orgs/{id}/reports/inbox (per year)', expect: officer, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/reports/inbox?year=2026`) },
    { name: 'POST /orgs/{id}/reports/versions/{v}/return', expect: officer,
      call: async (t, u, c) => t.as(u).send('POST', `/api/orgs/${c.seed}/reports/versions/${await submitted(t, c)}/return`, {
        comment: 'Đề nghị bổ sung số liệu đoàn viên nữ',
      }) },
    { name: 'GET /orgs/{id}/reports/reminders', expect: read, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/reports/reminders?year=2026`) },
  ];
}
