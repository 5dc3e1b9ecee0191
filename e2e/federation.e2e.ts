// The city federation's officer (issue 15): lands on the unions under the federation with their 2026 figures, keeps
// those that have not submitted their annual report, opens one union's report (read-only), comes back to the same
// filtered list and downloads the roll-up .xlsx, whose union rows and totals match the page.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, login, screenshot, waitForCount, waitForPath, waitForText } from './support/app.ts';
import { PHONE } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG, type TestServer } from './support/server.ts';

const YEAR = 2026;
const SEED_NAME = 'Công đoàn cơ sở cơ quan xã Hương Bình';

/** The chairperson finalises the union's annual report and sends it up, through the API (the inbox journey shows the UI). */
async function submitAnnualReport(server: TestServer, username: string, orgId: number, year: number): Promise<void> {
  const json = { 'Content-Type': 'application/json' };
  const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const finalised = await fetch(`${server.url}/api/orgs/${orgId}/reports/annual/${year}/finalise`, {
    method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ acknowledged: [] }),
  });
  expect(finalised.status, await finalised.clone().text()).toBe(200);
  const { id } = (await finalised.json()) as { id: number };
  const submitted = await fetch(`${server.url}/api/orgs/${orgId}/reports/versions/${id}/submit`, { method: 'POST', headers: { cookie } });
  expect(submitted.status, await submitted.text()).toBe(200);
}

/** The whole number shown in a cell ("1.234" → 1234). */
const numberIn = async (page: Page, row: string, column: number) =>
  Number((await page.getByTestId(row).locator('td').nth(column).innerText()).split('\n')[0].replace(/\D/g, ''));

describe('federation roll-up: the city federation officer follows the unions below', () => {
  let journey: Journey;
  let page: Page;
  let province: number;
  let seed: number;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
    province = await journey.server.orgId(ORG.province);
    seed = await journey.server.orgId(ORG.seed);
    // The garment company's union has sent its 2026 report; the agency union of Hương Bình has not.
    await submitAnnualReport(journey.server, 'mayhuongson.chutich', await journey.server.orgId(ORG.enterprise), YEAR);
  });
  afterAll(() => journey?.close());

  it('lands on the unions under the federation, filters those that have not submitted, opens one report and downloads the roll-up', async () => {
    await login(page, 'tinh.canbo');
    expect(await waitForPath(page, /\/federation$/)).toBe(`/org/${province}/federation`);
    await page.getByTestId('fed-year').click();
    await page.getByRole('option', { name: String(YEAR), exact: true }).click();

    // Both grassroots unions with their figures: Hương Bình directly under the federation, the garment company under
    // the ward union (its row the subtotal of the unions below it).
    const seedRow = `fed-row-${ORG.seed}`;
    const enterpriseRow = `fed-row-${ORG.enterprise}`;
    await waitForText(page.getByTestId(seedRow), SEED_NAME);
    await waitForText(page.getByTestId(enterpriseRow), /đ/);
    await waitForText(page.getByTestId('rollup-unions-value'), '2');
    await waitForText(page.getByTestId('rollup-reports-value'), '1 / 2');
    await waitForText(page.getByTestId(enterpriseRow).getByTestId('report-status'), /Đã gửi/);
    const members = { seed: await numberIn(page, seedRow, 1), enterprise: await numberIn(page, enterpriseRow, 1) };
    expect(members.seed).toBeGreaterThan(0);
    expect(members.enterprise).toBeGreaterThan(members.seed);
    await waitForText(page.getByTestId(`fed-row-${ORG.ward}`), 'Công đoàn phường Hương Sơn');
    expect(await numberIn(page, `fed-row-${ORG.ward}`, 1)).toBe(members.enterprise);
    await waitForText(page.getByTestId('fed-total'), '1/2 đã gửi');
    await waitForText(page.getByTestId('chart-classification'), /\d/);
    await page.getByTestId('fed-total').scrollIntoViewIfNeeded();
    await screenshot(page, 'federation');

    // Not submitted ("chưa nộp"): only Hương Bình is left; the ward union, with no union left under it, goes.
    await page.getByTestId('fed-filter-report').click();
    await page.getByRole('option', { name: 'Chưa nộp' }).click();
    await waitForCount(page.getByTestId(enterpriseRow), 0);
    await waitForText(page.getByTestId('fed-shown'), '1 công đoàn cơ sở');
    expect(await page.getByTestId(`fed-row-${ORG.ward}`).count()).toBe(0);
    expect(page.url()).toContain('report=not_submitted');

    // Its report opens read-only: the officer above reads it, only the union's chairperson finalises.
    await page.getByTestId(seedRow).getByTestId(`open-report-${ORG.seed}`).click();
    expect(await waitForPath(page, /\/reports\/\d+$/)).toBe(`/org/${seed}/reports/${YEAR}`);
    await page.getByTestId('report-download-draft').waitFor();
    expect(await page.getByTestId('report-finalise').count()).toBe(0);

    // Back to the same filtered list, then the roll-up workbook of every union.
    await page.goBack();
    await waitForText(page.getByTestId(seedRow), SEED_NAME);
    expect(await page.getByTestId(enterpriseRow).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fed-download-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const rowNamed = (name: string | RegExp) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        const text = String(row.getCell(2).value ?? '');
        found ??= (typeof name === 'string' ? text === name : name.test(text)) ? row : undefined;
      });
      expect(found, String(name)).toBeDefined();
      return found!;
    };
    const members2 = (row: ExcelJS.Row) => row.getCell(3).value;
    expect(members2(rowNamed(SEED_NAME))).toBe(members.seed);
    expect(members2(rowNamed('Công đoàn cơ sở Công ty TNHH May Hương Sơn'))).toBe(members.enterprise);
    const total = rowNamed(/^TỔNG CỘNG \(2 CĐCS\)$/);
    expect(members2(total)).toBe(members.seed + members.enterprise);
    expect(total.values.toString()).toContain('1/2');

    // On a phone the cards stack and only the table scrolls sideways, not the page.
    await page.setViewportSize(PHONE);
    await page.getByTestId('fed-table').waitFor();
    // Polled: the layout settles a frame or two after the viewport changes.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(journey.watched.errors).toEqual([]);
  });
});
