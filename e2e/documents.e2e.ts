// The committee follows up directive documents: the dashboard lists the overdue and the due-this-week documents with
// the on-time rate; a new document is entered with its file uploaded, downloaded back, and marked done.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, todayIso } from '../shared/vi/dates.ts';
import { chooseOption, login, screenshot, waitForText } from './support/app.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG } from './support/server.ts';

const TODAY = todayIso();
const YEAR = Number(TODAY.slice(0, 4));

async function typeDate(page: Page, testId: string, iso: string) {
  await page.getByTestId(testId).fill(formatDateVi(iso));
  await page.getByTestId(testId).press('Tab');
}

describe('directive documents: the committee follows them up', () => {
  let journey: Journey;
  let page: Page;
  let seed: number;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
    seed = await journey.server.orgId(ORG.seed);
  });
  afterAll(() => journey?.close());

  it('shows overdue and due-soon documents on the dashboard', async () => {
    await login(page, 'huongbinh.uyvien');
    await page.goto(`/org/${seed}`);
    await waitForText(page.getByTestId('documents-overdue'), '97/CV-LĐLĐ');
    await waitForText(page.getByTestId('documents-due-soon'), '104/HD-LĐLĐ');
    await page.getByTestId('documents-due-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-dashboard');
  });

  it('enters a document with its file, downloads the file and marks the document done', async () => {
    await page.goto(`/org/${seed}/documents`);
    await page.getByTestId('document-add').click();
    await page.getByTestId('document-number').fill('150/KH-LĐLĐ');
    await page.getByTestId('document-issuer').fill('LĐLĐ thành phố Huế');
    await typeDate(page, 'document-issued', `${YEAR}-01-05`);
    await typeDate(page, 'document-received', `${YEAR}-01-06`);
    await page.getByTestId('document-summary').fill('Kế hoạch tổ chức Tháng Công nhân');
    await typeDate(page, 'document-deadline', `${YEAR}-12-31`);
    await chooseOption(page, 'document-assignee', 'Hoàng Thị Lan');
    await page.getByTestId('document-form').locator('input[type="file"]').setInputFiles({
      name: 'Kế hoạch 150.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 kế hoạch'),
    });
    await waitForText(page.getByTestId('document-file-name'), 'Kế hoạch 150.pdf');
    await page.getByTestId('document-save').click();
    await page.getByTestId('document-form').waitFor({ state: 'detached' });
    const row = page.getByTestId('documents-table').locator('tr', { hasText: '150/KH-LĐLĐ' });
    await waitForText(row, /chưa xử lý/i);

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('document-download').click()]);
    expect(download.suggestedFilename()).toBe('Kế hoạch 150.pdf');
    expect(fs.readFileSync(await download.path()).toString()).toBe('%PDF-1.4 kế hoạch');

    await row.getByTestId('document-done').click();
    await page.getByTestId('document-done-save').click();
    await page.getByTestId('document-done-form').waitFor({ state: 'detached' });
    await waitForText(row, /hoàn thành/i);
    await waitForText(row, formatDateVi(TODAY));
    await screenshot(page, 'documents-register');
    expect(journey.watched.errors).toEqual([]);
  });
});
