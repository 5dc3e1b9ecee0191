// The chairperson judges the 2023 emulation year (xét duyệt): each candidate's conditions ✓/✗ with the article,
// the 15 % cap of Nghị định 91/2017, the same page as if under another date's rules, and the rules in force.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, screenshot, waitForText } from './support/app.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG, type TestServer } from './support/server.ts';

describe('judging: the chairperson sees who meets the conditions of 2023', () => {
  let server: TestServer;
  let page: Page;
  let seed: number;
  let watched: { errors: string[] };
  let journey: Journey | undefined;

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page, watched } = journey);
    seed = await server.orgId(ORG.seed);
  });
  afterAll(() => journey?.close());

  it('shows a CSTĐCS candidate without an initiative refused, with the article, and the cap', async () => {
    await login(page, 'huongbinh.chutich');
    await page.goto(`/org/${seed}/emulation`);
    const year = page.getByLabel('Năm');
    await year.fill('2023');
    await year.blur();
    const panel = page.getByTestId('emulation-judging');
    await waitForText(panel, 'Theo quy định có hiệu lực ngày 31/12/2023');
    const candidates = page.getByTestId('emulation-judging-candidates');
    const row = candidates.locator('tr', { hasText: 'Trương Thị Ân' }).filter({ hasText: 'Chiến sĩ thi đua cơ sở' });
    await waitForText(row, /không đạt/i);
    await waitForText(row, 'Điều 23 Luật Thi đua, khen thưởng 2003');
    await waitForText(page.getByTestId('emulation-judging-caps'), 'Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP');
    await panel.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await screenshot(page, 'emulation-judging');
  });

  it('shows the same year as if under the rules of 2024', async () => {
    const asOf = page.getByTestId('emulation-judging-asof');
    await asOf.fill('31/12/2024');
    await asOf.blur();
    const panel = page.getByTestId('emulation-judging');
    await waitForText(panel, 'Theo quy định có hiệu lực ngày 31/12/2024');
    // An HTTNV candidate without an initiative is refused under the 2022 law too, now citing its Điều 23.
    const row = page.getByTestId('emulation-judging-candidates').locator('tr', { hasText: 'Trương Thị Ân' }).filter({ hasText: 'Chiến sĩ thi đua cơ sở' });
    await waitForText(row, 'Điều 23 Luật Thi đua, khen thưởng 2022');
    expect(await page.getByTestId('emulation-judging-caps').count()).toBe(1);
    expect(watched.errors).toEqual([]);
  });

  it('shows which rules judged 2023 on the page of the rules in force, with their articles', async () => {
    await page.goto(`/org/${seed}/rules?date=2023-12-31`);
    await waitForText(page.locator('main'), '91/2017/NĐ-CP');
    await waitForText(page.locator('main'), 'Chiến sĩ thi đua cơ sở');
    await screenshot(page, 'rules-in-force');
    expect(watched.errors).toEqual([]);
  });
});
