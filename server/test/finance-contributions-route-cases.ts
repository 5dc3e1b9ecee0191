import type { TestApp } from './test-app.ts';

// Voluntary funds' and campaigns' rows of the authorization matrix (authorization.int.test.ts): every route, each
// caller kind. Fixtures are made once in the seed union, directly in the database.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

async function memberId(t: TestApp, code: string): Promise<number> {
  return (await t.handle.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

async function fundOnce(t: TestApp, c: Ctx, code: string, kind: 'voluntary' | 'campaign'): Promise<number> {
  const found = await t.handle.db.selectFrom('funds').select('id').where('org_id', '=', c.seed).where('code', '=', code).executeTakeFirst();
  if (found) {
    return found.id;
  }
  const { id } = await t.handle.db.insertInto('funds').values({
    org_id: c.seed, code, name: kind === 'voluntary' ? 'Quỹ thử quyền tự nguyện' : 'Quỹ thử quyền vận động', kind, opening_on: '2024-01-01',
    // the campaign holds money from the start, so every allowed hand-over has something to hand over
    opening_balance: kind === 'campaign' ? 1_000_000 : 0, monthly_amount: kind === 'voluntary' ? 10_000 : null,
  }).returning('id').executeTakeFirstOrThrow();
  if (kind === 'campaign') {
    await t.handle.db.insertInto('campaigns').values({
      fund_id: id, org_id: c.seed, launched_on: '2024-01-01', recipient: 'Ủy ban MTTQ xã', target_amount: null, suggested_amount: 10_000, note: null,
    }).execute();
  }
  return id;
}
const voluntaryFund = (t: TestApp, c: Ctx) => fundOnce(t, c, 'quy-thu-quyen-tu-nguyen', 'voluntary');
const campaignFund = (t: TestApp, c: Ctx) => fundOnce(t, c, 'quy-thu-quyen-van-dong', 'campaign');

/** HB30's first 2024 month not yet collected in the voluntary fund, so each allowed call collects a new month. */
async function unpaidMonth(t: TestApp, fundId: number): Promise<{ memberId: number; month: string }> {
  const id = await memberId(t, 'HB30');
  const paid = new Set((await t.handle.db.selectFrom('fund_contributions').select('month').where('member_id', '=', id).where('fund_id', '=', fundId).execute())
    .map((r) => r.month));
  const month = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`).find((m) => !paid.has(`${m}-01`))!;
  return { memberId: id, month };
}

/** A fresh opt-out of HB29 (years before the fund: nothing else depends on it) for each call that corrects or deletes one. */
async function newOptOut(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('fund_opt_outs').values({
    org_id: c.seed, fund_id: await voluntaryFund(t, c), member_id: await memberId(t, 'HB29'), from_month: '2019-01-01', to_month: null, note: null, recorded_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export function financeContributionRouteCases<W extends string>(
  { read, post, ownOnly }: { read: Expect<W>; post: Expect<W>; ownOnly: Expect<W> },
): Case<W>[] {
  const voluntary = async (t: TestApp, c: Ctx) => `/api/orgs/${c.seed}/finance/contributions/${await voluntaryFund(t, c)}`;
  const campaigns = (c: Ctx) => `/api/orgs/${c.seed}/finance/campaigns`;
  return [
    { name: 'GET /orgs/{id}/finance/contributions/{fundId}/{year}', expect: read, call: async (t, u, c) => t.as(u).get(`${await voluntary(t, c)}/2024`) },
    { name: 'POST /orgs/{id}/finance/contributions/{fundId}/payments', expect: post,
      call: async (t, u, c) => {
        const fundId = await voluntaryFund(t, c);
        const { memberId: id, month } = await unpaidMonth(t, fundId);
        return t.as(u).send('POST', `${await voluntary(t, c)}/payments`, { month, entryDate: `${month}-28`, memberIds: [id] });
      } },
    { name: 'POST /orgs/{id}/finance/contributions/{fundId}/opt-outs', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${await voluntary(t, c)}/opt-outs`, { memberId: await memberId(t, 'HB29'), fromMonth: '2020-01', toMonth: '2020-02' }) },
    { name: 'PUT /orgs/{id}/finance/contributions/{fundId}/opt-outs/{optOutId}', expect: post,
      call: async (t, u, c) => t.as(u).send('PUT', `${await voluntary(t, c)}/opt-outs/${await newOptOut(t, c)}`, { fromMonth: '2019-01', toMonth: '2019-03' }) },
    { name: 'DELETE /orgs/{id}/finance/contributions/{fundId}/opt-outs/{optOutId}', expect: post,
      call: async (t, u, c) => t.as(u).send('DELETE', `${await voluntary(t, c)}/opt-outs/${await newOptOut(t, c)}`) },
    { name: 'POST /orgs/{id}/finance/contributions/{fundId}/amounts', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${await voluntary(t, c)}/amounts`, { fromMonth: '2030-06', amount: 20_000, decision: 'Hội nghị đoàn viên' }) },
    { name: 'GET /me/contributions/{year}', expect: ownOnly, call: (t, u) => t.as(u).get('/api/me/contributions/2024') },
    { name: 'GET /orgs/{id}/finance/campaigns', expect: read, call: (t, u, c) => t.as(u).get(campaigns(c)) },
    { name: 'POST /orgs/{id}/finance/campaigns', expect: post,
      call: (t, u, c) => t.as(u).send('POST', campaigns(c), {
        code: `van-dong-${c.seq()}`, name: 'Quỹ Vì người lao động nghèo', launchedOn: '2024-05-01', recipient: 'Ủy ban MTTQ xã', suggestedAmount: 50_000,
      }) },
    { name: 'GET /orgs/{id}/finance/campaigns/{fundId}', expect: read,
      call: async (t, u, c) => t.as(u).get(`${campaigns(c)}/${await campaignFund(t, c)}`) },
    { name: 'POST /orgs/{id}/finance/campaigns/{fundId}/contributions', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${campaigns(c)}/${await campaignFund(t, c)}/contributions`, {
        entryDate: '2024-02-01', lines: [{ memberId: await memberId(t, 'HB30'), amount: 10_000 }],
      }) },
    { name: 'POST /orgs/{id}/finance/campaigns/{fundId}/handovers', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${campaigns(c)}/${await campaignFund(t, c)}/handovers`, { entryDate: '2024-03-01', amount: 1_000 }) },
  ];
}
