import type { TestApp } from './test-app.ts';

// The safety and dispute rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind.
// Each call makes the record it edits or deletes, so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export const inspectionBody = { inspectedOn: '2026-05-12', area: 'Xưởng may 1', findings: 'Máy may thiếu tấm che kim', hazardsFound: 1 };
export const accidentBody = { occurredOn: '2026-03-16', personName: 'Nguyễn Văn Thử', severity: 'minor', cause: 'Kim máy may đâm vào tay', daysLost: 2 };
export const disputeBody = {
  startedOn: '2025-08-04', endedOn: '2025-08-22', kind: 'individual', workersInvolved: 1, demands: 'Trả đủ tiền làm thêm giờ', status: 'resolved',
};

async function memberOf(t: TestApp, orgId: number): Promise<number> {
  return (await t.handle.db.selectFrom('members').select('id').where('org_id', '=', orgId).orderBy('id').executeTakeFirstOrThrow()).id;
}

export async function officerBody(t: TestApp, orgId: number) {
  return { memberId: await memberOf(t, orgId), area: 'Tổ Xưởng may 1', appointedOn: '2025-03-01' };
}

export function safetyRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write }: { read: Expect<W>; write: Expect<W> },
): Case<W>[] {
  const kinds: { path: string; body: (t: TestApp, c: Ctx) => Promise<Record<string, unknown>> }[] = [
    { path: 'safety/officers', body: (t, c) => officerBody(t, c.seed) },
    { path: 'safety/inspections', body: async () => inspectionBody },
    { path: 'safety/accidents', body: async () => accidentBody },
    { path: 'disputes', body: async () => disputeBody },
  ];
  /** A record made by the chairperson for one call. */
  const made = async (t: TestApp, c: Ctx, path: string, body: Record<string, unknown>) =>
    ((await (await t.as('huongbinh.chutich').send('POST', `/api/orgs/${c.seed}/${path}`, body)).json()) as { id: number }).id;
  return [
    { name: 'GET /orgs/{id}/safety', expect: read, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/safety?year=2026`) },
    ...kinds.flatMap(({ path, body }): Case<W>[] => [
      { name: `POST /orgs/{id}/${path}`, expect: write, call: async (t, u, c) => t.as(u).send('POST', `/api/orgs/${c.seed}/${path}`, await body(t, c)) },
      { name: `PUT /orgs/{id}/${path}/{recordId}`, expect: write,
        call: async (t, u, c) => {
          const b = await body(t, c);
          return t.as(u).send('PUT', `/api/orgs/${c.seed}/${path}/${await made(t, c, path, b)}`, b);
        } },
      { name: `DELETE /orgs/{id}/${path}/{recordId}`, expect: write,
        call: async (t, u, c) => t.as(u).send('DELETE', `/api/orgs/${c.seed}/${path}/${await made(t, c, path, await body(t, c))}`) },
    ]),
  ];
}
