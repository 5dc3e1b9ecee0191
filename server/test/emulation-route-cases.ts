import ExcelJS from 'exceljs';
import type { TestApp } from './test-app.ts';

// The emulation module's rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind.
// Each call makes what it acts on, so callers do not collide (a registration is made once per member, year and title).
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

async function memberId(t: TestApp, code: string): Promise<number> {
  return (await t.handle.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** A decision of the seed union for the decide routes (made directly in the database, once per call). */
async function decisionId(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('emulation_decisions').values({
    org_id: c.seed, number: `${c.seq()}/QĐ-THU`, issued_on: '2026-01-05', issuer: 'UBND xã Hương Bình', issuer_level: 'commune',
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** A registration of `code` for 2026 LĐTT, made afresh. */
async function registration(t: TestApp, c: Ctx, code: string): Promise<number> {
  const id = await memberId(t, code);
  await t.handle.db.deleteFrom('emulation_registrations').where('member_id', '=', id).where('year', '=', 2026).execute();
  return (await t.handle.db.insertInto('emulation_registrations').values({
    org_id: c.seed, member_id: id, year: 2026, title: 'ldtt', target_rating: null, registered_on: '2026-01-10',
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** A one-row emulation sheet for `code` (checked only: the import routes run as dry runs). */
async function emulationSheet(t: TestApp, code: string): Promise<Buffer> {
  const m = await t.handle.db.selectFrom('members').select('full_name').where('code', '=', code).executeTakeFirstOrThrow();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thi đua');
  ws.addRow(['Mã đoàn viên', 'Họ và tên', 'Đăng ký', 'Xếp loại', 'Kết quả']);
  ws.addRow([code, m.full_name, 'LĐTT', 'HTTNV', null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function emulationRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write, chairOnly, chairOrOfficer, upperOfficerOnly, ownOnly }: {
    read: Expect<W>; write: Expect<W>; chairOnly: Expect<W>; chairOrOfficer: Expect<W>; upperOfficerOnly: Expect<W>; ownOnly: Expect<W>;
  },
): Case<W>[] {
  const ownToo = { ...write, member: 200 };
  const base = (c: Ctx) => `/api/orgs/${c.seed}/emulation`;
  return [
    { name: 'GET /orgs/{id}/emulation/{year}', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2023`) },
    { name: 'GET /me/emulation/{year}', expect: ownOnly, call: (t, u) => t.as(u).get('/api/me/emulation/2023') },
    { name: 'POST /orgs/{id}/emulation/movements', expect: write,
      call: (t, u, c) => t.as(u).send('POST', `${base(c)}/movements`, { year: 2026, name: 'Phong trào thử quyền', launchedOn: '2026-01-05' }) },
    { name: 'POST /orgs/{id}/emulation/registrations (someone else)', expect: write,
      call: async (t, u, c) => {
        const id = await memberId(t, 'HB12');
        await t.handle.db.deleteFrom('emulation_registrations').where('member_id', '=', id).where('year', '=', 2026).execute();
        return t.as(u).send('POST', `${base(c)}/registrations`, { year: 2026, memberId: id, title: 'ldtt' });
      } },
    { name: 'POST /orgs/{id}/emulation/registrations (the member themselves)', expect: ownToo,
      call: async (t, u, c) => {
        const id = await memberId(t, 'HB08');
        await t.handle.db.deleteFrom('emulation_registrations').where('member_id', '=', id).where('year', '=', 2026).execute();
        return t.as(u).send('POST', `${base(c)}/registrations`, { year: 2026, memberId: id, title: 'ldtt' });
      } },
    { name: 'DELETE /orgs/{id}/emulation/registrations/{registrationId} (someone else\'s)', expect: write,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/registrations/${await registration(t, c, 'HB12')}`) },
    { name: 'DELETE /orgs/{id}/emulation/registrations/{registrationId} (the member\'s own)', expect: ownToo,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/registrations/${await registration(t, c, 'HB08')}`) },
    { name: 'POST /orgs/{id}/emulation/collective-registrations', expect: write,
      call: (t, u, c) => t.as(u).send('POST', `${base(c)}/collective-registrations`, { year: 2026, holder: 'union', goal: `Mục tiêu thử ${c.seq()}` }) },
    { name: 'POST /orgs/{id}/emulation/decisions', expect: chairOrOfficer,
      call: (t, u, c) => t.as(u).send('POST', `${base(c)}/decisions`, {
        number: `${c.seq()}/QĐ-LĐLĐ`, issuedOn: '2026-01-05', issuer: 'LĐLĐ thành phố Huế', issuerLevel: 'province',
      }) },
    { name: 'POST /orgs/{id}/emulation/ratings', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/ratings`, { year: 2025, memberId: await memberId(t, 'HB12'), grade: 'httnv' }) },
    { name: 'POST /orgs/{id}/emulation/disciplines', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/disciplines`, { memberId: await memberId(t, 'HB12'), form: 'reprimand', decidedOn: '2025-05-05' }) },
    { name: 'POST /orgs/{id}/emulation/initiatives', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/initiatives`, { year: 2025, title: 'Sáng kiến thử quyền', authorIds: [await memberId(t, 'HB12')] }) },
    { name: 'POST /orgs/{id}/emulation/results', expect: write,
      call: async (t, u, c) => {
        const id = await memberId(t, 'HB12');
        await t.handle.db.deleteFrom('emulation_results').where('member_id', '=', id).where('year', '=', 2025).execute();
        return t.as(u).send('POST', `${base(c)}/results`, { year: 2025, memberId: id, title: 'ldtt' });
      } },
    { name: 'POST /orgs/{id}/emulation/commendations', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/commendations`, {
        year: 2025, memberId: await memberId(t, 'HB12'), form: 'giay_khen', issuer: 'UBND xã Hương Bình', issuerLevel: 'commune',
      }) },
    { name: 'POST /orgs/{id}/emulation/collective-awards', expect: write,
      call: (t, u, c) => t.as(u).send('POST', `${base(c)}/collective-awards`, {
        year: 2025, holder: 'host', kind: 'title', name: `Danh hiệu thử ${c.seq()}`, issuer: 'UBND xã Hương Bình', issuerLevel: 'commune',
      }) },
    { name: 'POST /orgs/{id}/emulation/results/{resultId}/decide', expect: chairOnly,
      call: async (t, u, c) => {
        const id = await memberId(t, 'HB14');
        await t.handle.db.deleteFrom('emulation_results').where('member_id', '=', id).where('year', '=', 2025).execute();
        const row = await t.handle.db.insertInto('emulation_results').values({
          org_id: c.seed, member_id: id, year: 2025, title: 'ldtt', status: 'proposed', decision_id: null,
        }).returning('id').executeTakeFirstOrThrow();
        return t.as(u).send('POST', `${base(c)}/results/${row.id}/decide`, { decisionId: await decisionId(t, c) });
      } },
    { name: 'POST /orgs/{id}/emulation/commendations/{commendationId}/decide', expect: chairOnly,
      call: async (t, u, c) => {
        const row = await t.handle.db.insertInto('commendations').values({
          org_id: c.seed, year: 2025, member_id: await memberId(t, 'HB14'), collective_name: null, form: 'giay_khen', issuer: 'UBND xã Hương Bình',
          issuer_level: 'commune', reason: null, status: 'proposed', decision_id: null, cash_amount: null,
        }).returning('id').executeTakeFirstOrThrow();
        return t.as(u).send('POST', `${base(c)}/commendations/${row.id}/decide`, { decisionId: await decisionId(t, c) });
      } },
    { name: 'POST /orgs/{id}/emulation/collective-awards/{awardId}/decide', expect: chairOnly,
      call: async (t, u, c) => {
        const row = await t.handle.db.insertInto('collective_awards').values({
          org_id: c.seed, year: 2025, holder: 'union', kind: 'title', name: `Tập thể thử ${c.seq()}`, prize_rank: null,
          issuer: 'LĐLĐ thành phố Huế', issuer_level: 'province', status: 'proposed', decision_id: null,
        }).returning('id').executeTakeFirstOrThrow();
        return t.as(u).send('POST', `${base(c)}/collective-awards/${row.id}/decide`, { decisionId: await decisionId(t, c) });
      } },
    { name: 'GET /orgs/{id}/emulation/{year}/judging', expect: read,
      call: (t, u, c) => t.as(u).get(`${base(c)}/2023/judging?asOf=2023-12-31&meetingOn=2023-12-15`) },
    { name: 'PUT /orgs/{id}/emulation/results/{resultId}/cash', expect: chairOnly,
      call: async (t, u, c) => {
        const row = await t.handle.db.selectFrom('emulation_results').select('id').where('org_id', '=', c.seed).where('year', '=', 2023)
          .where('title', '=', 'ldtt').orderBy('id').executeTakeFirstOrThrow();
        return t.as(u).send('PUT', `${base(c)}/results/${row.id}/cash`, { cashAmount: 540_000, reason: 'Thử quyền sửa tiền thưởng' });
      } },
    { name: 'PUT /orgs/{id}/emulation/commendations/{commendationId}/cash', expect: chairOnly,
      call: async (t, u, c) => {
        const row = await t.handle.db.selectFrom('commendations').select('id').where('org_id', '=', c.seed).where('year', '=', 2023)
          .orderBy('id').executeTakeFirstOrThrow();
        return t.as(u).send('PUT', `${base(c)}/commendations/${row.id}/cash`, { cashAmount: 450_000, reason: 'Thử quyền sửa tiền thưởng' });
      } },
    { name: 'GET /orgs/{id}/emulation/{year}/template.xlsx', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2026/template.xlsx`) },
    { name: 'GET /orgs/{id}/emulation/{year}/summary.xlsx', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2023/summary.xlsx`) },
    { name: 'POST /orgs/{id}/emulation/{year}/import', expect: write,
      call: async (t, u, c) => t.as(u).upload(`${base(c)}/2026/import?dryRun=true`, await emulationSheet(t, 'HB12')) },
    { name: 'PUT /orgs/{id}/emulation/{year}/classification', expect: write,
      call: (t, u, c) => t.as(u).send('PUT', `${base(c)}/2025/classification`, { selfGrade: 'htxsnv' }) },
    { name: 'POST /orgs/{id}/emulation/{year}/classification/decide', expect: chairOrOfficer,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/2025/classification/decide`, { grade: 'httnv', decisionId: await decisionId(t, c) }) },
    { name: 'GET /orgs/{id}/emulation/{year}/classification/form', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2023/classification/form`) },
    { name: 'PUT /orgs/{id}/emulation/{year}/classification/scores', expect: write,
      call: (t, u, c) => t.as(u).send('PUT', `${base(c)}/2025/classification/scores`, { scores: [{ indicator: '1.2', points: 8, evidence: 'Thử quyền' }] }) },
    { name: 'GET /orgs/{id}/classification-thresholds', expect: read, call: (t, u, c) => t.as(u).get(`/api/orgs/${c.seed}/classification-thresholds`) },
    { name: 'POST /orgs/{id}/classification-thresholds (the union\'s upper level)', expect: upperOfficerOnly,
      call: async (t, u, c) => {
        const { parent_id: parentId } = await t.handle.db.selectFrom('org_versions').select('parent_id')
          .where('org_id', '=', c.seed).where('valid_to', 'is', null).executeTakeFirstOrThrow();
        return t.as(u).send('POST', `/api/orgs/${parentId}/classification-thresholds`, {
          validFrom: '2031-01-01', htxsnvMin: 92, httnvMin: 75, htnvMin: 55, note: 'Hướng dẫn thử quyền',
        });
      } },
  ];
}
