import type { TestApp } from './test-app.ts';

// The evaluation meeting's rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

/** The demo's 2023 meeting (its CSTĐCS passed, so its dossier can be generated). */
async function demoMeeting(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.selectFrom('emulation_meetings').select('id').where('org_id', '=', c.seed).where('year', '=', 2023)
    .executeTakeFirstOrThrow()).id;
}

const meetingBody = { year: 2025, heldOn: '2025-12-15', place: 'Hội trường xã', chairName: 'Trần Văn Hùng', secretaryName: 'Võ Thị Ánh', attendeeCount: 20 };

export function emulationMeetingRouteCases<W extends string>(
  { read, write, chairOnly }: { read: Expect<W>; write: Expect<W>; chairOnly: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}/emulation`;
  return [
    { name: 'GET /orgs/{id}/emulation/settings/vote-threshold', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/settings/vote-threshold`) },
    { name: 'PUT /orgs/{id}/emulation/settings/vote-threshold', expect: chairOnly,
      call: (t, u, c) => t.as(u).send('PUT', `${base(c)}/settings/vote-threshold`, { numerator: 1, denominator: 2, inclusive: false }) },
    { name: 'GET /orgs/{id}/emulation/{year}/meetings', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2023/meetings`) },
    { name: 'POST /orgs/{id}/emulation/meetings', expect: write, call: (t, u, c) => t.as(u).send('POST', `${base(c)}/meetings`, meetingBody) },
    { name: 'GET /orgs/{id}/emulation/meetings/{meetingId}', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/meetings/${await demoMeeting(t, c)}`) },
    { name: 'PUT /orgs/{id}/emulation/meetings/{meetingId}/votes', expect: write,
      call: async (t, u, c) => {
        const { id } = await t.handle.db.insertInto('emulation_meetings').values({
          org_id: c.seed, year: 2025, held_on: '2025-12-15', place: 'Hội trường xã', chair_name: 'Trần Văn Hùng', secretary_name: 'Võ Thị Ánh',
          members_total: null, attendee_count: 20, content: null, threshold_numerator: 1, threshold_denominator: 2, threshold_inclusive: false,
        }).returning('id').executeTakeFirstOrThrow();
        return t.as(u).send('PUT', `${base(c)}/meetings/${id}/votes`, { votes: [] });
      } },
    { name: 'GET /orgs/{id}/emulation/meetings/{meetingId}/minutes.docx', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/meetings/${await demoMeeting(t, c)}/minutes.docx`) },
    { name: 'GET /orgs/{id}/emulation/meetings/{meetingId}/dossier.zip', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/meetings/${await demoMeeting(t, c)}/dossier.zip?title=cstdcs`) },
    { name: 'GET /orgs/{id}/emulation/collective-awards/{awardId}/achievement-report.docx', expect: read,
      call: async (t, u, c) => {
        const award = await t.handle.db.selectFrom('collective_awards').select('id').where('org_id', '=', c.seed).where('year', '=', 2023)
          .where('kind', '=', 'title').executeTakeFirstOrThrow();
        return t.as(u).get(`${base(c)}/collective-awards/${award.id}/achievement-report.docx`);
      } },
    { name: 'GET /orgs/{id}/emulation/{year}/registrations.docx', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2023/registrations.docx`) },
  ];
}
