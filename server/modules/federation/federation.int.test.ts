import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { SubordinateRow, SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import type { OrgTreeNode } from '../../../shared/contracts/orgs.contract.ts';
import type { ReportVersionView } from '../../../shared/contracts/reports.contract.ts';
import { todayIso } from '../../../shared/vi/dates.ts';
import { finaliseConfirmed } from '../../test/report-finalise.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const subordinates = async (user: string, orgId: number, query = '') => {
  const res = await t.as(user).get(`/api/orgs/${orgId}/subordinates${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SubordinatesView;
};
const byCode = (view: SubordinatesView) => new Map(view.rows.map((r) => [r.code, r]));
/** code → [parent code, depth] */
const shape = (view: SubordinatesView, codeOf: (id: number | null) => string | undefined) =>
  Object.fromEntries(view.rows.map((r) => [r.code, [codeOf(r.parentId), r.depth]]));

describe("an upper level's unions on a date", () => {
  const codeOf = (id: number | null) => Object.entries(t.orgs).find(([, v]) => v === id)?.[0];

  it('on 31/12/2023 the city federation has the district federation, with the seed and garment unions under it', async () => {
    const view = await subordinates('tinh.canbo', t.orgs.province, '?date=2023-12-31');
    expect(view).toMatchObject({ orgId: t.orgs.province, asOf: '2023-12-31', year: 2023 });
    expect(shape(view, codeOf)).toEqual({
      'LDLD-HUONGTRA': ['province', 1],
      'CDCS-HUONGBINH': ['district', 2],
      'CDCS-MAYHUONGSON': ['district', 2],
    });
    const rows = byCode(view);
    // Names of the date; the ward union did not exist yet; tổ công đoàn are not listed.
    expect(rows.get('LDLD-HUONGTRA')).toMatchObject({ name: 'Liên đoàn Lao động thị xã Hương Trà', isUpperLevel: true, members: 0, report: null });
    expect(rows.get('CDCS-HUONGBINH')).toMatchObject({ isUpperLevel: false, members: 30, women: 7, suspended: 0 });
    // 60 members today, 10 of whom (07 women) were admitted after 2023, in the recruitment drive of 2025–2026.
    expect(rows.get('CDCS-MAYHUONGSON')).toMatchObject({ isUpperLevel: false, members: 45, women: 32 });
    expect(rows.get('CDCS-HUONGBINH')!.report!.state).toBe('draft');
    expect(rows.get('CDCS-MAYHUONGSON')!.report!.state).toBe('not_started');
  });

  it('today the district federation has ended: the seed union hangs under the city, the garment union under the ward union', async () => {
    const view = await subordinates('tinh.canbo', t.orgs.province);
    expect(view.asOf).toBe(todayIso());
    expect(shape(view, codeOf)).toEqual({
      'LDLD-HUONGTRA': ['province', 1],
      'CD-PHUONG-HUONGSON': ['province', 1],
      'CDCS-HUONGBINH': ['province', 1],
      'CDCS-MAYHUONGSON': ['ward', 2],
    });
    const rows = byCode(view);
    expect(rows.get('LDLD-HUONGTRA')!.endedOn).toBe('2025-07-01');
    expect(rows.get('CDCS-MAYHUONGSON')).toMatchObject({ members: 60, women: 42 });
    expect(rows.get('CDCS-HUONGBINH')).toMatchObject({ members: 30, women: 7 });
  });

  it("gives the ward union's officer the garment union under it today, and the year asked for its report", async () => {
    const view = await subordinates('phuong.canbo', t.orgs.ward, `?date=${todayIso()}&year=2023`);
    expect(view.year).toBe(2023);
    expect(view.rows.map((r) => [r.code, r.depth, r.members, r.women])).toEqual([['CDCS-MAYHUONGSON', 1, 60, 42]]);
  });

  it('reports the annual report status of the year: draft, finalised with its number, submitted with its date', async () => {
    const seedReport = async () => byCode(await subordinates('tinh.canbo', t.orgs.province, '?date=2023-12-31&year=2023')).get('CDCS-HUONGBINH')!.report!;
    expect(await seedReport()).toMatchObject({ state: 'draft', version: null, submittedAt: null });
    expect((await subordinates('tinh.canbo', t.orgs.province, '?date=2023-12-31&year=2024')).rows.find((r) => r.code === 'CDCS-HUONGBINH')!.report!.state)
      .toBe('not_started');

    const chair = t.as('huongbinh.chutich');
    const finalised = await finaliseConfirmed(chair, t.orgs.seed, 2023);
    expect(finalised.status).toBe(200);
    const version = (await finalised.json()) as ReportVersionView;
    expect(await seedReport()).toMatchObject({ state: 'finalised', version: 1, number: version.number, issuedOn: version.issuedOn, submittedAt: null });

    expect((await chair.send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${version.id}/submit`)).status).toBe(200);
    const submitted = await seedReport();
    expect(submitted.state).toBe('submitted');
    expect(submitted.submittedAt).not.toBeNull();
  });

  it('leaves out what the caller may not see today, even where the tree of the date had it', async () => {
    // The ended district federation's officer: on 31/12/2023 both unions were under it, today neither is.
    const district = await subordinates('huongtra.canbo', t.orgs.district, '?date=2023-12-31');
    expect(district.rows).toEqual([]);
    // The ward union's officer sees the garment union in 2023's tree as a root of its own, not the district above it.
    const tree = (await (await t.as('phuong.canbo').get('/api/orgs/tree?date=2023-12-31')).json()) as OrgTreeNode[];
    const unions = tree.filter((n) => n.kind !== 'union_group');
    expect(unions.map((n) => [n.code, n.depth])).toEqual([['CDCS-MAYHUONGSON', 0]]);
    const cityTree = (await (await t.as('tinh.canbo').get('/api/orgs/tree?date=2023-12-31')).json()) as OrgTreeNode[];
    expect(cityTree.filter((n) => n.kind !== 'union_group').map((n) => [n.code, n.depth])).toEqual(expect.arrayContaining([
      ['LDLD-HUE', 0], ['LDLD-HUONGTRA', 1], ['CDCS-HUONGBINH', 2], ['CDCS-MAYHUONGSON', 2],
    ]));
    expect(cityTree.map((n) => n.code)).not.toContain('CD-PHUONG-HUONGSON');
    expect(cityTree.find((n) => n.code === 'LDLD-HUE')!.name).toBe('Liên đoàn Lao động tỉnh Thừa Thiên Huế');
  });

  it('a grassroots union has no unions below it (its tổ are not listed)', async () => {
    const view = await subordinates('tinh.canbo', t.orgs.seed);
    expect(view.rows).toEqual([] satisfies SubordinateRow[]);
    expect(view.totals).toMatchObject({ unions: 0, members: 0 });
  });

  it('an officer sees every union under them and none elsewhere', async () => {
    // A second ward union under the city, with a union of its own.
    const admin = t.as('admin');
    const created = async (body: object) => ((await (await admin.send('POST', '/api/orgs', { establishedOn: '2025-07-01', ...body })).json()) as { id: number }).id;
    const ward2 = await created({ code: 'CD-PHUONG-2', name: 'Công đoàn phường Hương Văn', shortName: 'CĐ phường Hương Văn', kind: 'commune_union', parentId: t.orgs.province });
    const union2 = await created({ code: 'CDCS-HUONGVAN', name: 'CĐCS cơ quan phường Hương Văn', shortName: 'CĐCS Hương Văn', kind: 'agency', parentId: ward2 });

    const city = await subordinates('tinh.canbo', t.orgs.province);
    expect(city.rows.map((r) => r.id).sort()).toEqual([t.orgs.district, t.orgs.ward, t.orgs.seed, t.orgs.enterprise, ward2, union2].sort());
    expect(city.totals.unions).toBe(3);
    expect(city.byUpperLevel[String(ward2)]).toMatchObject({ unions: 1 });
    const ward = await subordinates('phuong.canbo', t.orgs.ward);
    expect(ward.rows.map((r) => r.id)).toEqual([t.orgs.enterprise]);
    expect(ward.totals.unions).toBe(1);
    // Another ward's union and the city above: not theirs, not even named.
    expect((await t.as('phuong.canbo').get(`/api/orgs/${ward2}/subordinates`)).status).toBe(404);
    expect((await t.as('phuong.canbo').get(`/api/orgs/${t.orgs.province}/rollup.xlsx`)).status).toBe(404);
    expect((await subordinates('tinh.canbo', ward2)).rows.map((r) => r.id)).toEqual([union2]);
  });
});

