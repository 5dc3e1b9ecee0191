import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { MemberDetail, MemberListResponse, MemberStats } from '../../../shared/contracts/members.contract.ts';
import { compareMemberNames } from '../../../shared/vi/collation.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newMember = {
  code: 'HB31', fullName: 'Nguyễn Thị Bích', sex: 'female', birthDate: '1996-04-02', category: 'khong_chuyen_trach',
  joinedOn: '2024-03-01', partyMember: false,
};

describe('members of the seed union', () => {
  it('counts the seed report figures at the end of 2023: 30 members, 07 women, 19 cán bộ-công chức, 11 không chuyên trách', async () => {
    const res = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/members/stats?date=2023-12-31`);
    expect(res.status).toBe(200);
    const stats = (await res.json()) as MemberStats;
    expect(stats.total).toBe(30);
    expect(stats.women).toBe(7);
    const byCat = Object.fromEntries(stats.byCategory.map((c) => [c.category, c.count]));
    expect(byCat).toEqual({ can_bo_cong_chuc: 19, khong_chuyen_trach: 11 });
    expect(stats.byAgeBand.reduce((n, b) => n + b.count, 0)).toBe(30);
    expect(stats.byGroup.map((g) => g.count).reduce((a, b) => a + b)).toBe(30);
  });

  it('counts nobody before the union existed', async () => {
    const res = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/members/stats?date=1990-01-01`);
    expect(((await res.json()) as MemberStats).total).toBe(0);
  });

  it('lists members by given name in Vietnamese order, with paging', async () => {
    const res = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/members?pageSize=100`);
    const body = (await res.json()) as MemberListResponse;
    expect(body.total).toBe(30);
    const names = body.items.map((m) => m.fullName);
    expect(names).toEqual([...names].sort(compareMemberNames));
    expect(names.indexOf('Huỳnh Văn An')).toBeLessThan(names.indexOf('Võ Thị Ánh'));
    expect(names.indexOf('Võ Thị Ánh')).toBeLessThan(names.indexOf('Trương Thị Ân'));
    expect(names.indexOf('Phan Văn Dũng')).toBeLessThan(names.indexOf('Lương Văn Định'));
    const page2 = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/members?pageSize=10&page=2`)).json()) as MemberListResponse;
    expect(page2.items.map((m) => m.fullName)).toEqual(names.slice(10, 20));
  });

  it('finds a member typed without diacritics and filters by sex, category and tổ', async () => {
    const chair = t.as('huongbinh.chutich');
    const found = (await (await chair.get(`/api/orgs/${t.orgs.seed}/members?q=${encodeURIComponent('dang ngoc duc')}`)).json()) as MemberListResponse;
    expect(found.items.map((m) => m.fullName)).toEqual(['Đặng Ngọc Đức']);
    const women = (await (await chair.get(`/api/orgs/${t.orgs.seed}/members?sex=female`)).json()) as MemberListResponse;
    expect(women.total).toBe(7);
    const kct = (await (await chair.get(`/api/orgs/${t.orgs.seed}/members?category=khong_chuyen_trach`)).json()) as MemberListResponse;
    expect(kct.total).toBe(11);
    const like = (await (await chair.get(`/api/orgs/${t.orgs.seed}/members?q=${encodeURIComponent('100%_')}`)).json()) as MemberListResponse;
    expect(like.total).toBe(0);
  });

  it('creates, updates and ends a membership, keeping the status history and the audit log', async () => {
    const chair = t.as('huongbinh.chutich');
    const created = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members`, newMember);
    expect(created.status).toBe(200);
    const m = (await created.json()) as MemberDetail;
    expect(m.status).toBe('active');
    expect(m.history.map((h) => h.kind)).toEqual(['admitted']);

    const updated = await chair.send('PUT', `/api/orgs/${t.orgs.seed}/members/${m.id}`, { ...newMember, position: 'Văn thư' });
    expect(((await updated.json()) as MemberDetail).position).toBe('Văn thư');

    const left = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members/${m.id}/status`, {
      kind: 'transferred_out', onDate: '2025-02-01', reason: 'Chuyển công tác',
    });
    const after = (await left.json()) as MemberDetail;
    expect(after.status).toBe('transferred_out');
    expect(after.history.map((h) => h.kind)).toEqual(['admitted', 'transferred_out']);

    const stats2024 = (await (await chair.get(`/api/orgs/${t.orgs.seed}/members/stats?date=2024-12-31`)).json()) as MemberStats;
    expect(stats2024.total).toBe(31);
    const stats2023 = (await (await chair.get(`/api/orgs/${t.orgs.seed}/members/stats?date=2023-12-31`)).json()) as MemberStats;
    expect(stats2023.total).toBe(30);

    const audit = (await (await chair.get(`/api/orgs/${t.orgs.seed}/audit`)).json()) as { items: { action: string; entity: string; userName: string }[] };
    expect(audit.items.slice(0, 3).map((a) => a.action)).toEqual(['status', 'update', 'create']);
    expect(audit.items[0].userName).toBe('Trần Văn Hùng');
  });

  it('refuses a duplicate code, a category the union kind does not offer, and another union\'s tổ', async () => {
    const chair = t.as('huongbinh.chutich');
    const dup = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...newMember, code: 'HB01' });
    expect(dup.status).toBe(409);
    const cat = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...newMember, code: 'X1', category: 'cong_nhan_lao_dong' });
    expect(cat.status).toBe(400);
    expect(((await cat.json()) as { error: { message: string } }).error.message).toMatch(/Đối tượng/);
    const groups = (await (await t.as('mayhuongson.chutich').get(`/api/orgs/${t.orgs.enterprise}/groups`)).json()) as { id: number }[];
    const grp = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...newMember, code: 'X2', groupId: groups[0].id });
    expect(grp.status).toBe(400);
  });

  it('answers bad input with a Vietnamese error, never a 500', async () => {
    const chair = t.as('huongbinh.chutich');
    const cases: unknown[] = [
      { ...newMember, code: 'Y1', birthDate: '2023-02-31' },
      { ...newMember, code: 'Y2', birthDate: '31/12/1990' },
      { ...newMember, code: 'Y3', joinedOn: '9999-01-01' },
      { ...newMember, code: 'Y4', sex: 'x' },
      { ...newMember, code: 'Y5', extra: 1 },
      { ...newMember, code: 12 },
      '{not json',
      [],
    ];
    for (const body of cases) {
      const res = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const err = (await res.json()) as { error: { code: string; message: string } };
      expect(err.error.code).toBe('VALIDATION');
      expect(err.error.message.length).toBeGreaterThan(3);
    }
    const huge = await chair.send('POST', `/api/orgs/${t.orgs.seed}/members`, { ...newMember, position: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    const badQuery = await chair.get(`/api/orgs/${t.orgs.seed}/members?page=-1`);
    expect(badQuery.status).toBe(400);
    const badId = await chair.get(`/api/orgs/abc/members`);
    expect(badId.status).toBe(400);
  });

  it('shows a member their own record and nothing else', async () => {
    const member = t.as('huongbinh.doanvien');
    const own = await member.get('/api/me/member');
    expect(own.status).toBe(200);
    const me = (await own.json()) as MemberDetail;
    expect(me.fullName).toBe('Huỳnh Văn An');
    expect((await member.get(`/api/orgs/${t.orgs.seed}/members/${me.id}`)).status).toBe(200);
    expect((await member.get(`/api/orgs/${t.orgs.seed}/members`)).status).toBe(403);
    const other = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/members?q=hung`)).json()) as MemberListResponse;
    expect((await member.get(`/api/orgs/${t.orgs.seed}/members/${other.items[0].id}`)).status).toBe(403);
  });

  it('prints the member list as an official landscape .docx, in Vietnamese name order', async () => {
    const res = await t.as('huongbinh.ketoan').get(`/api/orgs/${t.orgs.seed}/members/list.docx?date=2023-12-31`);
    expect(res.status).toBe(200);
    const xml = readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml');
    expect(xml).toContain('w:orient="landscape"');
    const text = paragraphTexts(xml);
    expect(text).toContain('DANH SÁCH');
    expect(text.join('\n')).toContain('(tính đến ngày 31/12/2023: 30 đoàn viên)');
    const an = text.indexOf('Huỳnh Văn An');
    expect(an).toBeGreaterThan(0);
    expect(an).toBeLessThan(text.indexOf('Võ Thị Ánh'));
    expect(text.indexOf('Võ Thị Ánh')).toBeLessThan(text.indexOf('Trương Thị Ân'));
  });
});
