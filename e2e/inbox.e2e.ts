// The chair finalises the 2023 report and sends it up; the city federation's officer finds it in
// the federation's inbox and opens the file.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, readDocxPart } from '../server/modules/reports/document/read-docx.ts';
import { login, screenshot, waitForCount, waitForPath, waitForText, watchErrors } from './support/app.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { ORG, startServer, type TestServer } from './support/server.ts';

describe('inbox: a finalised report reaches the upper level', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const watched: { errors: string[] }[] = [];
  let seed: number;
  let province: number;
  let number = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    seed = await server.orgId(ORG.seed);
    province = await server.orgId(ORG.province);
  });

  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
    await server?.close();
  });

  async function openPage(): Promise<Page> {
    const context = await newContext(browser, server.url);
    contexts.push(context);
    const page = await context.newPage();
    watched.push(watchErrors(page));
    return page;
  }

  it('the chair finalises the 2023 report and submits it', async () => {
    const page = await openPage();
    await login(page, 'huongbinh.chutich');
    await page.goto(`/org/${seed}/reports/2023`);
    const versions = page.getByTestId('report-versions');
    await waitForText(versions, 'Chưa chốt phiên bản nào.');

    await page.getByTestId('report-finalise').click();
    // Every figure of the demo's 2023 text comes from the records: nothing typed by hand to confirm, no gap.
    const dialog = page.getByTestId('finalise-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('finalise-confirm-all').count()).toBe(0);
    expect(await dialog.getByTestId('finalise-gaps').count()).toBe(0);
    await page.getByTestId('confirm-action').click();
    const rows = versions.getByTestId('version-row');
    await waitForCount(rows, 1);
    expect(await rows.first().getAttribute('data-version')).toBe('1');
    number = (await rows.first().getByTestId('version-number').innerText()).trim();
    expect(number).toMatch(/^\d+\/BC-CĐCS$/);
    await waitForText(rows.first(), '25/12/2023'); // the report's date

    await rows.first().getByTestId('version-submit').click();
    await page.getByTestId('confirm-action').click();
    const submitted = rows.first().getByTestId('version-submitted');
    await waitForText(submitted, /Đã gửi \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    // sent to the upper body of today: the Hương Trà federation ended on 01/07/2025
    await waitForText(submitted, 'đến Liên đoàn Lao động thành phố Huế');
    expect(await rows.first().getByTestId('version-submit').count()).toBe(0);
  });

  it('the city federation officer finds it in the inbox and opens the file', async () => {
    const page = await openPage();
    await login(page, 'tinh.canbo');
    expect(await waitForPath(page, /^\/org\/\d+\/federation$/)).toBe(`/org/${province}/federation`);
    await page.getByTestId('nav-inbox').click();
    expect(await waitForPath(page, /\/inbox$/)).toBe(`/org/${province}/inbox`);
    const rows = page.getByTestId('inbox-row');
    await waitForCount(rows, 1);
    const row = rows.first();
    expect(await row.getAttribute('data-org-id')).toBe(String(seed));
    expect(await row.getAttribute('data-year')).toBe('2023');
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Công đoàn cơ sở cơ quan xã Hương Bình');
    expect(text).toContain(number);
    expect(text).toContain('25/12/2023');
    expect(text).toContain('Phiên bản 1');
    await screenshot(page, 'inbox');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('version-docx').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-tong-ket-2023-v1.docx');
    const docx = fs.readFileSync(await download.path());
    const paragraphs = paragraphTexts(readDocxPart(docx, 'word/document.xml'));
    expect(paragraphs).toContain('LĐLĐ THỊ XÃ HƯƠNG TRÀ');
    expect(paragraphs).toContain(`Số: ${number}`);
    expect(paragraphs.join('\n')).toContain('Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí.');
  });

  it('had no browser errors nor server failures', () => {
    expect(watched.flatMap((w) => w.errors)).toEqual([]);
  });
});
