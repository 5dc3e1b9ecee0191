import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { RollupTotals, SubordinatesView } from '../../../shared/contracts/federation.contract.ts';
import { emptyTotals, rollupTotals } from '../../../shared/federation/rollup-totals.ts';
import { ownFiguresOf, type OwnFigures } from './own-figures.test-helper.ts';
import { rollupOf } from './federation.service.ts';

// The roll-up against each union's own figures: random trees of upper levels and unions with members, dues, ledger,
// welfare, emulation, workforce, agreements and dialogues, made through the API (money) or the tables (the rest);
// every total and subtotal must be the sum of the unions' figures as their own modules compute them.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DATE = '2025-12-31';
const YEAR = 2025;
let runs = 0;
/** Over all runs, the largest total of each figure: the trees must have held some of everything. */
const seen: Partial<Record<keyof RollupTotals, number>> = {};

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await t.as('admin').send('POST', path, body);
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(`${path}: ${res.status} ${await res.text()}`);
  }
  return (await res.json()) as T;
}

const memberSpec = fc.record({
  female: fc.boolean(),
  salary: fc.option(fc.integer({ min: 3_000_000, max: 60_000_000 }), { nil: null }),
  exemptFrom: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  titles: fc.subarray(['ldtt', 'cstdcs', 'rating'] as const),
  achieved: fc.boolean(),
});
const unionSpec = fc.record({
  parent: fc.nat(),
  kind: fc.constantFrom('agency', 'private_enterprise'),
  members: fc.array(memberSpec, { maxLength: 3 }),
  paidMonths: fc.subarray([1, 3, 6, 9, 12]),
  remit: fc.option(fc.integer({ min: 1, max: 5_000_000 }), { nil: null }),
  reverseRemit: fc.boolean(),
  welfare: fc.option(fc.integer({ min: 1, max: 3_000_000 }), { nil: null }),
  employees: fc.option(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 12 })), { nil: null }),
  collective: fc.boolean(),
  collectiveTitle: fc.boolean(),
  grade: fc.option(fc.constantFrom('htxsnv', 'httnv', 'htnv'), { nil: null }),
  agreementFrom: fc.option(fc.integer({ min: 2023, max: 2026 }), { nil: null }),
  dialogues: fc.nat(2),
});
const treeSpec = fc.record({
  uppers: fc.array(fc.record({ parent: fc.nat(), kind: fc.constantFrom('district_federation', 'commune_union') }), { maxLength: 6 }),
  unions: fc.array(unionSpec, { minLength: 1, maxLength: 12 }),
});
type UnionSpec = typeof unionSpec extends fc.Arbitrary<infer U> ? U : never;

async function createOrg(code: string, kind: string, parentId: number | null): Promise<number> {
  return (await post<{ id: number }>('/api/orgs', { code, name: `Tổ chức thử ${code}`, shortName: code, kind, parentId, establishedOn: '2020-01-01' })).id;
}

