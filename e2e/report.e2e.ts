// The chair writes the 2023 annual report (báo cáo tổng kết): live figures in the text, one paragraph
// edited, the preview, and the draft .docx as Word will open it.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, readDocxPart } from '../server/modules/reports/document/read-docx.ts';
import { login, screenshot, waitForPath, waitForText } from './support/app.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG, type TestServer } from './support/server.ts';

// Typed by hand on purpose: "Bắt đầu từ năm trước" must list it when it copies the paragraph into 2024.
const NEW_SENTENCE = 'Thu nhập bình quân tăng 8% so với năm trước.';

describe('report: the chair writes the 2023 annual report', () => {
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

  const section = (key: string) => page.locator(`[data-testid="report-section"][data-key="${key}"]`);

  it('shows the report with the figures worked into the text', async () => {
    await login(page, 'huongbinh.chutich');
    await page.goto(`/org/${seed}/reports/2023`);
    await waitForPath(page, new RegExp(`^/org/${seed}/reports/2023$`));
    await waitForText(page.locator('main h1, main h2').first(), 'Báo cáo tổng kết năm 2023');
    const outline = page.getByTestId('report-outline');
    await waitForText(outline, 'Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
    await waitForText(outline, 'kỷ niệm 93 năm ngày thành lập Hội LHPN Việt Nam 20/10');
    // no placeholder is left unreplaced in the text (the figure panels and the typed-number warnings name the codes on purpose)
    const printed = await outline.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-testid="section-figures"], [data-testid="section-warnings"]').forEach((box) => box.remove());
      return copy.textContent ?? '';
    });
    expect(printed).toContain('Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí');
    expect(printed).not.toContain('{{');
    // and the report has no errors
    expect(await page.getByTestId('report-errors').count()).toBe(0);
  });

  it('edits the paragraph of A.I.2 and sees it rendered', async () => {
    const card = section('A.I.2');
    await waitForText(card, 'Tình hình đời sống của CBCC');
    expect(await card.innerText()).not.toContain(NEW_SENTENCE);
    await card.getByTestId('section-edit').click();
    const editor = card.getByTestId('section-editor');
    await editor.waitFor();
    const before = await editor.inputValue();
    expect(before).toMatch(/^Tình hình đời sống của CBCC/);
    await editor.fill(`${before.trimEnd()} ${NEW_SENTENCE}`);
    // the card at the top of the picture, below the fixed header
    await card.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await screenshot(page, 'report-editor');

    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sections/A.I.2'));
    await card.getByTestId('section-save').click();
    expect((await saved).status()).toBe(200);
    await card.getByTestId('section-editor').waitFor({ state: 'detached' });
    const text = await waitForText(card, NEW_SENTENCE);
    expect(text.replace(/\s+/g, ' ')).toContain(`nguồn thu nhập ổn định. ${NEW_SENTENCE}`);
    await waitForText(card.getByTestId('section-edited'), 'Đã sửa');

    // kept on the server: a reload shows it again
    await page.reload();
    await waitForText(section('A.I.2'), NEW_SENTENCE);
  });

  it('shows the sentence in the preview', async () => {
    await page.getByTestId('report-preview-button').click();
    const preview = page.getByTestId('report-preview');
    await waitForText(preview, NEW_SENTENCE, 30_000);
    const text = (await preview.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('LĐLĐ THỊ XÃ HƯƠNG TRÀ');
    expect(text).toContain('Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
    await page.waitForTimeout(300); // the modal's opening transition
    await screenshot(page, 'report-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
  });

  it('downloads the draft .docx with the new sentence and the upper body of 2023 in the header', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-draft').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const docx = fs.readFileSync(file);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const paragraphs = paragraphTexts(readDocxPart(docx, 'word/document.xml'));
    expect(paragraphs).toContain('LĐLĐ THỊ XÃ HƯƠNG TRÀ');
    const edited = paragraphs.find((p) => p.includes(NEW_SENTENCE));
    expect(edited).toBeDefined();
    expect(edited).toMatch(/^Tình hình đời sống của CBCC[\s\S]*nguồn thu nhập ổn định\. Thu nhập bình quân tăng 8% so với năm trước\.$/);
    expect(paragraphs.join('\n')).toContain('Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
  });

  it('offers the limitations the attendance shows once the text no longer says them, and adds one with a click', async () => {
    const card = section('A.III.1');
    expect(await card.getByTestId('section-suggestions').count()).toBe(0);
    await card.getByTestId('section-edit').click();
    const editor = card.getByTestId('section-editor');
    // Keep the opening sentence only: sinh hoạt and Chủ nhật xanh are no longer said.
    await editor.fill((await editor.inputValue()).split('\n\n')[0]);
    await card.getByTestId('section-save').click();
    await editor.waitFor({ state: 'detached' });
    const offered = card.getByTestId('section-suggestion');
    await waitForText(offered.first(), 'Việc duy trì chế độ sinh hoạt công đoàn thực hiện chưa đảm bảo: 03 buổi không tổ chức được');
    expect(await offered.count()).toBe(2);
    await card.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 76));
    await screenshot(page, 'report-suggestions');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sections/A.III.1'));
    await card.getByTestId('suggestion-add').first().click();
    expect((await saved).status()).toBe(200);
    await waitForText(card.locator('p, .mantine-Text-root').filter({ hasText: 'Việc duy trì chế độ sinh hoạt' }).first(), '03 buổi');
    await expect.poll(() => offered.count()).toBe(1);
  });

  it('starts 2024 from last year: the placeholders move on, every typed number carried over is listed for review', async () => {
    await page.goto(`/org/${seed}/reports/2024`);
    await waitForText(page.locator('main h1, main h2').first(), 'Báo cáo tổng kết năm 2024');
    await page.getByTestId('report-start-from-last-year').click();
    await page.getByTestId('confirm-action').click();
    const carried = page.getByTestId('carried-over');
    await waitForText(carried.getByTestId('carried-over-row'), '8%');
    expect(await carried.getByTestId('carried-over-row').count()).toBe(1);
    // Part B is not copied: it is written anew from the 2025 plan.
    await waitForText(carried.getByTestId('carried-over-renewed'), 'Một số chỉ tiêu cụ thể');
    await page.waitForTimeout(300); // the modal's opening transition
    await screenshot(page, 'report-carried-over');
    await carried.getByTestId('carried-over-close').click();
    await carried.waitFor({ state: 'detached' });
    // 2024 counts its own anniversary; the typed number is flagged in its section.
    await waitForText(page.getByTestId('report-outline'), 'kỷ niệm 94 năm ngày thành lập Hội LHPN Việt Nam 20/10');
    expect(await section('A.I.2').getByTestId('typed-number').count()).toBe(1);
  });

  it('had no browser errors nor server failures', () => {
    expect(watched.errors).toEqual([]);
  });
});
