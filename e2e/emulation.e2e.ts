// The emulation year of 2026, walked by two people: a member registers for LĐTT on their phone; the chairperson
// records the evaluation meeting and its votes, proposes who passed, sees a CSTĐCS without an initiative refused
// with the article named, records the decision of the LĐTT, and sees the year's results on the union's dashboard.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentReportYear } from '../web/modules/reports/report-year.ts';
import { chooseOption, login, screenshot, waitForPath, waitForText } from './support/app.ts';
import { PHONE } from './support/browser.ts';
import { startPeople, type People } from './support/journey.ts';
import { ORG } from './support/server.ts';

const MEMBER = 'Huỳnh Văn An';
const WITHOUT_INITIATIVE = 'Trương Thị Ân';
const FAILING = 'Võ Thị Ánh';

describe('emulation: from a registration on a phone to a decided title', () => {
  let people: People;
  let seed: number;
  let chair: Page;
  const year = currentReportYear();

  beforeAll(async () => {
    people = await startPeople();
    seed = await people.server.orgId(ORG.seed);
  });
  afterAll(() => people?.close());

  it('lets a member register for LĐTT from their own page on a phone', async () => {
    const page = await people.openPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await login(page, 'huongbinh.doanvien');
    expect(await waitForPath(page, /^\/me$/)).toBe('/me');
    const ldtt = page.getByTestId('own-emulation-ldtt');
    await waitForText(page.getByTestId('own-emulation'), `Thi đua năm ${year} của tôi`);
    await ldtt.getByRole('button', { name: 'Đăng ký' }).click();
    await waitForText(ldtt, /đã đăng ký/i); // badges are upper-cased by CSS
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('lets the chairperson record the meeting and its votes, and shows who passed against the threshold', async () => {
    chair = await people.openPage();
    await login(chair, 'huongbinh.chutich');
    await chair.goto(`/org/${seed}/emulation`);
    await expect.poll(() => chair.getByLabel('Năm').inputValue()).toBe(String(year));
    await waitForText(chair.getByTestId('emulation-year'), MEMBER);

    // the member's staff rating of the year (HTTNV), so that LĐTT can be judged
    await chair.getByTestId('add-rating').click();
    await chooseOption(chair, 'rating-member', MEMBER);
    await chair.getByTestId('rating-grade').selectOption('httnv');
    await chair.getByTestId('rating-save').click();
    await chair.getByTestId('rating-form').waitFor({ state: 'detached' });

    // the committee registers a member who did not register themselves
    await chair.getByTestId('add-registration').click();
    await chooseOption(chair, 'registration-member', FAILING);
    await chair.getByTestId('registration-save').click();
    await chair.getByTestId('registration-form').waitFor({ state: 'detached' });
    await waitForText(chair.getByTestId('emulation-year'), FAILING);

    const panel = chair.getByTestId('emulation-meeting');
    await waitForText(panel, 'Chưa ghi cuộc họp bình xét');
    await chair.getByTestId('meeting-create').click();
    await chair.getByTestId('meeting-place').fill('Hội trường UBND xã Hương Bình');
    await chair.getByTestId('meeting-chair').fill('Trần Văn Hùng');
    await chair.getByTestId('meeting-secretary').fill('Lê Thị Hà');
    await chair.getByTestId('meeting-attendees').fill('25');
    await chair.getByTestId('meeting-save').click();
    await waitForText(chair.getByTestId('meeting-summary'), 'Hội trường UBND xã Hương Bình');
    await waitForText(chair.getByTestId('meeting-threshold'), 'trên 1/2 tổng số phiếu bầu');

    // the registered member, and a CSTĐCS candidate added by hand
    await chair.getByTestId('vote-add-registered').click();
    await chooseOption(chair, 'vote-new-member', WITHOUT_INITIATIVE);
    await chair.getByTestId('vote-new-title').selectOption('cstdcs');
    await chair.getByTestId('vote-add').click();
    const rows = chair.getByTestId('meeting-vote-row');
    const memberRow = rows.filter({ hasText: MEMBER });
    const otherRow = rows.filter({ hasText: WITHOUT_INITIATIVE });
    await memberRow.getByTestId('vote-for').fill('20');
    await otherRow.getByTestId('vote-for').fill('18');
    await rows.filter({ hasText: FAILING }).getByTestId('vote-for').fill('10');
    await chair.getByTestId('votes-save').click();
    await waitForText(memberRow, /đạt · 80 %/i);
    await waitForText(otherRow, /đạt · 72 %/i);
    await waitForText(rows.filter({ hasText: FAILING }), /không đạt · 40 %/i);
    expect(await rows.filter({ hasText: FAILING }).getByTestId('vote-propose').count()).toBe(0);
    // the picture without the "saved" notices over the meeting's summary
    await expect.poll(() => chair.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
    await panel.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await screenshot(chair, 'emulation-meeting');

    // the minutes, the registration sheet and a title's dossier download as files
    for (const [testId, file] of [
      ['download-minutes', /\.docx$/], ['download-registrations', /\.docx$/], ['download-dossier-ldtt', /\.zip$/],
    ] as const) {
      const [download] = await Promise.all([chair.waitForEvent('download'), chair.getByTestId(testId).click()]);
      expect(download.suggestedFilename()).toMatch(file);
    }

    // both proposed (đề nghị) from the meeting
    await memberRow.getByTestId('vote-propose').click();
    await memberRow.getByTestId('vote-propose').waitFor({ state: 'detached' });
    await otherRow.getByTestId('vote-propose').click();
    await otherRow.getByTestId('vote-propose').waitFor({ state: 'detached' });
    await waitForText(chair.getByTestId('emulation-results'), WITHOUT_INITIATIVE);
  });

  it('refuses the CSTĐCS of a member without an initiative, naming the article', async () => {
    const results = chair.getByTestId('emulation-results');
    await results.getByTestId('result-row').filter({ hasText: WITHOUT_INITIATIVE }).getByTestId('result-decide').click();
    await chair.getByTestId('decision-number').fill('01/QĐ-CĐCS');
    await chair.getByTestId('decision-issuer').fill('Công đoàn cơ sở cơ quan xã Hương Bình');
    await chair.getByTestId('decision-save').click();
    const error = chair.getByTestId('decision-error');
    await waitForText(error, 'Chiến sĩ thi đua cơ sở');
    await waitForText(error, 'Điều 23 Luật Thi đua, khen thưởng 2022');
    await chair.keyboard.press('Escape');
    await chair.getByTestId('decision-form').waitFor({ state: 'detached' });
    await waitForText(results.getByTestId('result-row').filter({ hasText: WITHOUT_INITIATIVE }), /đề nghị/i);
  });

  it('records the decision of the LĐTT', async () => {
    const results = chair.getByTestId('emulation-results');
    const row = results.getByTestId('result-row').filter({ hasText: MEMBER });
    await row.getByTestId('result-decide').click();
    await chair.getByTestId('decision-number').fill('02/QĐ-CĐCS');
    await chair.getByTestId('decision-issuer').fill('Công đoàn cơ sở cơ quan xã Hương Bình');
    await chair.getByTestId('decision-save').click();
    await chair.getByTestId('decision-form').waitFor({ state: 'detached' });
    await waitForText(row, /đã có quyết định/i);
    await waitForText(row, '02/QĐ-CĐCS');
  });

  it("shows the year's results on the union's dashboard, and the seed's 2023 as its report states them", async () => {
    await chair.goto(`/org/${seed}?date=${year}-12-31`);
    const card = chair.getByTestId('dashboard-emulation');
    await waitForText(card, `Thi đua năm ${year}`);
    // the LĐTT decided above, of the two registered (the member on the phone, the one the committee added)
    await waitForText(card.getByTestId('emulation-stat-ldtt'), /^Lao động tiên tiến 1 có quyết định · 2 đăng ký$/i);
    // the CSTĐCS refused above stays proposed
    await waitForText(card.getByTestId('emulation-stat-cstdcs'), /^Chiến sĩ thi đua cơ sở 0 có quyết định · 0 đăng ký · 1 đề nghị$/i);
    await waitForText(card.getByTestId('emulation-rating-httnv'), /^HTTNV: 1$/i);

    await chair.goto(`/org/${seed}?date=2023-12-31`);
    await waitForText(card, 'Thi đua năm 2023');
    await waitForText(card.getByTestId('emulation-stat-registered'), /^Đoàn viên đăng ký thi đua 30$/i);
    await waitForText(card.getByTestId('emulation-stat-ldtt'), /^Lao động tiên tiến 19 có quyết định · 19 đăng ký$/i);
    await waitForText(card.getByTestId('emulation-stat-cstdcs'), /^Chiến sĩ thi đua cơ sở 1 có quyết định · 3 đăng ký$/i);
    await waitForText(card.getByTestId('emulation-stat-initiatives'), /^Sáng kiến được công nhận 1$/i);
    await waitForText(card.getByTestId('emulation-rating-httnv'), /^HTTNV: 28$/i);
    await waitForText(card.getByTestId('emulation-commendations'), 'Tập thể Lao động tiên tiến');
    await waitForText(card.getByTestId('emulation-classification'), /HTTNV theo quyết định/i);
    await card.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await screenshot(chair, 'dashboard-emulation');

    // its link opens the emulation page on the same year
    await card.getByTestId('dashboard-emulation-link').click();
    await waitForPath(chair, /\/emulation$/);
    expect(new URL(chair.url()).searchParams.get('year')).toBe('2023');
    await expect.poll(() => chair.getByLabel('Năm').inputValue()).toBe('2023');
    await waitForText(chair.getByTestId('emulation-year'), 'Phong trào thi đua yêu nước năm 2023');
    expect(people.errors()).toEqual([]);
  });
});
