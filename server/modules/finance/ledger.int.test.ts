import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { multipartFile } from '../../test/documents-route-cases.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';
import type { BalanceView, CashBookView, EntryView } from '../../../shared/contracts/finance.contract.ts';

// The ledger (issue 12, item 1): funds, receipts and payments numbered per kind and year, posted entries that no path
// can change, reversals, balances computed from the entries, the cash book and the printed voucher.

let t: TestApp;
let fundId: number;
let campaignId: number;
beforeAll(async () => {
  t = await createTestApp();
  fundId = await idOf(await treasurer().send('POST', base(), { code: 'kinh-phi-thu', name: 'Kinh phí thử', kind: 'union_finance', openingOn: '2021-01-01', openingBalance: 2_000_000 }));
  campaignId = await idOf(await treasurer().send('POST', base(), { code: 'da-cam-thu', name: 'Quỹ da cam thử', kind: 'campaign', openingOn: '2021-01-01' }));
});
afterAll(() => t.close());

const treasurer = () => t.as('huongbinh.ketoan');
const base = (path = 'funds') => `/api/orgs/${t.orgs.seed}/finance/${path}`;
async function idOf(res: Response): Promise<number> {
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { id: number }).id;
}
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const post = (body: Record<string, unknown>, who = 'huongbinh.ketoan') => t.as(who).send('POST', base('entries'), {
  fundId, direction: 'receipt', entryDate: '2021-03-01', amount: 100_000, category: 'dues', description: 'Thu đoàn phí', ...body,
});
const posted = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as EntryView;
};
const balances = async (date: string) => ((await (await treasurer().get(`${base('balances')}?date=${date}`)).json()) as BalanceView).funds;