describe('who may ask', () => {
  it('refuses a chairperson the federation view and its files, even the chairperson of the ward union, saying why', async () => {
    const refused = async (user: string, orgId: number) => {
      for (const path of ['subordinates', 'rollup.xlsx', 'rollup.docx']) {
        const res = await t.as(user).get(`/api/orgs/${orgId}/${path}`);
        expect(res.status, `${user} ${path}`).toBe(403);
        expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
          'Chỉ cán bộ công đoàn cấp trên được xem số liệu tổng hợp các công đoàn trực thuộc');
      }
    };
    await refused('huongbinh.chutich', t.orgs.seed);
    await refused('huongbinh.uyvien', t.orgs.seed);
    const user = await t.handle.db.selectFrom('users').select('id').where('username', '=', 'mayhuongson.chutich').executeTakeFirstOrThrow();
    await t.handle.db.insertInto('role_assignments').values({ user_id: user.id, org_id: t.orgs.ward, role: 'chair' }).execute();
    try {
      await refused('mayhuongson.chutich', t.orgs.ward);
      expect((await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.province}/subordinates`)).status).toBe(404);
    } finally {
      await t.handle.db.deleteFrom('role_assignments').where('user_id', '=', user.id).where('org_id', '=', t.orgs.ward).execute();
    }
  });

  it('refuses a union chair, another officer and the member on the federation without revealing it', async () => {
    for (const user of ['huongbinh.chutich', 'mayhuongson.chutich', 'phuong.canbo', 'huongtra.canbo', 'huongbinh.doanvien']) {
      expect((await t.as(user).get(`/api/orgs/${t.orgs.province}/subordinates`)).status, user).toBe(404);
    }
    expect((await t.as(null).get(`/api/orgs/${t.orgs.province}/subordinates`)).status).toBe(401);
    expect((await t.as('huongbinh.doanvien').get(`/api/orgs/${t.orgs.seed}/subordinates`)).status).toBe(403);
    expect((await t.as('admin').get(`/api/orgs/${t.orgs.province}/subordinates`)).status).toBe(200);
  });

  it('refuses a date that does not exist, a year out of range, and a date before the organisation existed', async () => {
    const officer = t.as('tinh.canbo');
    expect((await officer.get(`/api/orgs/${t.orgs.province}/subordinates?date=2023-02-31`)).status).toBe(400);
    expect((await officer.get(`/api/orgs/${t.orgs.province}/subordinates?year=1800`)).status).toBe(400);
    const early = await t.as('phuong.canbo').get(`/api/orgs/${t.orgs.ward}/subordinates?date=2023-12-31`);
    expect(early.status).toBe(404);
    expect(((await early.json()) as { error: { message: string } }).error.message).toContain('31/12/2023');
  });
});
