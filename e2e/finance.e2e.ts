// The treasurer's books: opens a fund, posts a receipt and prints it (amount in words), reverses a payment entered by
// mistake, and reads the cash book with its running balance. Then the garment company union's year: its treasurer
// collects December's dues for everyone, records a bereavement visit with its payment, prints the vouchers and opens
// the disclosure; a worker reads their dues and the disclosure on a phone. Written for the current year, so it holds
// with or without the demo's finance data (funds are chosen by name, balances read relative to what was there).
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, todayIso } from '../shared/vi/dates.ts';
import { formatDong } from '../shared/vi/money.ts';
import { paragraphTexts, readDocxPart } from '../server/modules/reports/document/read-docx.ts';
import { login, screenshot, waitForText, watchErrors } from './support/app.ts';
import { newContext, PHONE } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG } from './support/server.ts';

const TODAY = todayIso();
const YEAR = Number(TODAY.slice(0, 4));
/** The demo has a "Kinh phí, đoàn phí" of its own (2023): this journey's book has another name. */
const BOOK = `Sổ kinh phí năm ${YEAR}`;
const UNION_FUND = 'Kinh phí, đoàn phí';

/** "7.000.000 đ" as the page's text reads once spaces are normalised. */
const dong = (amount: number) => formatDong(amount).replace(/\s/g, ' ');

/** Picks an option of a Mantine select (typing first when it is searchable). */
async function pick(page: Page, testId: string, option: string | RegExp, search?: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  if (search) {
    await input.fill(search);
  }
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).first().click();
}

async function docxText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = paragraphTexts(readDocxPart(fs.readFileSync(await download.path()), 'word/document.xml')).join('\n');
  return { name: download.suggestedFilename(), text };
}

describe('finance: the treasurer keeps the books', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  it('opens the union\'s fund with its opening balance', async () => {
    const seed = await journey.server.orgId(ORG.seed);
    await login(page, 'huongbinh.ketoan');
    await page.goto(`/org/${seed}/finance`);
    await page.getByTestId('add-fund').click();
    await page.getByTestId('fund-name').fill(BOOK);
    await page.getByTestId('fund-opening').fill('2000000');
    await page.getByTestId('fund-save').click();
    await page.getByTestId('fund-form').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('fund-balances'), new RegExp(`${BOOK}\\s+0\\sđ\\s+0\\sđ\\s+2\\.000\\.000\\sđ`));
  });

  it('posts a receipt with its scanned decision attached and prints it with the amount in words', async () => {
    await page.getByTestId('add-entry').click();
    await page.getByTestId('entry-fund').selectOption({ label: BOOK });
    await page.getByTestId('entry-amount').fill('5000000');
    await page.getByTestId('entry-category').selectOption('support');
    await page.getByTestId('entry-counterparty').fill('UBND xã Hương Bình');
    await page.getByTestId('entry-description').fill('Hỗ trợ tổ chức ngày lễ');
    await page.getByTestId('entry-form').locator('input[type="file"]')
      .setInputFiles({ name: 'quyet-dinh-ho-tro.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 quyết định hỗ trợ') });
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-form').waitFor({ state: 'detached' });
    const row = page.getByTestId(`entry-PT-${YEAR}-001`);
    await waitForText(row, 'Hỗ trợ tổ chức ngày lễ');
    // The file is kept with the voucher, and downloads back as it was.
    await row.getByTestId('entry-files-open').click();
    const files = page.getByTestId('voucher-files');
    const [scan] = await Promise.all([page.waitForEvent('download'), files.getByText('quyet-dinh-ho-tro.pdf').click()]);
    expect(fs.readFileSync(await scan.path()).toString()).toBe('%PDF-1.4 quyết định hỗ trợ');
    await page.keyboard.press('Escape');
    await files.waitFor({ state: 'detached' });
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('entry-print').click()]);
    expect(download.suggestedFilename()).toBe(`PT-${YEAR}-001.docx`);
    const text = paragraphTexts(readDocxPart(fs.readFileSync(await download.path()), 'word/document.xml')).join('\n');
    expect(text).toContain('PHIẾU THU');
    expect(text).toContain('Năm triệu đồng chẵn');
    expect(text).toContain('Kèm theo: 01 chứng từ gốc (quyet-dinh-ho-tro.pdf).');
  });

  it('reverses a payment entered by mistake; the original stays, marked, and the balance is back', async () => {
    await page.getByTestId('add-entry').click();
    await page.getByTestId('entry-fund').selectOption({ label: BOOK });
    await page.getByTestId('entry-direction').getByText('Chi').click();
    await page.getByTestId('entry-amount').fill('300000');
    await page.getByTestId('entry-description').fill('Mua văn phòng phẩm');
    await page.getByTestId('entry-category').selectOption('administration');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-form').waitFor({ state: 'detached' });
    const payment = page.getByTestId(`entry-PC-${YEAR}-001`);
    await payment.getByTestId('entry-reverse').click();
    await page.getByTestId('reverse-reason').fill('Ghi trùng phiếu');
    await page.getByTestId('reverse-save').click();
    await page.getByTestId('reverse-form').waitFor({ state: 'detached' });
    await waitForText(payment, /đã điều chỉnh/i);
    await waitForText(page.getByTestId(`entry-PC-${YEAR}-002`), `Điều chỉnh PC-${YEAR}-001: Ghi trùng phiếu`);
    await waitForText(page.getByTestId('fund-balances'), new RegExp(`${BOOK}.*7\\.000\\.000\\sđ`));
  });

  it('shows the cash book with the balance after each line', async () => {
    await page.getByTestId('ledger-view').getByText('Sổ quỹ tiền mặt').click();
    // The cash of every fund: what the demo's funds carried in, plus this book's 7.000.000 đ.
    const seed = await journey.server.orgId(ORG.seed);
    const before = ((await (await page.request.get(`/api/orgs/${seed}/finance/cash-book?account=cash&from=${YEAR}-01-01&to=${YEAR}-12-31`)).json()) as { opening: number }).opening - 2_000_000;
    await waitForText(page.getByTestId(`entry-PC-${YEAR}-002`), dong(before + 7_000_000));
    await screenshot(page, 'finance-ledger');
    expect(journey.watched.errors).toEqual([]);
  });
});

