// The rest of the emulation year's records, entered by the chairperson on the Thi đua page of 2026: a movement, a
// commendation proposed then decided (with a new decision) and its cash corrected, a collective prize, a discipline,
// the union's vote threshold, the year's summary sheet downloaded, and the union's classification scored under the
// thresholds its upper level sets.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, login, screenshot, waitForText, watchErrors } from './support/app.ts';
import { newContext } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG } from './support/server.ts';

const YEAR = 2026;
const COMMENDED = 'Huỳnh Văn An';
const DISCIPLINED = 'Võ Thị Ánh';
const UNION = 'Công đoàn cơ sở cơ quan xã Hương Bình';

describe('emulation forms: everything the committee records about a year', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  it('launches a movement and shows it in the year', async () => {
    const seed = await journey.server.orgId(ORG.seed);
    await login(page, 'huongbinh.chutich');
    await page.goto(`/org/${seed}/emulation?year=${YEAR}`);
    await expect.poll(() => page.getByLabel('Năm').inputValue()).toBe(String(YEAR));
    await page.getByTestId('emulation-entries').waitFor();
    await page.getByTestId('add-movement').click();
    await page.getByTestId('movement-name').fill('Thi đua chuyển đổi số trong cơ quan');
    await page.getByTestId('movement-content').fill('Mỗi cán bộ thực hiện ít nhất một thủ tục trực tuyến toàn trình.');
    await page.getByTestId('movement-launched').fill('15/03/2026');
    await page.getByTestId('movement-launched').press('Tab');
    await page.getByTestId('movement-targets').fill('100 % hồ sơ tiếp nhận trực tuyến\nMỗi cán bộ có chữ ký số');
    await page.getByTestId('movement-save').click();
    await page.getByTestId('movement-form').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('emulation-movements'), 'Thi đua chuyển đổi số trong cơ quan');
    await waitForText(page.getByTestId('emulation-movements'), 'Mỗi cán bộ có chữ ký số');
    await waitForText(page.getByTestId('emulation-movements'), '15/03/2026');
  });

  it('proposes a commendation to a member, records its decision, then corrects its cash', async () => {
    await page.getByTestId('add-commendation').click();
    await chooseOption(page, 'commendation-member', COMMENDED);
    await page.getByTestId('commendation-kind').selectOption('giay_khen');
    await page.getByTestId('commendation-issuer').fill(UNION);
    await page.getByTestId('commendation-reason').fill('Hoàn thành xuất sắc phong trào chuyển đổi số');
    await page.getByTestId('commendation-save').click();
    await page.getByTestId('commendation-form').waitFor({ state: 'detached' });
    const row = page.getByTestId('commendation-row').filter({ hasText: COMMENDED });
    await waitForText(row, /đề nghị/i);

    await row.getByTestId('commendation-decide').click();
    await page.getByTestId('decision-number').fill('15/QĐ-CĐCS');
    await page.getByTestId('decision-issuer').fill(UNION);
    await page.getByTestId('decision-save').click();
    await page.getByTestId('decision-form').waitFor({ state: 'detached' });
    await waitForText(row, /đã có quyết định/i);
    await waitForText(row, '15/QĐ-CĐCS');

    await row.getByTestId('commendation-cash-edit').click();
    await page.getByTestId('cash-amount').fill('500000');
    await page.getByTestId('cash-reason').fill('Theo nghị quyết hội nghị công đoàn cơ sở');
    await page.getByTestId('cash-save').click();
    await page.getByTestId('cash-form').waitFor({ state: 'detached' });
    await waitForText(row, '500.000 đ');
  });

  it('records a collective prize of the host agency and a discipline', async () => {
    await page.getByTestId('add-collective-award').click();
    await page.getByTestId('collective-award-holder').selectOption('host');
    await page.getByTestId('collective-award-kind').getByText('Giải thưởng').click();
    await page.getByTestId('collective-award-name').fill('Chuyển đổi số');
    await page.getByTestId('collective-award-rank').fill('giải ba');
    await page.getByTestId('collective-award-issuer').fill('Ủy ban nhân dân huyện');
    await page.getByTestId('collective-award-level').selectOption('district');
    await page.getByTestId('collective-award-save').click();
    await page.getByTestId('collective-award-form').waitFor({ state: 'detached' });
    const award = page.getByTestId('collective-award-row').filter({ hasText: 'Chuyển đổi số — giải ba' });
    await waitForText(award, /cơ quan, đơn vị/i);
    await waitForText(award, /đề nghị/i);

    await page.getByTestId('add-discipline').click();
    await chooseOption(page, 'discipline-member', DISCIPLINED);
    await page.getByTestId('discipline-kind').selectOption('warning');
    await page.getByTestId('discipline-date').fill('20/05/2026');
    await page.getByTestId('discipline-date').press('Tab');
    await page.getByTestId('discipline-reason').fill('Vi phạm quy chế làm việc');
    await page.getByTestId('discipline-save').click();
    await page.getByTestId('discipline-form').waitFor({ state: 'detached' });
    const discipline = page.getByTestId('discipline-row').filter({ hasText: DISCIPLINED });
    await waitForText(discipline, 'Cảnh cáo');
    await waitForText(discipline, '20/05/2026');
  });

  it('sets the union\'s vote threshold in the meeting panel', async () => {
    const threshold = page.getByTestId('vote-threshold-current');
    await waitForText(threshold, 'trên 1/2 tổng số phiếu bầu');
    await page.getByTestId('vote-threshold-edit').click();
    await page.getByTestId('vote-threshold-inclusive').selectOption('atLeast');
    await page.getByTestId('vote-threshold-numerator').fill('2');
    await page.getByTestId('vote-threshold-denominator').fill('3');
    await page.getByTestId('vote-threshold-save').click();
    await page.getByTestId('vote-threshold-form').waitFor({ state: 'detached' });
    await waitForText(threshold, 'từ 2/3 tổng số phiếu bầu trở lên');
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId('emulation-entries').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await screenshot(page, 'emulation-forms');
  });

  it('downloads the year\'s summary as an .xlsx (a zip), which imports back unchanged', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('emulation-summary').click()]);
    expect(download.suggestedFilename()).toBe(`tong-hop-thi-dua-${YEAR}.xlsx`);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // the summary imports back: checked first, and it changes nothing
    await page.getByTestId('emulation-import').click();
    await page.getByTestId('emulation-import-file').setInputFiles(await download.path());
    await waitForText(page.getByTestId('emulation-import-form'), 'Tệp không thay đổi gì trong hồ sơ');
    await expect.poll(() => page.getByTestId('emulation-import-submit').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('emulation-import-form').waitFor({ state: 'detached' });
  });

  it('scores the union\'s self-assessment with evidence, and the upper level\'s officer sets its own thresholds', async () => {
    const form = page.getByTestId('classification');
    await waitForText(form, `Xếp loại công đoàn cơ sở năm ${YEAR}`);
    await waitForText(form, /thang điểm chưa đối chiếu văn bản/i);
    // Full marks but 5 points on 1.2: 95 of 100, HTXSNV by the scale's thresholds (90).
    for (const row of await form.locator('tr[data-testid^="indicator-"]').all()) {
      const code = ((await row.getAttribute('data-testid')) ?? '').replace('indicator-', '');
      const max = /tối đa (\d+) điểm/.exec(await row.innerText())![1];
      await row.getByLabel(`Điểm chỉ tiêu ${code}`).fill(code === '1.2' ? '5' : max);
    }
    await form.getByLabel('Minh chứng chỉ tiêu 2.2').fill('Biên bản họp bình xét ngày 15/12/2026');
    await page.getByTestId('classification-save').click();
    await waitForText(page.getByTestId('classification-result'), 'Tổng điểm: 95 → HTXSNV');
    await form.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await screenshot(page, 'classification-form');

    // The city federation above (LĐLĐ thành phố Huế) sets 96 points for HTXSNV from 01/01/2026: the same 95 points become HTTNV.
    const context = await newContext(journey.browser, journey.server.url);
    const officer = await context.newPage();
    const officerErrors = watchErrors(officer);
    await login(officer, 'tinh.canbo');
    const seed = await journey.server.orgId(ORG.seed);
    const upper = await journey.server.orgId(ORG.province);
    await officer.goto(`/org/${upper}/rules?date=${YEAR}-12-31`);
    const card = officer.getByTestId('classification-thresholds-card');
    await waitForText(card, 'theo thang điểm');
    await officer.getByTestId('threshold-from').fill(`01/01/${YEAR}`);
    await officer.getByTestId('threshold-from').press('Tab'); // closes the date picker, which may cover the button
    await officer.getByTestId('threshold-htxsnvMin').fill('96');
    await officer.getByTestId('threshold-note').fill('Hướng dẫn số 05/HD-LĐLĐ về xếp loại công đoàn cơ sở');
    await officer.getByTestId('threshold-save').click();
    await waitForText(officer.getByTestId('classification-thresholds-effective'), 'HTXSNV từ 96 điểm');
    await screenshot(officer, 'classification-thresholds');
    expect(officerErrors.errors).toEqual([]);
    await context.close();

    await page.goto(`/org/${seed}/emulation?year=${YEAR}`);
    await waitForText(page.getByTestId('classification-thresholds'), 'Hướng dẫn số 05/HD-LĐLĐ');
    await waitForText(page.getByTestId('classification-result'), 'Tổng điểm: 95 → HTTNV');
    expect(journey.watched.errors).toEqual([]);
  });
});
