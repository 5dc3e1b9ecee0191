import ExcelJS from 'exceljs';
import type { TestApp } from './test-app.ts';

// The workforce rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind. Each
// call makes what it acts on (figures at a date of its own), so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

/** A day of 2026 no other call uses. */
const dayOf = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export const workforceBody = (n: number) => ({ asOf: dayOf(n), employees: 40, women: 25, socialInsured: 38 });

async function figuresId(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('workforce_figures').values({
    org_id: c.seed, as_of: dayOf(c.seq()), employees: 40, women: 25, members_count: null, contracts_indefinite: 0, contracts_fixed_term: 0,
    contracts_seasonal: 0, social_insured: 0, health_insured: 0, unemployment_insured: 0, under_employed: 0, under_employed_women: 0,
    average_income: null, income_people: null, wage_arrears_workers: 0, wage_arrears_amount: 0, tet_bonus_average: null,
    meal_value_per_shift: null, housed_by_employer: 0, renting: 0, note: null, created_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

async function sheet(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lao động');
  ws.addRow(['Ngày số liệu', 'Tổng số lao động', 'Lao động nữ']);
  ws.addRow([dayOf(n).split('-').reverse().join('/'), 40, 25]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function workforceRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write }: { read: Expect<W>; write: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}/workforce`;
  return [
    { name: 'GET /orgs/{id}/workforce', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}?year=2026`) },
    { name: 'POST /orgs/{id}/workforce', expect: write, call: (t, u, c) => t.as(u).send('POST', base(c), workforceBody(c.seq())) },
    { name: 'POST /orgs/{id}/workforce/import', expect: write,
      call: async (t, u, c) => t.as(u).upload(`${base(c)}/import?dryRun=false`, await sheet(c.seq())) },
    { name: 'PUT /orgs/{id}/workforce/{figuresId}', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/${await figuresId(t, c)}`, workforceBody(c.seq())) },
    { name: 'DELETE /orgs/{id}/workforce/{figuresId}', expect: write,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/${await figuresId(t, c)}`) },
  ];
}
