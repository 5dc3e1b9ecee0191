// The enterprise union's committee keeps the workforce figures: the demo's 2026 dates with the members' coverage,
// figures entered through the form, and the employer's Excel checked and imported; then reads the safety page: the
// network, the inspections, the year's minor accident with the support paid; and records a dialogue on a phone.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, screenshot, waitForText, watchErrors } from './support/app.ts';
import { newContext, PHONE } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG } from './support/server.ts';

describe('workforce figures: the committee of the garment company keeps them', () => {
  let journey: Journey;
  let page: Page;
  let enterprise: number;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
    enterprise = await journey.server.orgId(ORG.enterprise);
  });
  afterAll(() => journey?.close());

  it('shows the 2026 figures with the coverage, adds figures by hand and imports the employer\'s file', async () => {
    await login(page, 'mayhuongson.uyvien');
    await page.goto(`/org/${enterprise}/workforce`);
    await waitForText(page.getByTestId('workforce-2026-11-30'), '423');
    await waitForText(page.getByTestId('workforce-2026-11-30').getByTestId('workforce-coverage'), /%$/);

    await page.getByTestId('workforce-add').click();
    await page.getByTestId('workforce-as-of').fill('31/08/2026');
    await page.getByTestId('workforce-as-of').press('Tab');
    await page.getByTestId('workforce-employees').fill('421');
    await page.getByTestId('workforce-women').fill('338');
    await page.getByTestId('workforce-socialInsured').fill('409');
    await page.getByTestId('workforce-save').click();
    await page.getByTestId('workforce-form').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('workforce-2026-08-31'), '421');

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lao động');
    ws.addRow(['Ngày số liệu', 'Tổng số lao động', 'Lao động nữ', 'Tham gia BHXH', 'Tiền ăn ca']);
    ws.addRow(['30/09/2026', 422, 338, 410, 30000]);
    await page.getByTestId('workforce-import-open').click();
    await page.getByTestId('workforce-import-file').setInputFiles({
      name: 'lao-dong.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await waitForText(page.getByTestId('workforce-import-preview'), '30/09/2026');
    await page.getByTestId('workforce-import-submit').click();
    await page.getByTestId('workforce-import-form').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('workforce-2026-09-30'), '422');
    await screenshot(page, 'workforce');
    expect(journey.watched.errors).toEqual([]);
  });

  it('reads the safety network, the inspections and the year\'s accident with the support paid', async () => {
    await page.goto(`/org/${enterprise}/safety`);
    await waitForText(page.getByTestId('safety-accidents'), '1.000.000');
    expect(await page.getByTestId('safety-officers').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('safety-inspections').locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'safety');
    expect(journey.watched.errors).toEqual([]);
  });

  it('a committee member records a dialogue with three issues on a phone', async () => {
    const phone = await (await newContext(journey.browser, journey.server.url, { viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
    const watched = watchErrors(phone);
    await login(phone, 'mayhuongson.uyvien');
    await phone.goto(`/org/${enterprise}/dialogue`);
    await waitForText(phone.getByTestId('dialogue-meeting').first(), /Hội nghị người lao động/);
    await phone.getByTestId('dialogue-meeting-add').click();
    await phone.getByTestId('dialogue-held-on').fill('20/10/2026');
    await phone.getByTestId('dialogue-held-on').press('Tab');
    await phone.getByTestId('dialogue-headcount').fill('420');
    await phone.getByTestId('dialogue-reps-expected').fill('7');
    await phone.getByTestId('dialogue-reps-present').fill('6');
    await phone.getByTestId('dialogue-form-save').click();
    await phone.getByTestId('dialogue-form').waitFor({ state: 'detached' });
    const card = phone.getByTestId('dialogue-meeting').filter({ hasText: '20/10/2026' });
    await waitForText(card, /đủ trên 70% đại diện/i); // badges are shown in capitals
    for (const issue of ['Bổ sung nước uống mát tại xưởng', 'Sửa quạt hút gió tổ cắt', 'Bổ sung tủ thuốc sơ cứu']) {
      await card.getByTestId('dialogue-issue-add').click();
      await phone.getByTestId('dialogue-issue-text').fill(issue);
      await phone.getByTestId('dialogue-form-save').click();
      await phone.getByTestId('dialogue-form').waitFor({ state: 'detached' });
      await waitForText(card, issue);
    }
    expect(await card.getByTestId('dialogue-issue').count()).toBe(3);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'dialogue-phone');
    expect(watched.errors).toEqual([]);
  });
});
