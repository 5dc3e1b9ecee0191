// The treasurer's books: opens the union's fund, posts a receipt and prints it (amount in words), reverses a payment
// entered by mistake, and reads the cash book with its running balance.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, readDocxPart } from '../server/modules/reports/document/read-docx.ts';
import { login, screenshot, waitForText } from './support/app.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG } from './support/server.ts';

const YEAR = new Date().getFullYear();

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
    await page.getByTestId('fund-name').fill('Kinh phí, đoàn phí');
    await page.getByTestId('fund-opening').fill('2000000');
    await page.getByTestId('fund-save').click();
    await page.getByTestId('fund-form').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('fund-balances'), /Kinh phí, đoàn phí\s+0\sđ\s+0\sđ\s+2\.000\.000\sđ/);
  });

  it('posts a receipt and prints it with the amount in words', async () => {
    await page.getByTestId('add-entry').click();
    await page.getByTestId('entry-amount').fill('5000000');
    await page.getByTestId('entry-category').selectOption('support');
    await page.getByTestId('entry-counterparty').fill('UBND xã Hương Bình');
    await page.getByTestId('entry-description').fill('Hỗ trợ tổ chức ngày lễ');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-form').waitFor({ state: 'detached' });
    const row = page.getByTestId(`entry-PT-${YEAR}-001`);
    await waitForText(row, 'Hỗ trợ tổ chức ngày lễ');
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('entry-print').click()]);
    expect(download.suggestedFilename()).toBe(`PT-${YEAR}-001.docx`);
    const text = paragraphTexts(readDocxPart(fs.readFileSync(await download.path()), 'word/document.xml')).join('\n');
    expect(text).toContain('PHIẾU THU');
    expect(text).toContain('Năm triệu đồng chẵn');
  });

  it('reverses a payment entered by mistake; the original stays, marked, and the balance is back', async () => {
    await page.getByTestId('add-entry').click();
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
    await waitForText(page.getByTestId('fund-balances'), /7\.000\.000\sđ/);
  });

  it('shows the cash book with the balance after each line', async () => {
    await page.getByTestId('ledger-view').getByText('Sổ quỹ tiền mặt').click();
    await waitForText(page.getByTestId(`entry-PC-${YEAR}-002`), /7\.000\.000\sđ/);
    await screenshot(page, 'finance-ledger');
    expect(journey.watched.errors).toEqual([]);
  });
});
