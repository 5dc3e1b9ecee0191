import type { TestApp } from './test-app.ts';

// The statistical forms' rows of the authorization matrix (authorization.int.test.ts): read-only. Mẫu 1-HĐCĐ of the
// seed union as the workforce figures it is made from (workforce.read); Mẫu 2-HĐCĐ of the province, a roll-up of the
// unions below it, by its officers only (federation.read).
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export function statisticalFormRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, upper }: { read: Expect<W>; upper: Expect<W> },
): Case<W>[] {
  return [
    { name: 'GET /orgs/{id}/statistical-form', expect: read,
      call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/statistical-form?date=2025-11-30`) },
    { name: 'GET /orgs/{id}/statistical-form.xlsx', expect: read,
      call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/statistical-form.xlsx?date=2025-11-30`) },
    { name: 'GET /orgs/{id}/statistical-form (Mẫu 2-HĐCĐ of the province)', expect: upper,
      call: (t, u) => t.as(u).get(`/api/orgs/${t.orgs.province}/statistical-form?date=2025-11-30`) },
    { name: 'GET /orgs/{id}/statistical-form.xlsx (Mẫu 2-HĐCĐ of the province)', expect: upper,
      call: (t, u) => t.as(u).get(`/api/orgs/${t.orgs.province}/statistical-form.xlsx?date=2025-11-30`) },
  ];
}
