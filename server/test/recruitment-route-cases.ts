import type { TestApp } from './test-app.ts';

// The recruitment rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind. Each
// call that edits, links, withdraws or deletes makes its own prospect, so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export const prospectBody = {
  fullName: 'Nguyễn Thị Tiếp Cận', team: 'Xưởng may 1 – chuyền 1', phone: '0905 123 456', consentOn: '2026-03-02', status: 'contacted',
  lastContactOn: '2026-03-10', note: 'Hẹn trao đổi thêm sau ca làm',
};

export function recruitmentRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write }: { read: Expect<W>; write: Expect<W> },
): Case<W>[] {
  const path = (c: Ctx, rest = '') => `/api/orgs/${c.seed}/recruitment${rest}`;
  /** A prospect made by the chairperson for one call. */
  const made = async (t: TestApp, c: Ctx) =>
    ((await (await t.as('huongbinh.chutich').send('POST', path(c, '/prospects'), prospectBody)).json()) as { id: number }).id;
  /** A member of the union no prospect is linked to yet. */
  const freshMember = async (t: TestApp, c: Ctx) => {
    const res = await t.as('huongbinh.chutich').send('POST', `/api/orgs/${c.seed}/members`, {
      code: `PT${c.seq()}`, fullName: 'Nguyễn Thị Tiếp Cận', sex: 'female', category: 'can_bo_cong_chuc', joinedOn: '2026-04-01',
    });
    return ((await res.json()) as { id: number }).id;
  };
  return [
    { name: 'GET /orgs/{id}/recruitment', expect: read, call: (t, u, c) => t.as(u).get(`${path(c)}?year=2026`) },
    { name: 'PUT /orgs/{id}/recruitment/targets/{year}', expect: write,
      call: (t, u, c) => t.as(u).send('PUT', path(c, '/targets/2026'), { newMembers: 5, note: null }) },
    { name: 'GET /orgs/{id}/recruitment/prospects', expect: read, call: (t, u, c) => t.as(u).get(path(c, '/prospects')) },
    { name: 'POST /orgs/{id}/recruitment/prospects', expect: write, call: (t, u, c) => t.as(u).send('POST', path(c, '/prospects'), prospectBody) },
    { name: 'PUT /orgs/{id}/recruitment/prospects/{prospectId}', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', path(c, `/prospects/${await made(t, c)}`), { ...prospectBody, status: 'declined' }) },
    { name: 'DELETE /orgs/{id}/recruitment/prospects/{prospectId}', expect: write,
      call: async (t, u, c) => t.as(u).send('DELETE', path(c, `/prospects/${await made(t, c)}`)) },
    { name: 'POST /orgs/{id}/recruitment/prospects/{prospectId}/joined', expect: write,
      call: async (t, u, c) => {
        const [id, memberId] = [await made(t, c), await freshMember(t, c)];
        return t.as(u).send('POST', path(c, `/prospects/${id}/joined`), { memberId });
      } },
    { name: 'POST /orgs/{id}/recruitment/prospects/{prospectId}/withdrawal', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', path(c, `/prospects/${await made(t, c)}/withdrawal`), { withdrawnOn: '2026-04-01' }) },
  ];
}