describe('finance: the garment union\'s dues, a bereavement visit and the disclosure, read on a phone', () => {
  let journey: Journey;
  let page: Page;
  let ent: number;
  const december = `${YEAR}-12`;
  const decemberRow = (code: string) => page.getByTestId(`dues-row-${code}`).locator('[data-status]').nth(11);

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
    ent = await journey.server.orgId(ORG.enterprise);
  });
  afterAll(() => journey?.close());

  it('the treasurer sets a dues base where none is kept, and collects December for everyone due in one receipt', async () => {
    await login(page, 'mayhuongson.ketoan');
    const funds = (await (await page.request.get(`/api/orgs/${ent}/finance/funds`)).json()) as { items: { name: string }[] };
    if (!funds.items.some((f) => f.name === UNION_FUND)) {
      await page.goto(`/org/${ent}/finance`);
      await page.getByTestId('add-fund').click();
      await page.getByTestId('fund-name').fill(UNION_FUND);
      await page.getByTestId('fund-save').click();
      await page.getByTestId('fund-form').waitFor({ state: 'detached' });
    }
    await page.goto(`/org/${ent}/dues`);
    await page.getByTestId('dues-grid').waitFor();
    // The worker who reads their phone below: a salary of 10.000.000 đ from January when the union keeps none.
    if ((await decemberRow('MHS010').getAttribute('data-status')) === 'no_base') {
      await page.getByTestId('dues-base-open').click();
      await pick(page, 'dues-base-member', /MHS010/, 'MHS010');
      await page.getByTestId('dues-base-from').fill(`${YEAR}-01`);
      await page.getByTestId('dues-base-amount').fill('10000000');
      await page.getByTestId('dues-base-save').click();
      await page.getByTestId('dues-base-form').waitFor({ state: 'detached' });
    }
    // Before December (in Vietnam, the app's clock): due, not yet owed; from its first day, owed.
    await expect.poll(() => decemberRow('MHS010').getAttribute('data-status')).toBe(TODAY < `${december}-01` ? 'upcoming' : 'unpaid');
    await page.getByTestId(`dues-collect-${december}`).click();
    const form = page.getByTestId('dues-collect-form');
    if (!(await page.getByTestId('dues-collect-fund').inputValue())) {
      await pick(page, 'dues-collect-fund', UNION_FUND);
    }
    await expect(page.getByTestId('dues-collect-fund').inputValue()).resolves.toBe(UNION_FUND);
    await page.getByTestId('dues-collect-date').fill(formatDateVi(TODAY));
    await page.getByTestId('dues-collect-date').press('Tab');
    await form.getByTestId('dues-collect-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => decemberRow('MHS010').getAttribute('data-status')).toBe('paid');
    await expect.poll(() => page.getByTestId(`dues-collect-${december}`).count()).toBe(0);
    await expect.poll(() => page.getByTestId('dues-grid').locator(`td:nth-child(13) [data-status="unpaid"]`).count()).toBe(0);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector('[data-testid="dues-grid"]')?.closest('.mantine-ScrollArea-viewport')?.scrollTo(0, 0);
    });
    await screenshot(page, 'finance-dues');

    // The grid as the treasurer's spreadsheet: December paid for the worker.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dues-xlsx').click()]);
    expect(download.suggestedFilename()).toBe(`doan-phi-${YEAR}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1))));
    expect(rows.find((r) => r[0] === 'Mã')?.slice(0, 3)).toEqual(['Mã', 'Họ và tên', 'T1']);
    expect(typeof rows.find((r) => r[0] === 'MHS010')?.[13]).toBe('number');
  });

  it('records a bereavement visit with its payment, prints the vouchers and opens the disclosure', async () => {
    await page.goto(`/org/${ent}/welfare`);
    await page.getByTestId('welfare-add').click();
    await pick(page, 'welfare-kind', 'Hiếu');
    await page.getByTestId('welfare-date').fill(formatDateVi(TODAY));
    await page.getByTestId('welfare-date').press('Tab');
    await page.getByTestId('welfare-description').fill('Phúng viếng thân phụ đoàn viên từ trần');
    await pick(page, 'welfare-fund', UNION_FUND);
    await pick(page, 'welfare-beneficiaries', /MHS002/, 'MHS002');
    await page.getByTestId('welfare-description').click();
    await page.getByRole('textbox', { name: /Người thân/ }).fill('Trần Văn Bình');
    await page.getByTestId('welfare-amount').fill('1000000');
    await waitForText(page.getByTestId('welfare-total'), '1.000.000');
    // A relative without the relation: the server's message stands under the relation's own field.
    await page.getByTestId('welfare-save').click();
    await waitForText(page.getByTestId('welfare-form'), 'Ghi cả họ tên và quan hệ của người thân');
    expect(await page.getByTestId('welfare-relation').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('welfare-relation').fill('Bố đẻ');
    await page.getByTestId('welfare-save').click();
    await page.getByTestId('welfare-form').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('welfare-events'), /Hiếu.*Phúng viếng thân phụ đoàn viên từ trần.*1\.000\.000\sđ.*PC-/);

    // The receipt of December's dues and the payment of the visit, printed from the book.
    await page.goto(`/org/${ent}/finance`);
    const voucher = (text: string) => page.locator('[data-testid^="entry-P"]').filter({ hasText: text }).first();
    const receipt = await docxText(page, () => voucher(`Thu đoàn phí tháng 12/${YEAR}`).getByTestId('entry-print').click());
    expect(receipt.name).toMatch(new RegExp(`^PT-${YEAR}-\\d{3}\\.docx$`));
    expect(receipt.text).toContain('PHIẾU THU');
    const payment = await docxText(page, () => voucher('Phúng viếng thân phụ').getByTestId('entry-print').click());
    expect(payment.text).toContain('PHIẾU CHI');
    expect(payment.text).toContain('Một triệu đồng chẵn');

    // The disclosure of this quarter: the fund's dues received and the visit paid, and the notice for the board.
    await page.goto(`/org/${ent}/disclosure`);
    const fund = page.getByTestId('disclosure-fund').filter({ hasText: UNION_FUND });
    await waitForText(fund, /Tồn đầu kỳ.*Thu: Đoàn phí.*Chi: Thăm hỏi, trợ cấp 1\.000\.000 đ.*Tồn cuối kỳ/);
    const notice = await docxText(page, () => page.getByTestId('disclosure-docx').click());
    expect(notice.text).toContain('THÔNG BÁO');
    expect(notice.text).toContain('Thăm hỏi, trợ cấp');
    // Posted on the notice board: recorded, so the year's report may say the accounts were made public.
    await page.getByTestId('disclosure-made-open').click();
    await page.getByTestId('disclosure-made-save').click();
    await page.getByTestId('disclosure-made-form').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('disclosures-made'), /Niêm yết tại bảng tin/);
    await screenshot(page, 'finance-disclosure');
    expect(journey.watched.errors).toEqual([]);
  });

  it('a worker reads their dues and the disclosure on a phone, without scrolling sideways', async () => {
    const phone = await (await newContext(journey.browser, journey.server.url, { viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
    const watched = watchErrors(phone);
    await login(phone, 'mayhuongson.doanvien');
    await phone.goto('/me');
    await expect.poll(() => phone.getByTestId(`my-dues-${december}`).getAttribute('data-status')).toBe('paid');
    await waitForText(phone.getByTestId('my-dues'), /Đã nộp/);
    const mine = phone.getByTestId('my-disclosure');
    await waitForText(mine, /Công khai tài chính quý \d\/\d{4}/);
    await waitForText(mine.getByTestId('disclosure-fund').filter({ hasText: UNION_FUND }), /Chi: Thăm hỏi, trợ cấp 1\.000\.000 đ/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The picture: the dues card under the sticky header, the disclosure below it.
    await phone.evaluate(() => {
      const card = document.querySelector('[data-testid="my-dues"]')!;
      window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 72);
    });
    await screenshot(phone, 'finance-phone');
    expect(watched.errors).toEqual([]);
  });
});
