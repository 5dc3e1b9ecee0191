// The chair of CĐCS cơ quan xã Hương Bình looks after the member list: overview, search,
// add by hand, import from Excel (a bad file first), and the English interface.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, screenshot, waitForCount, waitForPath, waitForText } from './support/app.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ORG, type TestServer } from './support/server.ts';
import { memberWorkbook, XLSX_MIME } from './support/xlsx.ts';
import { openXlsx } from '../server/core/xlsx/read-xlsx.ts';

describe('members: the chair keeps the member list', () => {
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

  it('logs in and sees 30 members, 7 of them women, on the overview', async () => {
    await login(page, 'huongbinh.chutich');
    expect(await waitForPath(page, /^\/org\/\d+\/?$/)).toBe(`/org/${seed}`);
    await waitForText(page.getByTestId('org-summary'), 'Công đoàn cơ sở cơ quan xã Hương Bình');
    await waitForText(page.getByTestId('stat-total'), /\b30\b/);
    await waitForText(page.getByTestId('stat-women'), /\b0?7\b/);
    // the charts animate in; let them settle before the picture
    await page.getByTestId('stat-total').waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'dashboard');
  });

  it('finds "Đặng Ngọc Đức" when typing the name without diacritics', async () => {
    await page.getByTestId('nav-members').click();
    await waitForPath(page, /\/members$/);
    const rows = page.getByTestId('member-row');
    await waitForCount(rows, 25); // first page of the 30
    await page.getByTestId('member-search').fill('dang ngoc duc');
    await page.waitForURL((url) => url.searchParams.get('q') === 'dang ngoc duc');
    await waitForCount(rows, 1);
    await waitForText(rows, 'Đặng Ngọc Đức');
    // the name cell shows the name exactly as written, diacritics and all
    expect(await rows.first().getByText('Đặng Ngọc Đức', { exact: true }).count()).toBe(1);
  });

  it('adds a member through the form and finds her in the list', async () => {
    await page.getByTestId('member-search').fill('');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await waitForCount(page.getByTestId('member-row'), 25);
    await screenshot(page, 'members');

    await page.getByTestId('member-add').click();
    await waitForPath(page, /\/members\/new$/);
    await page.getByTestId('member-code').fill('HB40');
    await page.getByTestId('member-fullName').fill('Phạm Thị Mới');
    await page.getByTestId('member-sex').selectOption({ label: 'Nữ' });
    await page.getByTestId('member-category').selectOption({ label: 'Cán bộ không chuyên trách' });
    const joined = page.getByTestId('member-joinedOn');
    await joined.click();
    await joined.pressSequentially('01/03/2024');
    await page.keyboard.press('Escape');
    await page.getByTestId('member-code').click(); // blur: the date field parses what was typed
    expect(await joined.inputValue()).toBe('01/03/2024');
    await screenshot(page, 'member-form');

    await page.getByTestId('member-save').click();
    // saved: the app opens the new member's record
    await waitForPath(page, new RegExp(`^/org/${seed}/members/\\d+$`));
    await waitForText(page.locator('main h1, main h2').first(), 'Phạm Thị Mới');

    await page.goto(`/org/${seed}/members?q=HB40`);
    const rows = page.getByTestId('member-row');
    await waitForCount(rows, 1);
    const row = rows.first();
    expect(await row.getAttribute('data-code')).toBe('HB40');
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Phạm Thị Mới');
    expect(text).toContain('Nữ');
    expect(text).toContain('Cán bộ không chuyên trách');

    // and she is counted on the overview
    await page.getByTestId('nav-dashboard').click();
    await waitForText(page.getByTestId('stat-total'), /\b31\b/);
    await waitForText(page.getByTestId('stat-women'), /\b0?8\b/);
  });

  it('lists the bad row of an Excel file and imports nothing, then imports a valid file', async () => {
    await page.getByTestId('nav-import').click();
    await waitForPath(page, /\/import$/);

    const bad = await memberWorkbook([
      { code: 'HB41', fullName: 'Lê Văn Một', sex: 'Nam', category: 'Cán bộ, công chức', joinedOn: '15/01/2024' },
      { code: 'HB42', fullName: 'Trần Thị Hai', sex: 'Nữ', category: 'Cán bộ không chuyên trách', joinedOn: '31/02/2024' },
      { code: 'HB43', fullName: 'Ngô Văn Ba', sex: 'Nam', category: 'Người lao động hợp đồng', joinedOn: '01/04/2024' },
    ]);
    await page.getByTestId('import-file').setInputFiles({ name: 'doan-vien-loi.xlsx', mimeType: XLSX_MIME, buffer: bad });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const errorRows = errors.locator('tbody tr');
    await waitForCount(errorRows, 1);
    const cells = await errorRows.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('3'); // HB42 is on Excel row 3 (row 1 holds the headers)
    expect(cells[1]).toBe('Ngày vào công đoàn');
    expect(cells[2]).toMatch(/31\/02\/2024|ngày/i);
    expect(await page.getByTestId('import-submit').isDisabled()).toBe(true);
    await screenshot(page, 'import-errors');

    // nothing was imported
    const afterBad = await page.request.get(`/api/orgs/${seed}/members?q=HB41`);
    expect(afterBad.ok()).toBe(true);
    expect((await afterBad.json()).total).toBe(0);

    const good = await memberWorkbook([
      { code: 'HB41', fullName: 'Lê Văn Một', sex: 'Nam', category: 'Cán bộ, công chức', joinedOn: '15/01/2024' },
      { code: 'HB42', fullName: 'Trần Thị Hai', sex: 'Nữ', category: 'Cán bộ không chuyên trách', joinedOn: '28/02/2024' },
      { code: 'HB43', fullName: 'Ngô Văn Ba', sex: 'Nam', category: 'Người lao động hợp đồng', joinedOn: '01/04/2024' },
    ]);
    await page.getByTestId('import-file').setInputFiles({ name: 'doan-vien.xlsx', mimeType: XLSX_MIME, buffer: good });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await waitForCount(preview.locator('tbody tr'), 3);
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    const submit = page.getByTestId('import-submit');
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await waitForText(page.getByTestId('import-success'), /\b3\b/);

    await page.goto(`/org/${seed}/members?q=HB4`);
    await waitForCount(page.getByTestId('member-row'), 4); // HB40 by hand, HB41–HB43 imported
    const codes = await page.getByTestId('member-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes.sort()).toEqual(['HB40', 'HB41', 'HB42', 'HB43']);
    await page.getByTestId('nav-dashboard').click();
    await waitForText(page.getByTestId('stat-total'), /\b34\b/);
  });

  it('downloads the 2023 year workbook and is refused importing it back into a year already kept', async () => {
    await page.getByTestId('nav-import').click();
    await waitForPath(page, /\/import$/);
    const card = page.getByTestId('year-workbook');
    await card.getByTestId('year-workbook-year').fill('2023');
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('year-workbook-download').click()]);
    expect(download.suggestedFilename()).toBe('so-nam-2023-CDCS-HUONGBINH.xlsx');
    const workbook = await openXlsx(fs.readFileSync(await download.path()));
    expect(workbook.sheets.map((x) => x.name)).toEqual(expect.arrayContaining(['Hướng dẫn', 'Đoàn viên', 'Sổ quỹ', 'Điểm danh', 'Chỉ tiêu']));

    await card.getByTestId('year-workbook-import').click();
    await page.getByTestId('year-workbook-upload-file').setInputFiles({ name: 'so-nam-2023.xlsx', mimeType: XLSX_MIME, buffer: fs.readFileSync(await download.path()) });
    await waitForText(page.getByTestId('year-workbook-upload-form'), /Năm 2023 của công đoàn đã có dữ liệu/);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'year-workbook');
    await page.locator('.mantine-Modal-close').click();
    await page.getByTestId('year-workbook-upload-form').waitFor({ state: 'detached' });
    await page.getByTestId('nav-dashboard').click();
  });

  it('switches to English', async () => {
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await waitForText(page.getByTestId('nav-members'), 'Members');
    await waitForText(page.getByTestId('nav-dashboard'), 'Overview');
    await waitForText(page.getByTestId('stat-total'), /total members/i) // label is upper-cased by CSS;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // the choice survives a reload
    await page.reload();
    await waitForText(page.getByTestId('nav-import'), 'Import from Excel');
    await page.getByTestId('nav-members').click();
    await waitForText(page.getByTestId('member-add'), 'Add member');
  });

  it('had no browser errors nor server failures', () => {
    expect(watched.errors).toEqual([]);
  });
});