describe('posting', () => {
  it('numbers receipts and payments apart, per year, and says the amount in words on the voucher', async () => {
    const a = await posted(await post({ amount: 5_000_000, counterparty: 'UBND xã Hương Bình', category: 'support', description: 'Hỗ trợ ngày lễ' }));
    const b = await posted(await post({ direction: 'payment', category: 'gifts', amount: 1_500_000, description: 'Quà Tết' }));
    const c = await posted(await post({ entryDate: '2022-01-05' }));
    expect([a.number, b.number, c.number]).toEqual(['PT-2021-001', 'PC-2021-001', 'PT-2022-001']);
    const res = await treasurer().get(base(`entries/${a.id}/voucher.docx`));
    expect(res.status).toBe(200);
    const text = paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml')).join('\n');
    expect(text).toContain('PHIẾU THU');
    expect(text).toContain('PT-2021-001');
    expect(text).toContain('Năm triệu đồng chẵn');
    expect(text).toContain('UBND xã Hương Bình');
  });

  it('refuses a payment filed under a receipt category, a fund of another union, a date before the fund opened', async () => {
    let res = await post({ direction: 'payment', category: 'dues' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('Khoản mục không hợp');
    res = await post({ entryDate: '2020-12-31' });
    expect((await errorOf(res)).message).toContain('ngoài thời gian mở sổ');
    const other = await idOf(await t.as('mayhuongson.chutich').send('POST', `/api/orgs/${t.orgs.enterprise}/finance/funds`, {
      code: 'kinh-phi', name: 'Kinh phí', kind: 'union_finance', openingOn: '2025-01-01',
    }));
    res = await post({ fundId: other });
    expect((await errorOf(res)).message).toContain('Không tìm thấy quỹ');
  });

  it('lets only the treasurer and the chairperson post; the committee reads; a member and another union see nothing', async () => {
    expect((await post({}, 'huongbinh.chutich')).status).toBe(200);
    expect((await post({}, 'huongbinh.uyvien')).status).toBe(403);
    expect((await post({}, 'huongbinh.doanvien')).status).toBe(403);
    expect((await t.as('huongbinh.uyvien').get(base('entries'))).status).toBe(200);
    expect((await t.as('mayhuongson.chutich').get(base('entries'))).status).toBe(404);
  });
});

describe('immutability and reversal', () => {
  it('refuses any update, delete or truncate of a posted entry, whatever the path', async () => {
    const e = await posted(await post({ amount: 70_000 }));
    const db = t.handle.db;
    await expect(db.updateTable('ledger_entries').set({ description: 'Sửa lén' }).where('id', '=', e.id).execute()).rejects.toThrow(/không được sửa hay xóa/);
    await expect(db.deleteFrom('ledger_entries').where('id', '=', e.id).execute()).rejects.toThrow(/không được sửa hay xóa/);
    await expect(sql`TRUNCATE ledger_entries CASCADE`.execute(db)).rejects.toThrow(/không được sửa hay xóa/);
    await expect(db.insertInto('ledger_entries').values({
      org_id: t.orgs.seed, fund_id: fundId, direction: 'receipt', year: 2021, seq: 999, entry_date: '2021-03-02', account: 'cash',
      amount: -50_000, category: 'dues', member_id: null, counterparty: null, description: 'Ghi âm sai số', document_ref: null, reverses_id: e.id, recorded_by: null,
    }).execute()).rejects.toThrow(/không khớp/);
    expect((await (await treasurer().get(base(`entries/${e.id}`))).json() as EntryView).description).toBe('Thu đoàn phí');
  });

  it('reverses an entry once, with the opposite amount, and the balance drops by it', async () => {
    const before = (await balances('2021-12-31')).find((f) => f.fundId === campaignId)!;
    const e = await posted(await post({ fundId: campaignId, category: 'campaign', amount: 300_000, description: 'Ủng hộ quỹ da cam' }));
    expect((await balances('2021-12-31')).find((f) => f.fundId === campaignId)!.balance).toBe(before.balance + 300_000);
    const r = await posted(await treasurer().send('POST', base(`entries/${e.id}/reverse`), { entryDate: '2021-03-05', reason: 'Ghi nhầm số tiền' }));
    expect(r).toMatchObject({ amount: -300_000, reversesId: e.id, direction: 'receipt', documentRef: e.number });
    expect((await balances('2021-12-31')).find((f) => f.fundId === campaignId)!.balance).toBe(before.balance);
    const again = await treasurer().send('POST', base(`entries/${e.id}/reverse`), { entryDate: '2021-03-05', reason: 'Ghi nhầm số tiền' });
    expect(again.status).toBe(409);
    const ofReversal = await treasurer().send('POST', base(`entries/${r.id}/reverse`), { entryDate: '2021-03-06', reason: 'Điều chỉnh lại' });
    expect(ofReversal.status).toBe(400);
  });
});

describe('balances and the cash book', () => {
  it('keeps every fund\'s balance equal to its opening plus its entries through any sequence of posts and reversals', async () => {
    const { db } = t.handle;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({
        reverse: fc.boolean(), receipt: fc.boolean(), amount: fc.integer({ min: 1, max: 50_000_000 }), day: fc.integer({ min: 1, max: 28 }),
        fund: fc.constantFrom('main', 'campaign'),
      }), { minLength: 1, maxLength: 6 }),
      async (steps) => {
        const done: EntryView[] = [];
        for (const s of steps) {
          const target = done.find((d) => d.reversesId === null && d.reversedById === null);
          if (s.reverse && target) {
            const r = await treasurer().send('POST', base(`entries/${target.id}/reverse`), { entryDate: '2021-11-30', reason: 'Điều chỉnh thử' });
            expect(r.status).toBe(200);
            target.reversedById = -1;
          } else {
            done.push(await posted(await post({
              fundId: s.fund === 'main' ? fundId : campaignId, direction: s.receipt ? 'receipt' : 'payment',
              category: s.receipt ? 'other_income' : 'other_expense', amount: s.amount, entryDate: `2021-11-${String(s.day).padStart(2, '0')}`,
            })));
          }
        }
        const { rows } = await sql<{ fund_id: number; expected: string }>`
          SELECT f.id AS fund_id, f.opening_balance + COALESCE(sum(CASE e.direction WHEN 'receipt' THEN e.amount ELSE -e.amount END), 0) AS expected
          FROM funds f LEFT JOIN ledger_entries e ON e.fund_id = f.id WHERE f.org_id = ${t.orgs.seed} GROUP BY f.org_id, f.id`.execute(db);
        const shown = await balances('2099-12-31');
        for (const row of rows) {
          expect(shown.find((f) => f.fundId === row.fund_id)!.balance).toBe(Number(row.expected));
        }
      },
    ), { numRuns: 8, seed: 20261130 });
  });

  it('runs the cash book from the balance carried in, line by line', async () => {
    const book = (await (await treasurer().get(`${base('cash-book')}?account=cash&from=2021-03-01&to=2021-03-31`)).json()) as CashBookView;
    // The funds' openings before March (entries of March come after).
    expect(book.opening).toBe(2_000_000);
    let running = book.opening;
    for (const line of book.lines) {
      running += line.direction === 'receipt' ? line.amount : -line.amount;
      expect(line.balanceAfter).toBe(running);
    }
    expect(book.closing).toBe(running);
  });
});

