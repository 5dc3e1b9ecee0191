import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { OrgKindView, OrgView } from '../../../shared/contracts/orgs.contract.ts';
import { CODE_TAKEN } from './orgs.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const body = async <T>(res: Response) => (await res.json()) as T;
const message = async (res: Response) => (await body<{ error: { message: string } }>(res)).error.message;
const group = (code: string, parentId: number, extra: Record<string, unknown> = {}) => ({
  code, name: `Tổ công đoàn ${code}`, shortName: `Tổ ${code}`, kind: 'union_group', parentId, establishedOn: '2026-01-01', ...extra,
});

describe('organisations created from the app', () => {
  it('lists the kinds of organisation for the pickers', async () => {
    const res = await t.as('huongbinh.chutich').get('/api/org-kinds');
    expect(res.status).toBe(200);
    const kinds = await body<OrgKindView[]>(res);
    expect(kinds.find((k) => k.code === 'union_group')).toMatchObject({ name: 'Tổ công đoàn', isUpperLevel: false });
    expect(kinds.find((k) => k.code === 'provincial_federation')?.isUpperLevel).toBe(true);
    expect((await t.as(null).get('/api/org-kinds')).status).toBe(401);
  });

  it('creates a top-level organisation for administrators only', async () => {
    const top = {
      code: 'LDLD-DANANG', name: 'Liên đoàn Lao động thành phố Đà Nẵng', shortName: 'LĐLĐ thành phố Đà Nẵng',
      kind: 'provincial_federation', parentId: null, establishedOn: '1975-04-01', establishedDecision: '01/QĐ-TLĐ',
    };
    const refused = await t.as('tinh.canbo').send('POST', '/api/orgs', { ...top, code: 'LDLD-X' });
    expect(refused.status).toBe(403);
    expect(await message(refused)).toContain('quản trị');
    const created = await t.as('admin').send('POST', '/api/orgs', top);
    expect(created.status).toBe(200);
    expect(await body<OrgView>(created)).toMatchObject({ parentId: null, establishedDecision: '01/QĐ-TLĐ', kind: 'provincial_federation' });
  });

  it('lets officers create unions under theirs, not elsewhere, and not a union under a union', async () => {
    const union = {
      code: 'CDCS-DETHUONGSON', name: 'Công đoàn cơ sở Công ty Dệt Hương Sơn', shortName: 'CĐCS Dệt Hương Sơn',
      kind: 'fdi_enterprise', parentId: t.orgs.ward, establishedOn: '2026-02-01', establishedDecision: '05/QĐ-CĐP',
    };
    expect((await t.as('phuong.canbo').send('POST', '/api/orgs', union)).status).toBe(200);
    expect((await t.as('phuong.canbo').send('POST', '/api/orgs', { ...union, code: 'CDCS-KHAC', parentId: t.orgs.seed })).status).toBe(404);
    expect((await t.as('huongbinh.chutich').send('POST', '/api/orgs', { ...union, code: 'CDCS-KHAC', parentId: t.orgs.seed })).status).toBe(403);
    const nested = await t.as('tinh.canbo').send('POST', '/api/orgs', { ...union, code: 'CDCS-LONG', parentId: t.orgs.seed });
    expect(nested.status).toBe(400);
  });

  it('refuses a taken code without telling a chairperson where it is used', async () => {
    // CDCS-MAYHUONGSON-T1 is a tổ of another union, outside the chairperson's reach.
    const res = await t.as('huongbinh.chutich').send('POST', '/api/orgs', group('CDCS-MAYHUONGSON-T1', t.orgs.seed));
    expect(res.status).toBe(409);
    expect(await message(res)).toBe(CODE_TAKEN);
    const own = await t.as('huongbinh.chutich').send('POST', '/api/orgs', group('cdcs-huongbinh-t1', t.orgs.seed));
    expect(await message(own)).toBe(CODE_TAKEN);
    const admin = await t.as('admin').send('POST', '/api/orgs', group('CDCS-MAYHUONGSON-T1', t.orgs.seed));
    expect(await message(admin)).toContain('Tổ công đoàn Xưởng may 1');
    const count = await t.handle.db.selectFrom('organisations').select((eb) => eb.fn.countAll().as('n')).where('code', 'ilike', 'cdcs-mayhuongson-t1').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });
});

