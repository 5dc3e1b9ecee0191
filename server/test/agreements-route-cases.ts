import type { TestApp } from './test-app.ts';

// The bargaining and agreement rows of the authorization matrix (authorization.int.test.ts): every route, each caller
// kind. Each call makes the record it edits or deletes, so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export const roundBody = { heldOn: '2025-11-20', parties: 'Giám đốc công ty; Ban Chấp hành công đoàn', demands: 'Tăng tiền ăn giữa ca' };
export const agreementBody = {
  title: 'Thỏa ước thử', region: 'III', workersTotal: 100, votesFor: 60, votedOn: '2026-01-05', signedOn: '2026-01-06',
  effectiveFrom: '2026-01-06', expiresOn: '2027-01-05', sentToAuthorityOn: '2026-01-10',
  clauses: [{ topic: 'wage', text: 'Lương tối thiểu', betterThanLaw: true, legalReference: 'Nghị định 293/2025/NĐ-CP', value: 4_200_000, valueUnit: 'dong_month' }],
};

export function agreementRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write }: { read: Expect<W>; write: Expect<W> },
): Case<W>[] {
  const made = async (t: TestApp, c: Ctx, path: string, body: Record<string, unknown>) =>
    ((await (await t.as('huongbinh.chutich').send('POST', `/api/orgs/${c.seed}/${path}`, body)).json()) as { id: number }).id;
  const kinds = [{ path: 'agreements', param: 'agreementId', body: agreementBody }, { path: 'bargaining-rounds', param: 'roundId', body: roundBody }];
  return [
    { name: 'GET /orgs/{id}/agreements', expect: read, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/agreements`) },
    { name: 'GET /orgs/{id}/agreements/{agreementId}', expect: read,
      call: async (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/agreements/${await made(t, c, 'agreements', agreementBody)}`) },
    { name: 'GET /orgs/{id}/agreements/{agreementId}/docx', expect: read,
      call: async (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/agreements/${await made(t, c, 'agreements', agreementBody)}/docx`) },
    ...kinds.flatMap(({ path, param, body }): Case<W>[] => [
      { name: `POST /orgs/{id}/${path}`, expect: write, call: (t, u, c) => t.as(u).send('POST', `/api/orgs/${c.seed}/${path}`, body) },
      { name: `PUT /orgs/{id}/${path}/{${param}}`, expect: write,
        call: async (t, u, c) => t.as(u).send('PUT', `/api/orgs/${c.seed}/${path}/${await made(t, c, path, body)}`, body) },
      { name: `DELETE /orgs/{id}/${path}/{${param}}`, expect: write,
        call: async (t, u, c) => t.as(u).send('DELETE', `/api/orgs/${c.seed}/${path}/${await made(t, c, path, body)}`) },
    ]),
  ];
}