async function fillUnion(orgId: number, code: string, u: UnionSpec): Promise<void> {
  const db = t.handle.db;
  const category = u.kind === 'agency' ? 'can_bo_cong_chuc' : 'cong_nhan_lao_dong';
  const memberIds: number[] = [];
  for (const [i, m] of u.members.entries()) {
    const { id } = await post<{ id: number }>(`/api/orgs/${orgId}/members`, {
      code: `${code}-${i}`, fullName: `Đoàn Viên ${code} ${i}`, sex: m.female ? 'female' : 'male', category, joinedOn: '2024-01-01',
    });
    memberIds.push(id);
    if (m.salary !== null) {
      await post(`/api/orgs/${orgId}/finance/dues/bases`, { memberId: id, fromMonth: '2024-01', kind: 'insurance_salary', amount: m.salary });
    }
    if (m.exemptFrom !== null) {
      await sql`INSERT INTO dues_exemptions (org_id, member_id, from_month, to_month, reason)
        VALUES (${orgId}, ${id}, make_date(2025, ${m.exemptFrom}::int, 1), make_date(2025, ${Math.min(12, m.exemptFrom + 2)}::int, 1), 'no_income')`.execute(db);
    }
    for (const title of m.titles) {
      await sql`INSERT INTO emulation_registrations (org_id, member_id, year, title, target_rating, registered_on)
        VALUES (${orgId}, ${id}, ${YEAR}, ${title}, ${title === 'rating' ? 'httnv' : null}, '2025-01-15')`.execute(db);
    }
  }
  const decision = async () => (await sql<{ id: number }>`INSERT INTO emulation_decisions (org_id, number, issued_on, issuer, issuer_level)
    VALUES (${orgId}, ${`${code}/QĐ`}, '2025-12-20', 'Ban Thường vụ', 'district') ON CONFLICT (org_id, issuer, number) DO UPDATE SET issued_on = EXCLUDED.issued_on
    RETURNING id`.execute(db)).rows[0].id;
  for (const [i, m] of u.members.entries()) {
    if (m.achieved && m.titles.includes('ldtt')) {
      await sql`INSERT INTO emulation_results (org_id, member_id, year, title, status, decision_id)
        VALUES (${orgId}, ${memberIds[i]}, ${YEAR}, 'ldtt', 'decided', ${await decision()})`.execute(db);
    }
  }
  if (u.collective) {
    await sql`INSERT INTO emulation_collective_registrations (org_id, year, holder, goal, registered_on)
      VALUES (${orgId}, ${YEAR}, 'union', 'Công đoàn cơ sở vững mạnh', '2025-01-20')`.execute(db);
  }
  if (u.collectiveTitle) {
    await sql`INSERT INTO collective_awards (org_id, year, holder, kind, name, issuer, issuer_level, status, decision_id)
      VALUES (${orgId}, ${YEAR}, 'union', 'title', 'Tập thể lao động tiên tiến', 'Ban Thường vụ', 'district', 'decided', ${await decision()})`.execute(db);
  }
  if (u.grade !== null) {
    await sql`INSERT INTO union_classifications (org_id, year, self_grade, decided_grade, decision_id)
      VALUES (${orgId}, ${YEAR}, ${u.grade}, ${u.grade}, ${await decision()})`.execute(db);
  }
  if (u.employees !== null) {
    const [employees, month] = u.employees;
    await sql`INSERT INTO workforce_figures (org_id, as_of, employees, women) VALUES (${orgId}, make_date(2025, ${month}::int, 1), ${employees}, 0)`.execute(db);
  }
  if (u.agreementFrom !== null) {
    const from = `${u.agreementFrom}-03-01`;
    await sql`INSERT INTO collective_agreements (org_id, title, region, workers_total, votes_for, voted_on, signed_on, effective_from, expires_on)
      VALUES (${orgId}, 'Thỏa ước lao động tập thể', 'III', 100, 80, ${from}::date, ${from}::date, ${from}::date, ${from}::date + interval '2 years' - interval '1 day')`.execute(db);
  }
  for (let i = 0; i < u.dialogues; i += 1) {
    await sql`INSERT INTO workplace_meetings (org_id, kind, held_on, worker_reps_expected, worker_reps_present, headcount)
      VALUES (${orgId}, 'periodic', make_date(2025, ${3 + i * 6}::int, 10), 5, 5, 50)`.execute(db);
  }
  // Money through the API: a fund, dues marked paid for some months, a remittance (sometimes reversed), a welfare visit.
  if (u.paidMonths.length === 0 && u.remit === null && (u.welfare === null || memberIds.length === 0)) {
    return;
  }
  const fund = await post<{ id: number }>(`/api/orgs/${orgId}/finance/funds`, {
    code: 'kinh-phi-doan-phi', name: 'Quỹ kinh phí, đoàn phí', kind: 'union_finance', openingOn: '2024-01-01',
  });
  for (const month of u.paidMonths) {
    const res = await t.as('admin').send('POST', `/api/orgs/${orgId}/finance/dues/payments`, {
      month: `2025-${String(month).padStart(2, '0')}`, fundId: fund.id, entryDate: `2025-${String(month).padStart(2, '0')}-20`,
    });
    // Nobody due that month (no salary, exempt): the union has nothing to collect.
    expect([200, 201, 400, 409], await res.clone().text()).toContain(res.status);
  }
  if (u.remit !== null) {
    const entry = await post<{ id: number }>(`/api/orgs/${orgId}/finance/entries`, {
      fundId: fund.id, direction: 'payment', entryDate: '2025-07-05', amount: u.remit, category: 'remittance', description: 'Nộp đoàn phí về cấp trên',
    });
    if (u.reverseRemit) {
      await post(`/api/orgs/${orgId}/finance/entries/${entry.id}/reverse`, { entryDate: '2025-07-06', reason: 'Ghi nhầm số tiền' });
    }
  }
  if (u.welfare !== null && memberIds.length > 0) {
    await post(`/api/orgs/${orgId}/welfare/events`, {
      kind: 'sickness', eventDate: '2025-04-10', description: 'Thăm hỏi ốm đau', fundId: fund.id, amount: u.welfare,
      beneficiaries: [{ memberId: memberIds[0], amount: u.welfare }],
    });
  }
}