describe('tổ công đoàn, run by their union\'s chairperson', () => {
  it('creates, renames on a date and ends a tổ; history shows each step', async () => {
    const chair = t.as('huongbinh.chutich');
    const created = await chair.send('POST', '/api/orgs', group('CDCS-HUONGBINH-T3', t.orgs.seed, { name: 'Tổ công đoàn Văn hóa - Xã hội', shortName: 'Tổ Văn hóa - Xã hội', establishedDecision: '03/QĐ-CĐCS' }));
    expect(created.status).toBe(200);
    const id = (await body<OrgView>(created)).id;
    const renamed = await chair.send('POST', `/api/orgs/${id}/changes`, { from: '2026-03-01', name: 'Tổ công đoàn Văn hóa', shortName: 'Tổ Văn hóa', note: 'Nghị quyết BCH 04/NQ-CĐCS' });
    expect(renamed.status).toBe(200);
    expect((await body<{ name: string; validFrom: string; changeNote: string | null }[]>(renamed)).map((h) => [h.validFrom, h.name, h.changeNote])).toEqual([
      ['2026-01-01', 'Tổ công đoàn Văn hóa - Xã hội', null],
      ['2026-03-01', 'Tổ công đoàn Văn hóa', 'Nghị quyết BCH 04/NQ-CĐCS'],
    ]);
    // Kind or parent of a tổ stays with the officers above.
    expect((await chair.send('POST', `/api/orgs/${id}/changes`, { from: '2026-03-01', kind: 'agency' })).status).toBe(403);
    const groups = await body<{ id: number }[]>(await chair.get(`/api/orgs/${t.orgs.seed}/groups`));
    const ended = await chair.send('POST', `/api/orgs/${id}/end`, {
      on: '2026-04-01', reason: 'merged', successorId: groups.find((g) => g.id !== id)!.id,
      decisionNumber: '05/QĐ-CĐCS', decisionDate: '2026-03-25', decisionIssuer: 'BCH CĐCS cơ quan xã Hương Bình',
    });
    expect(ended.status).toBe(200);
    expect(await body<OrgView>(ended)).toMatchObject({ endReason: 'merged', endDecision: '05/QĐ-CĐCS ngày 25/03/2026 của BCH CĐCS cơ quan xã Hương Bình' });
  });

  it('refuses a tổ from a committee member, and a tổ under an upper level', async () => {
    expect((await t.as('huongbinh.uyvien').send('POST', '/api/orgs', group('HB-T9', t.orgs.seed))).status).toBe(403);
    expect((await t.as('tinh.canbo').send('POST', '/api/orgs', group('HUE-T9', t.orgs.province))).status).toBe(400);
  });

  it('takes a successor only among the organisations the caller manages', async () => {
    const chair = t.as('huongbinh.chutich');
    const id = (await body<OrgView>(await chair.send('POST', '/api/orgs', group('CDCS-HUONGBINH-T4', t.orgs.seed)))).id;
    const end = (successorId: number) => ({
      on: '2026-05-01', reason: 'merged', successorId, decisionNumber: '06/QĐ-CĐCS', decisionDate: '2026-04-25', decisionIssuer: 'BCH',
    });
    const otherGroup = await t.handle.db.selectFrom('organisations').select('id').where('code', '=', 'CDCS-MAYHUONGSON-T1').executeTakeFirstOrThrow();
    expect((await chair.send('POST', `/api/orgs/${id}/end`, end(otherGroup.id))).status).toBe(404);
    expect((await chair.send('POST', `/api/orgs/${id}/end`, end(t.orgs.seed))).status).toBe(403);
    // An officer ending a union cannot hand it to a union outside their reach either.
    const union = await body<OrgView>(await t.as('phuong.canbo').send('POST', '/api/orgs', {
      code: 'CDCS-SAPNHAP', name: 'Công đoàn cơ sở Công ty Sáp Nhập', shortName: 'CĐCS Sáp Nhập', kind: 'private_enterprise',
      parentId: t.orgs.ward, establishedOn: '2025-09-01',
    }));
    const toSeed = await t.as('phuong.canbo').send('POST', `/api/orgs/${union.id}/end`, { ...end(t.orgs.seed), decisionIssuer: 'Công đoàn phường' });
    expect(toSeed.status).toBe(404);
    const toTo = await t.as('phuong.canbo').send('POST', `/api/orgs/${union.id}/end`, { ...end(otherGroup.id), decisionIssuer: 'Công đoàn phường' });
    expect(toTo.status).toBe(400);
    const ok = await t.as('phuong.canbo').send('POST', `/api/orgs/${union.id}/end`, { ...end(t.orgs.enterprise), decisionIssuer: 'Công đoàn phường' });
    expect(ok.status).toBe(200);
    expect((await body<OrgView>(ok)).successorId).toBe(t.orgs.enterprise);
  });
});

describe('the union\'s profile', () => {
  it('changes only the fields sent', async () => {
    const chair = t.as('huongbinh.chutich');
    const before = await body<OrgView>(await chair.get(`/api/orgs/${t.orgs.seed}`));
    expect(before.hostName).toBe('Đảng ủy, HĐND, UBND xã Hương Bình');
    const res = await chair.send('PATCH', `/api/orgs/${t.orgs.seed}/profile`, { deputyName: 'Lê Thị Thu', reportNumberSuffix: 'BC-CĐ' });
    expect(res.status).toBe(200);
    const after = await body<OrgView>(res);
    expect(after).toMatchObject({ deputyName: 'Lê Thị Thu', deputyTitle: 'PHÓ CHỦ TỊCH', reportNumberSuffix: 'BC-CĐ' });
    for (const kept of ['hostName', 'address', 'placeName', 'signerTitle', 'signerName', 'reportRecipients'] as const) {
      expect(after[kept], kept).toEqual(before[kept]);
    }
    const cleared = await body<OrgView>(await chair.send('PATCH', `/api/orgs/${t.orgs.seed}/profile`, { reportNumberSuffix: '' }));
    expect(cleared.reportNumberSuffix).toBeNull();
    expect(cleared.deputyName).toBe('Lê Thị Thu');
    const audit = await t.handle.db.selectFrom('audit_log').select(['before', 'after']).where('entity', '=', 'organisation')
      .where('entity_id', '=', String(t.orgs.seed)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ report_number_suffix: null });
    expect(audit.before).toEqual({ report_number_suffix: 'BC-CĐ' });
  });

  it('refuses a bad ký hiệu or an empty recipient line with a message on the field, writing nothing', async () => {
    const chair = t.as('huongbinh.chutich');
    const bad = await chair.send('PATCH', `/api/orgs/${t.orgs.seed}/profile`, { reportNumberSuffix: 'BC CĐCS', address: 'Không ghi' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('reportNumberSuffix');
    expect((await chair.send('PATCH', `/api/orgs/${t.orgs.seed}/profile`, { reportRecipients: ['LĐLĐ', ' '] })).status).toBe(400);
    expect((await body<OrgView>(await chair.get(`/api/orgs/${t.orgs.seed}`))).address).not.toBe('Không ghi');
  });
});
