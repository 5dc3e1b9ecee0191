// The enterprise union's year (issue 14): the committee keeps the workforce figures (the demo's 2026 dates with the
// members' coverage, figures entered through the form, the employer's Excel checked and imported), reads the safety
// page (the network, the inspections, the year's minor accident with the support paid), records a dialogue with three
// issues and follows its recruitment drive on a phone; then the chairperson sees the overdue follow-up and the
// agreement to renegotiate on the dashboard and downloads the 2026 report and the statistical form Mẫu 1-HĐCĐ.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, screenshot, waitForText, watchErrors } from './support/app.ts';
import { newContext, PHONE } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG } from './support/server.ts';
import { paragraphTexts, readDocxPart } from '../server/modules/reports/document/read-docx.ts';

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

  it('follows the recruitment drive on a phone: the 2026 target, a consenting worker added, then erased when consent is withdrawn', async () => {
    const phone = await (await newContext(journey.browser, journey.server.url, { viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
    const watched = watchErrors(phone);
    await login(phone, 'mayhuongson.uyvien');
    await phone.goto(`/org/${enterprise}/recruitment`);
    await waitForText(phone.getByTestId('recruitment-admitted'), '7');
    await waitForText(phone.getByTestId('recruitment-percent'), '70 %');
    await waitForText(phone.getByTestId('recruitment-prospects'), 'Lê Văn Hào');

    await phone.getByTestId('prospect-add').click();
    await phone.getByTestId('prospect-full-name').fill('Đoàn Thị Thử');
    await phone.getByTestId('prospect-team').fill('Xưởng may 1 – chuyền 2');
    await phone.getByTestId('prospect-phone').fill('0905 111 222');
    await phone.getByTestId('recruitment-prospect-form-save').click();
    await waitForText(phone.getByTestId('recruitment-prospect-form'), /Cần ngày người lao động đồng ý/);
    await phone.getByTestId('prospect-consent-on').fill('02/11/2026');
    await phone.getByTestId('prospect-consent-on').press('Tab');
    await phone.getByTestId('recruitment-prospect-form-save').click();
    await phone.getByTestId('recruitment-prospect-form').waitFor({ state: 'detached' });
    const row = phone.locator('tr', { hasText: 'Đoàn Thị Thử' });
    await waitForText(row, '0905111222');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'recruitment-phone');

    await row.getByTestId('prospect-actions').click();
    await phone.getByTestId('prospect-withdraw').click();
    await phone.getByTestId('recruitment-withdrawal-form-save').click();
    await phone.getByTestId('recruitment-withdrawal-form').waitFor({ state: 'detached' });
    await waitForText(phone.getByTestId('recruitment-status-counts'), /2 đã rút đồng ý/);
    expect(await phone.getByText('Đoàn Thị Thử').count()).toBe(0);
    expect(watched.errors).toEqual([]);
  });

  it('the chairperson sees the overdue follow-up and the agreement to renegotiate, and downloads the 2026 report and the statistical form', async () => {
    await page.context().clearCookies(); // signed out: the committee member leaves the office computer
    await login(page, 'mayhuongson.chutich');
    await page.goto(`/org/${enterprise}`);
    // The demo's dialogue of 2026 left a follow-up overdue since 30/09/2026.
    await waitForText(page.getByTestId('dialogue-flags-card'), '30/09/2026');
    expect(await page.getByTestId('agreement-reminders-card').count()).toBe(0);
    // Eleven months on, the agreement expiring on 14/01/2028 is within its 90 days of renegotiation.
    await page.goto(`/org/${enterprise}?date=2027-11-01`);
    await waitForText(page.getByTestId('agreement-reminders-card'), /14\/01\/2028.*74 ngày/);
    await page.getByTestId('dialogue-flags-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-enterprise');

    await page.goto(`/org/${enterprise}/reports/2026`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-draft').click()]);
    const text = paragraphTexts(readDocxPart(fs.readFileSync(await download.path()), 'word/document.xml')).join('\n');
    expect(text).toContain('Thương lượng tập thể, thỏa ước lao động tập thể');
    expect(text).toContain('có 03 điều khoản có lợi hơn cho người lao động');
    expect(text).not.toContain('cán bộ, công chức');

    // The statistical form of 30/11/2026 from the workforce page, each value traced to its record.
    await page.goto(`/org/${enterprise}/workforce`);
    await waitForText(page.getByTestId('statistical-form-rows'), '423');
    await page.getByTestId('statistical-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'statistical-form');
    const [form] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistical-form-download').click()]);
    expect(form.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await form.path());
    const sheet = wb.getWorksheet('Mẫu 1-HĐCĐ')!;
    const values = sheet.getColumn(4).values.filter((v) => typeof v === 'number');
    expect(values).toContain(423);
    expect(wb.getWorksheet('Nguồn số liệu')).toBeTruthy();
    expect(journey.watched.errors).toEqual([]);
  });
});
