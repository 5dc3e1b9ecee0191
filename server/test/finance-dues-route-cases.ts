import type { TestApp } from './test-app.ts';

// Đoàn phí's rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind.
// The seed union is an agency union: 1 % uncapped in 2024, so a 2024 month of a member with a salary is due.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

async function memberId(t: TestApp, code: string): Promise<number> {
  return (await t.handle.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** The seed union's finance fund for dues, made once. */
async function duesFund(t: TestApp, c: Ctx): Promise<number> {
  const found = await t.handle.db.selectFrom('funds').select('id').where('org_id', '=', c.seed).where('code', '=', 'doan-phi-thu-quyen').executeTakeFirst();
  if (found) {
    return found.id;
  }
  return (await t.handle.db.insertInto('funds').values({
    org_id: c.seed, code: 'doan-phi-thu-quyen', name: 'Quỹ kinh phí, đoàn phí', kind: 'union_finance', opening_on: '2024-01-01', opening_balance: 0, monthly_amount: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** HB30 with a salary from 01/2024 and the first 2024 month not yet paid, so each allowed call collects a new month. */
async function unpaidMonth(t: TestApp, c: Ctx): Promise<{ memberId: number; month: string }> {
  const id = await memberId(t, 'HB30');
  await t.handle.db.insertInto('member_dues_bases').values({ org_id: c.seed, member_id: id, from_month: '2024-01-01', kind: 'insurance_salary', amount: 9_000_000, note: null, recorded_by: null })
    .onConflict((oc) => oc.columns(['org_id', 'member_id', 'from_month']).doNothing()).execute();
  const paid = new Set((await t.handle.db.selectFrom('dues_payments').select('month').where('member_id', '=', id).execute()).map((r) => r.month));
  const month = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`).find((m) => !paid.has(`${m}-01`))!;
  return { memberId: id, month };
}

/** A fresh exemption of HB29 (in 2020: nothing else depends on it) for each call that corrects or deletes one. */
async function newExemption(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('dues_exemptions').values({
    org_id: c.seed, member_id: await memberId(t, 'HB29'), from_month: '2020-05-01', to_month: null, reason: 'no_income', note: null, recorded_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export function financeDuesRouteCases<W extends string>(
  { read, post, ownOnly }: { read: Expect<W>; post: Expect<W>; ownOnly: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}/finance/dues`;
  return [
    { name: 'GET /orgs/{id}/finance/dues/{year}', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2024`) },
    { name: 'GET /orgs/{id}/finance/dues/{year}/export.xlsx', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/2024/export.xlsx`) },
    { name: 'GET /orgs/{id}/finance/dues/setup', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/setup`) },
    { name: 'GET /me/dues/{year}', expect: ownOnly, call: (t, u) => t.as(u).get('/api/me/dues/2024') },
    { name: 'POST /orgs/{id}/finance/dues/bases', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/bases`, { memberId: await memberId(t, 'HB29'), fromMonth: '2024-01', kind: 'insurance_salary', amount: 7_500_000 }) },
    { name: 'POST /orgs/{id}/finance/dues/exemptions', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/exemptions`, {
        memberId: await memberId(t, 'HB29'), fromMonth: '2020-01', toMonth: '2020-02', reason: 'no_income',
      }) },
    { name: 'PUT /orgs/{id}/finance/dues/exemptions/{exemptionId}', expect: post,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/exemptions/${await newExemption(t, c)}`, { fromMonth: '2020-05', toMonth: '2020-06', reason: 'no_income' }) },
    { name: 'DELETE /orgs/{id}/finance/dues/exemptions/{exemptionId}', expect: post,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/exemptions/${await newExemption(t, c)}`) },
    { name: 'POST /orgs/{id}/finance/dues/union-rates (an agency union: refused by the rules)', expect: { ...post, chair: 400, treasurer: 400 } as Expect<W>,
      call: (t, u, c) => t.as(u).send('POST', `${base(c)}/union-rates`, {
        fromMonth: '2024-01', ratePercent: 2, resolutionNumber: `${c.seq()}/NQ-BCH`, resolutionDate: '2023-12-20',
      }) },
    { name: 'POST /orgs/{id}/finance/dues/payments', expect: post,
      call: async (t, u, c) => {
        const { memberId: id, month } = await unpaidMonth(t, c);
        return t.as(u).send('POST', `${base(c)}/payments`, { month, fundId: await duesFund(t, c), entryDate: `${month}-28`, memberIds: [id] });
      } },
  ];
}