/** The sum of own figures, as the roll-up's totals read (the same shape, summed independently here). */
function sumOwn(list: readonly OwnFigures[]): RollupTotals {
  return rollupTotals(list.map((o) => ({
    members: o.members, women: o.women, figures: o.figures,
    report: o.report === 'not_started' ? null : ({ state: o.report } as never),
  })));
}

describe('the roll-up equals the sum of its unions’ own figures', () => {
  it('over random trees: the total, every upper level’s subtotal (its whole subtree) and every kind', async () => {
    await fc.assert(fc.asyncProperty(treeSpec, async (spec) => {
      runs += 1;
      const tag = `R${runs}${Math.floor(Math.random() * 1e6)}`;
      const root = await createOrg(`${tag}`, 'provincial_federation', null);
      const uppers: number[] = [];
      for (const [i, u] of spec.uppers.entries()) {
        const parents = [root, ...uppers];
        uppers.push(await createOrg(`${tag}-U${i}`, u.kind, parents[u.parent % parents.length]));
      }
      const unions: { id: number; parent: number; kind: string }[] = [];
      for (const [i, u] of spec.unions.entries()) {
        const parents = [root, ...uppers];
        const parent = parents[u.parent % parents.length];
        const id = await createOrg(`${tag}-C${i}`, u.kind, parent);
        await fillUnion(id, `${tag}-C${i}`, u);
        unions.push({ id, parent, kind: u.kind });
      }

      const view = await rollupOf(t.handle.db, root, DATE, YEAR);
      const own = new Map<number, OwnFigures>();
      for (const u of unions) {
        own.set(u.id, await ownFiguresOf(t.handle.db, u.id, DATE, YEAR));
      }
      // Each union's row is its own figures.
      for (const u of unions) {
        const row = view.rows.find((r) => r.id === u.id)!;
        const o = own.get(u.id)!;
        expect({ members: row.members, women: row.women, figures: row.figures, report: row.report?.state ?? 'not_started' }).toEqual(o);
      }
      expect(view.totals).toEqual(sumOwn([...own.values()]));
      for (const [key, value] of Object.entries(view.totals)) {
        if (typeof value === 'number') {
          seen[key as keyof RollupTotals] = Math.max(seen[key as keyof RollupTotals] ?? 0, value);
        }
      }
      // An upper level: the unions anywhere below it in the tree asked for.
      const parentOf = new Map<number, number>([...spec.uppers.map((_, i) => [uppers[i], view.rows.find((r) => r.id === uppers[i])!.parentId!] as const),
        ...unions.map((u) => [u.id, u.parent] as const)]);
      const below = (upper: number) => unions.filter((u) => {
        for (let p: number | undefined = u.parent; p !== undefined && p !== root; p = parentOf.get(p)) {
          if (p === upper) {
            return true;
          }
        }
        return false;
      });
      for (const upper of uppers) {
        expect(view.byUpperLevel[String(upper)], `cấp trên ${upper}`).toEqual(sumOwn(below(upper).map((u) => own.get(u.id)!)));
      }
      expect(Object.keys(view.byUpperLevel).sort()).toEqual(uppers.map(String).sort());
      for (const kind of ['agency', 'private_enterprise']) {
        const of = unions.filter((u) => u.kind === kind);
        expect(view.byKind[kind] ?? emptyTotals(), kind).toEqual(of.length === 0 ? emptyTotals() : sumOwn(of.map((u) => own.get(u.id)!)));
      }
    }), { numRuns: 8, seed: 15, endOnFailure: true });
    for (const key of ['members', 'women', 'employees', 'titlesRegistered', 'titlesAchieved', 'duesExpected', 'duesCollected', 'remitted', 'welfareSpent',
      'agreementsInForce', 'dialoguesHeld'] as const) {
      expect(seen[key], key).toBeGreaterThan(0);
    }
  }, 600_000);
});

