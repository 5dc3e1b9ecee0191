import type { TestApp } from './test-app.ts';

// The dialogue rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind.
// Each call makes the meeting or issue it edits or deletes, so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

export const meetingBody = {
  kind: 'periodic', heldOn: '2026-06-19', employerParticipants: 'Giám đốc, Trưởng phòng Nhân sự', workerRepsExpected: 7, workerRepsPresent: 6,
  headcount: 415, publishedOn: '2026-06-23',
};
export const issueBody = { raisedBy: 'Tổ Xưởng may 1', issue: 'Đề nghị bổ sung nước uống mát tại xưởng', status: 'open', owner: 'Phòng Hành chính', dueOn: '2026-08-31' };

export function dialogueRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write }: { read: Expect<W>; write: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}/dialogue`;
  /** A meeting (and an issue of it) made by the chairperson for one call. */
  const meeting = async (t: TestApp, c: Ctx) =>
    ((await (await t.as('huongbinh.chutich').send('POST', `${base(c)}/meetings`, meetingBody)).json()) as { id: number }).id;
  const issue = async (t: TestApp, c: Ctx) => {
    const m = await meeting(t, c);
    const view = (await (await t.as('huongbinh.chutich').send('POST', `${base(c)}/meetings/${m}/issues`, issueBody)).json()) as { issues: { id: number }[] };
    return { m, i: view.issues[0].id };
  };
  return [
    { name: 'GET /orgs/{id}/dialogue', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}?year=2026`) },
    { name: 'GET /orgs/{id}/dialogue/flags', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/flags?year=2026`) },
    { name: 'POST /orgs/{id}/dialogue/meetings', expect: write, call: (t, u, c) => t.as(u).send('POST', `${base(c)}/meetings`, meetingBody) },
    { name: 'PUT /orgs/{id}/dialogue/meetings/{meetingId}', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/meetings/${await meeting(t, c)}`, meetingBody) },
    { name: 'DELETE /orgs/{id}/dialogue/meetings/{meetingId}', expect: write,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/meetings/${await meeting(t, c)}`) },
    { name: 'POST /orgs/{id}/dialogue/meetings/{meetingId}/issues', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/meetings/${await meeting(t, c)}/issues`, issueBody) },
    { name: 'PUT /orgs/{id}/dialogue/meetings/{meetingId}/issues/{issueId}', expect: write,
      call: async (t, u, c) => {
        const { m, i } = await issue(t, c);
        return t.as(u).send('PUT', `${base(c)}/meetings/${m}/issues/${i}`, issueBody);
      } },
    { name: 'DELETE /orgs/{id}/dialogue/meetings/{meetingId}/issues/{issueId}', expect: write,
      call: async (t, u, c) => {
        const { m, i } = await issue(t, c);
        return t.as(u).send('DELETE', `${base(c)}/meetings/${m}/issues/${i}`);
      } },
  ];
}
