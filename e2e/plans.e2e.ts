// The plan of the year (kế hoạch, chỉ tiêu): the dashboard flags the current year's targets at risk; the plan page
// shows the 2024 targets of the seed with their measures and the CCHC rank met; a rank is recorded by hand with its
// evidence for this year's CCHC target.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { formatDateVi, todayIso } from '../shared/vi/dates.ts';
import { login, screenshot, waitForText } from './support/app.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG } from './support/server.ts';

const TODAY = todayIso();

describe('the plan: targets with live actuals', () => {
  let journey: Journey;
  let page: Page;
  let seed: number;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
    seed = await journey.server.orgId(ORG.seed);
  });
  afterAll(() => journey?.close());

  it('flags the targets at risk on the dashboard', async () => {
    await login(page, 'huongbinh.chutich');
    await page.goto(`/org/${seed}`);
    const card = page.getByTestId('targets-at-risk-card');
    await waitForText(card, /văn bản chỉ đạo/);
    await waitForText(card, /có nguy cơ/i);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'plans-dashboard');
  });

  it('shows the 2024 targets and records a rank by hand with its evidence', async () => {
    await page.goto(`/org/${seed}/plan`);
    await page.getByTestId('plan-year').fill('2024');
    await page.getByTestId('plan-year').press('Tab');
    const table = page.getByTestId('plan-targets');
    await waitForText(table, /Chiến sỹ thi đua cơ sở/);
    await waitForText(table.locator('tr', { hasText: 'CCHC' }), /đạt/i);
    await screenshot(page, 'plans-2024');

    await page.getByTestId('plan-year').fill(TODAY.slice(0, 4));
    await page.getByTestId('plan-year').press('Tab');
    const row = page.getByTestId('plan-targets').locator('tr', { hasText: 'CCHC' });
    await row.getByTestId('target-menu').click();
    await page.getByTestId('target-reading').click();
    await page.getByTestId('reading-date').fill(formatDateVi(TODAY));
    await page.getByTestId('reading-date').press('Tab');
    await page.getByTestId('reading-value').fill('5');
    await page.getByTestId('reading-evidence').fill('Thông báo kết quả chấm điểm CCHC quý III');
    await page.getByTestId('reading-save').click();
    await page.getByTestId('reading-form').waitFor({ state: 'detached' });
    await waitForText(row, /Thông báo kết quả chấm điểm CCHC quý III/);
    await waitForText(row.getByTestId('target-actual'), 'thứ 5');
  });
});