describe('a union moved to another upper level on a date', () => {
  it('counts under its old parent the day before and under its new parent from that day', async () => {
    const root = await createOrg('MOVE-ROOT', 'provincial_federation', null);
    const [a, b] = [await createOrg('MOVE-A', 'commune_union', root), await createOrg('MOVE-B', 'commune_union', root)];
    const union = await createOrg('MOVE-C', 'agency', a);
    await fillUnion(union, 'MOVE-C', {
      parent: 0, kind: 'agency', members: [{ female: true, salary: 8_000_000, exemptFrom: null, titles: ['ldtt'], achieved: false },
        { female: false, salary: 6_000_000, exemptFrom: null, titles: [], achieved: false }],
      paidMonths: [1, 3], remit: 50_000, reverseRemit: false, welfare: 200_000, employees: null, collective: false, collectiveTitle: false, grade: null,
      agreementFrom: null, dialogues: 0,
    });
    const moved = await t.as('admin').send('POST', `/api/orgs/${union}/changes`, { from: '2025-07-01', parentId: b, note: 'Chuyển về công đoàn phường B' });
    expect(moved.status, await moved.clone().text()).toBe(200);

    const before = await rollupOf(t.handle.db, root, '2025-06-30', YEAR);
    const after = await rollupOf(t.handle.db, root, '2025-07-01', YEAR);
    expect(before.rows.find((r) => r.id === union)!.parentId).toBe(a);
    expect(after.rows.find((r) => r.id === union)!.parentId).toBe(b);
    const own = await ownFiguresOf(t.handle.db, union, '2025-06-30', YEAR);
    expect(own).toMatchObject({ members: 2, women: 1, figures: { titlesRegistered: 1, welfareSpent: 200_000, remitted: 50_000 } });
    expect(before.byUpperLevel[String(a)]).toEqual(sumOwn([own]));
    expect(before.byUpperLevel[String(b)]).toEqual(emptyTotals());
    expect(after.byUpperLevel[String(a)]).toEqual(emptyTotals());
    expect(after.byUpperLevel[String(b)]).toEqual(sumOwn([await ownFiguresOf(t.handle.db, union, '2025-07-01', YEAR)]));
    // The federation above both counts it either way.
    expect(before.totals.members).toBe(2);
    expect(after.totals.members).toBe(2);
  }, 120_000);

  it("the demo: the district federation's subtotal holds both unions in 2023; today the ward union holds the garment union", async () => {
    const y2023 = await rollupOf(t.handle.db, t.orgs.province, '2023-12-31', 2023);
    expect(y2023.byUpperLevel[String(t.orgs.district)]).toMatchObject({ unions: 2, members: 30 + 45, women: 7 + 32 });
    expect(y2023.byUpperLevel[String(t.orgs.ward)]).toBeUndefined();
    const now = await rollupOf(t.handle.db, t.orgs.province, '2026-11-30', 2026);
    expect(now.byUpperLevel[String(t.orgs.ward)]).toMatchObject({ unions: 1, agreementsInForce: 1, employees: 423 });
    // The ended district federation is listed (ended on 01/07/2025) with no union left under it.
    expect(now.byUpperLevel[String(t.orgs.district)]).toMatchObject({ unions: 0, members: 0 });
    expect(now.totals.unions).toBe(2);
  }, 120_000);
});

describe('the demo federation', () => {
  it("gives the garment union's 2026 figures as its records hold them, and the seed union's 2023", async () => {
    const garment = (await rollupOf(t.handle.db, t.orgs.province, '2026-11-30', 2026)).rows.find((r) => r.id === t.orgs.enterprise)!;
    expect({ members: garment.members, women: garment.women, figures: garment.figures, report: garment.report?.state ?? 'not_started' })
      .toEqual(await ownFiguresOf(t.handle.db, t.orgs.enterprise, '2026-11-30', 2026));
    const seed = (await rollupOf(t.handle.db, t.orgs.province, '2023-12-31', 2023)).rows.find((r) => r.id === t.orgs.seed)!;
    expect(seed).toMatchObject({ members: 30, women: 7 });
    expect({ members: seed.members, women: seed.women, figures: seed.figures, report: seed.report?.state ?? 'not_started' })
      .toEqual(await ownFiguresOf(t.handle.db, t.orgs.seed, '2023-12-31', 2023));
    // The seed's 2023: 19 LĐTT and 3 CSTĐCS registrations and two collective ones (the agency, the union); 19 LĐTT, 01
    // CSTĐCS and the agency's collective title decided; classified HTTNV; every month of dues paid.
    expect(seed.figures).toMatchObject({ titlesRegistered: 19 + 3 + 2, titlesAchieved: 19 + 1 + 1, classification: 'httnv', employees: null });
    expect(seed.figures.duesCollected).toBe(seed.figures.duesExpected);
    // The garment company's workforce figures of 30/11/2026 (423 workers) and its agreement signed in 2025.
    expect(garment.figures).toMatchObject({ employees: 423, agreementInForce: true });
  }, 120_000);
});

export type { SubordinatesView };
