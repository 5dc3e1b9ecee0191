import ExcelJS from 'exceljs';
import type { TestApp } from './test-app.ts';

// The ledger's rows of the authorization matrix (authorization.int.test.ts): every route, each caller kind.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

/** A fund of the seed union and a receipt in it, made directly in the database for the call. */
async function fundAndEntry(t: TestApp, c: Ctx): Promise<{ fundId: number; entryId: number }> {
  const n = c.seq();
  const { id: fundId } = await t.handle.db.insertInto('funds').values({
    org_id: c.seed, code: `quy-thu-quyen-${n}`, name: 'Quỹ thử quyền', kind: 'other', opening_on: '2025-01-01', opening_balance: 0, monthly_amount: null,
  }).returning('id').executeTakeFirstOrThrow();
  const { id: entryId } = await t.handle.db.insertInto('ledger_entries').values({
    org_id: c.seed, fund_id: fundId, direction: 'receipt', year: 2025, seq: 9000 + n, entry_date: '2025-03-01', account: 'cash', amount: 10_000,
    category: 'other_income', member_id: null, counterparty: null, description: 'Thu thử quyền', document_ref: null, reverses_id: null, recorded_by: null,
  }).returning('id').executeTakeFirstOrThrow();
  return { fundId, entryId };
}

/** A day of 2021 of its own for each call (one disclosure of a period per place). */
const dayOf = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

async function disclosureMade(t: TestApp, c: Ctx): Promise<number> {
  const day = dayOf(c.seq());
  return (await t.handle.db.insertInto('finance_disclosures').values({
    org_id: c.seed, period_from: '2021-01-01', period_to: day, published_on: day, place: 'meeting', note: null, recorded_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** A file kept for vouchers, stored directly for the call. */
async function voucherFile(t: TestApp, c: Ctx): Promise<number> {
  const content = new TextEncoder().encode(`hóa đơn ${c.seq()}`);
  return (await t.handle.db.insertInto('attachments').values({
    org_id: c.seed, purpose: 'voucher', file_name: 'hoa-don.txt', content_type: 'text/plain', byte_size: content.byteLength,
    sha256: 'a'.repeat(64), content, uploaded_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export function financeLedgerRouteCases<W extends string>(
  { read, post, members, ownOnly }: { read: Expect<W>; post: Expect<W>; members: Expect<W>; ownOnly: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}/finance`;
  return [
    { name: 'GET /orgs/{id}/finance/funds', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/funds`) },
    { name: 'POST /orgs/{id}/finance/funds', expect: post,
      call: (t, u, c) => t.as(u).send('POST', `${base(c)}/funds`, { code: `quy-${c.seq()}`, name: 'Quỹ thử', kind: 'other', openingOn: '2025-01-01' }) },
    { name: 'GET /orgs/{id}/finance/entries', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/entries?from=2025-01-01`) },
    { name: 'POST /orgs/{id}/finance/entries', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/entries`, {
        fundId: (await fundAndEntry(t, c)).fundId, direction: 'payment', entryDate: '2025-03-02', amount: 5_000, category: 'other_expense', description: 'Chi thử quyền',
      }) },
    { name: 'POST /orgs/{id}/finance/entries/import (dry run)', expect: post,
      call: async (t, u, c) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Sổ quỹ').addRows([['Ngày', 'Quỹ', 'Thu', 'Chi', 'Khoản mục', 'Nội dung'], ['05/03/2025', 'Quỹ thử', 10_000, null, 'Thu khác', 'Thu thử quyền']]);
        return t.as(u).upload(`${base(c)}/entries/import?dryRun=true`, Buffer.from(await wb.xlsx.writeBuffer()));
      } },
    { name: 'GET /orgs/{id}/finance/entries/{entryId}', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/entries/${(await fundAndEntry(t, c)).entryId}`) },
    { name: 'POST /orgs/{id}/finance/entries/{entryId}/reverse', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/entries/${(await fundAndEntry(t, c)).entryId}/reverse`, { entryDate: '2025-03-05', reason: 'Thử quyền điều chỉnh' }) },
    { name: 'POST /orgs/{id}/finance/entries/{entryId}/attachments', expect: post,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/entries/${(await fundAndEntry(t, c)).entryId}/attachments`, { attachmentId: await voucherFile(t, c) }) },
    { name: 'DELETE /orgs/{id}/finance/entries/{entryId}/attachments/{attachmentId}', expect: post,
      call: async (t, u, c) => {
        const { entryId } = await fundAndEntry(t, c);
        const attachmentId = await voucherFile(t, c);
        await t.handle.db.insertInto('ledger_entry_attachments').values({ org_id: c.seed, entry_id: entryId, attachment_id: attachmentId, linked_by: null }).execute();
        return t.as(u).send('DELETE', `${base(c)}/entries/${entryId}/attachments/${attachmentId}`);
      } },
    { name: 'GET /orgs/{id}/finance/entries/{entryId}/voucher.docx', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/entries/${(await fundAndEntry(t, c)).entryId}/voucher.docx`) },
    { name: 'GET /orgs/{id}/finance/balances', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/balances?date=2025-12-31`) },
    { name: 'GET /orgs/{id}/finance/cash-book', expect: read,
      call: (t, u, c) => t.as(u).get(`${base(c)}/cash-book?account=cash&from=2025-01-01&to=2025-12-31`) },
    { name: 'GET /orgs/{id}/finance/cash-book.xlsx', expect: read,
      call: (t, u, c) => t.as(u).get(`${base(c)}/cash-book.xlsx?account=cash&from=2025-01-01&to=2025-12-31`) },
    { name: 'GET /orgs/{id}/finance/disclosure', expect: members, call: (t, u, c) => t.as(u).get(`${base(c)}/disclosure?from=2025-01-01&to=2025-12-31`) },
    { name: 'GET /orgs/{id}/finance/disclosure.docx', expect: members,
      call: (t, u, c) => t.as(u).get(`${base(c)}/disclosure.docx?from=2025-01-01&to=2025-03-31`) },
    { name: 'GET /orgs/{id}/finance/disclosure.xlsx', expect: members,
      call: (t, u, c) => t.as(u).get(`${base(c)}/disclosure.xlsx?from=2025-01-01&to=2025-03-31`) },
    { name: 'GET /orgs/{id}/finance/disclosures', expect: members, call: (t, u, c) => t.as(u).get(`${base(c)}/disclosures?year=2021`) },
    { name: 'POST /orgs/{id}/finance/disclosures', expect: post,
      call: (t, u, c) => {
        const day = dayOf(c.seq());
        return t.as(u).send('POST', `${base(c)}/disclosures`, { from: '2021-01-01', to: day, publishedOn: day, place: 'notice_board' });
      } },
    { name: 'DELETE /orgs/{id}/finance/disclosures/{disclosureId}', expect: post,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/disclosures/${await disclosureMade(t, c)}`) },
    { name: 'GET /me/disclosure', expect: ownOnly, call: (t, u) => t.as(u).get('/api/me/disclosure?from=2025-01-01&to=2025-12-31') },
  ];
}
