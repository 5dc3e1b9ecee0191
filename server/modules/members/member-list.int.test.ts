import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { MemberDetail, MemberListResponse, MemberStatus } from '../../../shared/contracts/members.contract.ts';
import { addMonths, todayIso } from '../../../shared/vi/dates.ts';
import { today } from '../../core/clock.ts';
import { findMembers } from './members.repo.ts';

// The member list reads its page and its total apart (the total from the periods in force when only the status
// filters): whatever the filter, sort and page, the pages must split the whole list and every page tell its size.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const today = todayIso();
  const add = async (body: Record<string, unknown>, events: [string, string][] = []) => {
    const res = await chair().send('POST', membersUrl(), { ...base, ...body });
    expect(res.status, await res.clone().text()).toBe(200);
    const m = (await res.json()) as MemberDetail;
    for (const [kind, onDate] of events) {
      const ev = await chair().send('POST', `${membersUrl()}/${m.id}/status`, { kind, onDate });
      expect(ev.status, await ev.clone().text()).toBe(200);
    }
  };
  // Namesakes (ties broken by id), no birth date (last either way), and every status on today's date.
  await add({ code: 'L1', birthDate: null });
  await add({ code: 'L2', birthDate: null, sex: 'female' });
  await add({ code: 'L3', joinedOn: '2020-01-01' }, [['suspended', addMonths(today, -1)]]);
  await add({ code: 'L4', joinedOn: '2019-01-01' }, [['left', '2023-05-01']]);
  await add({ code: 'L5', joinedOn: '2018-01-01' }, [['transferred_out', '2022-05-01']]);
  await add({ code: 'L6', joinedOn: '2018-01-01' }, [['expelled', '2024-05-01']]);
  await add({ code: 'L7', joinedOn: addMonths(today, 2) });
});
afterAll(() => t.close());

const base = { fullName: 'Lê Văn Trùng', sex: 'male', birthDate: '1990-01-01', category: 'can_bo_cong_chuc', joinedOn: '2021-01-01', partyMember: false };
const membersUrl = () => `/api/orgs/${t.orgs.seed}/members`;
const chair = () => t.as('huongbinh.chutich');
const list = async (query: string) => (await (await chair().get(`${membersUrl()}?${query}`)).json()) as MemberListResponse;

const shown: Record<string, (s: MemberStatus) => boolean> = {
  active: (s) => s === 'active',
  suspended: (s) => s === 'suspended',
  current: (s) => s === 'active' || s === 'suspended',
  inactive: (s) => s !== 'active' && s !== 'suspended',
  all: () => true,
};

describe('member list pages and total', () => {
  it('keeps, for each status filter, exactly the members of that status, with the total of the whole list', async () => {
    const all = await list('status=all&pageSize=500');
    expect(all.total).toBe(all.items.length);
    expect(new Set(all.items.map((m) => m.status))).toEqual(
      new Set(['active', 'suspended', 'left', 'transferred_out', 'expelled', 'pending']),
    );
    for (const status of ['active', 'suspended', 'current', 'inactive'] as const) {
      const one = await list(`status=${status}&pageSize=500`);
      expect(one.items.map((m) => m.id), status).toEqual(all.items.filter((m) => shown[status](m.status)).map((m) => m.id));
      expect(one.total, status).toBe(one.items.length);
    }
  });

  it('splits the whole list into pages for every status, sort and direction, each page telling the same total', async () => {
    for (const status of Object.keys(shown)) {
      for (const sort of ['name', 'code', 'joinedOn', 'birthDate']) {
        for (const dir of ['asc', 'desc']) {
          const query = `status=${status}&sort=${sort}&dir=${dir}`;
          const whole = await list(`${query}&pageSize=500`);
          const ids: number[] = [];
          for (let page = 1; page <= Math.ceil(whole.total / 7) + 1; page += 1) {
            const part = await list(`${query}&pageSize=7&page=${page}`);
            expect([part.total, part.page, part.pageSize], `${query} page ${page}`).toEqual([whole.total, page, 7]);
            ids.push(...part.items.map((m) => m.id));
          }
          expect(ids, query).toEqual(whole.items.map((m) => m.id));
        }
      }
    }
  });

  it('lists the same pages when the status is tested against the set of all (pages far from the start)', async () => {
    for (const status of ['active', 'suspended', 'current', 'inactive'] as const) {
      for (const sort of ['name', 'birthDate'] as const) {
        for (const dir of ['asc', 'desc'] as const) {
          const whole = await list(`status=${status}&sort=${sort}&dir=${dir}&pageSize=500`);
          const ids: number[] = [];
          for (let page = 1; page <= Math.ceil(whole.total / 5); page += 1) {
            const query = { status, sort, dir, page, pageSize: 5 };
            const part = await findMembers(t.handle.db, t.orgs.seed, query, today(), 0);
            expect(part.total).toBe(whole.total);
            ids.push(...part.items.map((m) => m.id));
          }
          expect(ids, `${status} ${sort} ${dir}`).toEqual(whole.items.map((m) => m.id));
        }
      }
    }
  });

  it('counts with the other filters as it lists', async () => {
    for (const filter of ['q=trung', 'sex=female', 'category=can_bo_cong_chuc', 'q=le&sex=male']) {
      for (const status of Object.keys(shown)) {
        const all = await list(`status=all&${filter}&pageSize=500`);
        const one = await list(`status=${status}&${filter}&pageSize=2`);
        const kept = all.items.filter((m) => shown[status](m.status));
        expect([one.total, one.items.map((m) => m.id)], `${filter} ${status}`).toEqual([kept.length, kept.slice(0, 2).map((m) => m.id)]);
      }
    }
  });

  it('puts members without a birth date last in both directions, namesakes by id', async () => {
    for (const dir of ['asc', 'desc']) {
      const items = (await list(`status=all&sort=birthDate&dir=${dir}&pageSize=500`)).items;
      const missing = items.filter((m) => m.birthDate === null);
      expect(missing.length).toBeGreaterThanOrEqual(2);
      expect(items.slice(-missing.length)).toEqual(missing);
    }
    const namesakes = (await list('status=all&q=le van trung&pageSize=500')).items.map((m) => m.id);
    expect(namesakes).toEqual([...namesakes].sort((a, b) => a - b));
  });
});