describe('chứng từ kèm theo', () => {
  const upload = async (who: string, name: string, purpose = 'voucher', orgId = t.orgs.seed) => {
    const { body, type } = await multipartFile(name, `tệp ${name}`);
    const res = await t.as(who).raw('POST', `/api/orgs/${orgId}/attachments?purpose=${purpose}`, body, type);
    expect(res.status, await res.clone().text()).toBe(200);
    return ((await res.json()) as { id: number }).id;
  };

  it('keeps the files posted with a voucher, adds a scan made later and unlinks one linked by mistake, the voucher unchanged', async () => {
    const invoice = await upload('huongbinh.ketoan', 'hoa-don.pdf');
    const res = await post({ direction: 'payment', category: 'welfare', description: 'Thăm hỏi ốm đau', attachmentIds: [invoice] });
    expect(res.status, await res.clone().text()).toBe(200);
    const entry = (await res.json()) as EntryView;
    expect(entry.attachments).toMatchObject([{ id: invoice, fileName: 'hoa-don.pdf', contentType: 'application/pdf' }]);

    const list = await upload('huongbinh.chutich', 'danh-sach-ky-nhan.jpg');
    const later = (await (await treasurer().send('POST', base(`entries/${entry.id}/attachments`), { attachmentId: list })).json()) as EntryView;
    expect(later.attachments.map((a) => a.id)).toEqual([invoice, list]);
    expect(later).toMatchObject({ amount: entry.amount, number: entry.number, description: entry.description });
    const unlinked = (await (await treasurer().send('DELETE', base(`entries/${entry.id}/attachments/${list}`))).json()) as EntryView;
    expect(unlinked.attachments.map((a) => a.id)).toEqual([invoice]);
    expect((await treasurer().send('DELETE', base(`entries/${entry.id}/attachments/${list}`))).status).toBe(404);
    const voucher = await treasurer().get(base(`entries/${entry.id}/voucher.docx`));
    expect(paragraphTexts(readDocxPart(Buffer.from(await voucher.arrayBuffer()), 'word/document.xml')).join('\n'))
      .toContain('Kèm theo: 01 chứng từ gốc (hoa-don.pdf).');
    const file = await t.as('huongbinh.uyvien').get(`/api/orgs/${t.orgs.seed}/attachments/${invoice}`);
    expect(await file.text()).toBe('tệp hoa-don.pdf');
    expect((await t.as('huongbinh.uyvien').send('POST', base(`entries/${entry.id}/attachments`), { attachmentId: list })).status).toBe(403);
  });

  it('refuses a file kept for another purpose or another union, and posts nothing', async () => {
    const document = await upload('huongbinh.chutich', 'cong-van.pdf', 'document');
    const other = await upload('mayhuongson.ketoan', 'hoa-don.pdf', 'voucher', t.orgs.enterprise);
    for (const id of [document, other]) {
      const res = await post({ description: `Thu kèm tệp ${id}`, attachmentIds: [id] });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toBe('attachmentIds.0: Không tìm thấy tệp chứng từ này của công đoàn');
    }
    const { items } = (await (await treasurer().get(base('entries?from=2021-01-01'))).json()) as { items: EntryView[] };
    expect(items.some((e) => e.description.startsWith('Thu kèm tệp'))).toBe(false);
  });
});
