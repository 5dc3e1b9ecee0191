// A union office runs congdoan without the command line: the administrator creates a new enterprise union under
// the ward union, its tổ and its chairperson's account; the chairperson activates it with the one-time code, gives
// the treasurer and three members accounts (with a printable sheet), sets the report's recipients, and the 2026
// report shows them; a member activates on a phone and sees their own record.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, readDocxPart } from '../server/modules/reports/document/read-docx.ts';
import { login, screenshot, waitForCount, waitForPath, waitForText } from './support/app.ts';
import { PHONE } from './support/browser.ts';
import { startPeople, type People } from './support/journey.ts';
import { ORG, type TestServer } from './support/server.ts';
import { memberWorkbook, XLSX_MIME } from './support/xlsx.ts';

const UNION_CODE = 'CDCS-DETHUONGSON';
const UNION_NAME = 'Công đoàn cơ sở Công ty Cổ phần Dệt Hương Sơn';
const PASSWORD = 'Det-Huong-Son-2026';

describe('administration in the app', () => {
  let people: People;
  let server: TestServer;
  const openPage = (options?: Parameters<People['openPage']>[0]) => people.openPage(options);
  let unionId = 0;
  let chairCode = '';
  let memberAccount = { username: '', code: '' };

  beforeAll(async () => {
    people = await startPeople();
    server = people.server;
  });
  afterAll(() => people?.close());

  /** Types a date as a person would; Tab leaves the field (Escape would also close the dialog around it). */
  async function typeDate(page: Page, testId: string, text: string): Promise<void> {
    const field = page.getByTestId(testId);
    await field.click();
    await field.press('Control+A');
    await field.pressSequentially(text);
    await page.keyboard.press('Tab');
    expect(await field.inputValue()).toBe(text);
  }

  async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
    await page.getByTestId(testId).click();
    await page.getByRole('option', { name: option }).first().click();
  }

  it('the administrator creates the new union under the ward union, its tổ and its chairperson\'s account', async () => {
    const ward = await server.orgId(ORG.ward);
    const page = await openPage();
    await login(page, 'admin');
    await page.goto(`/org/${ward}/organisation`);
    await waitForText(page.getByTestId('org-summary'), 'Công đoàn phường Hương Sơn');

    await page.getByTestId('org-create-child').click();
    const form = page.getByTestId('org-create-form');
    await form.waitFor();
    await page.getByTestId('org-kind').selectOption('private_enterprise');
    await page.getByTestId('org-name').fill(UNION_NAME);
    await page.getByTestId('org-shortName').fill('CĐCS Công ty CP Dệt Hương Sơn');
    await page.getByTestId('org-code').fill(UNION_CODE);
    await typeDate(page, 'org-establishedOn', '15/09/2026');
    await page.getByTestId('org-decision').fill('35/QĐ-CĐP ngày 10/09/2026 của Công đoàn phường Hương Sơn');
    await page.getByTestId('org-create-submit').click();
    await waitForText(page.getByTestId('org-children'), UNION_NAME);
    unionId = await server.orgId(UNION_CODE);

    // its tổ công đoàn
    await page.goto(`/org/${unionId}/organisation`);
    await waitForText(page.getByTestId('org-summary'), UNION_NAME);
    await waitForText(page.getByTestId('org-history'), '15/09/2026');
    await page.getByTestId('org-create-child').click();
    await page.getByTestId('org-create-form').waitFor();
    await page.getByTestId('org-kind').selectOption('union_group');
    await page.getByTestId('org-name').fill('Tổ công đoàn Phân xưởng Sợi');
    await page.getByTestId('org-shortName').fill('Tổ Phân xưởng Sợi');
    await page.getByTestId('org-code').fill(`${UNION_CODE}-T1`);
    await typeDate(page, 'org-establishedOn', '15/09/2026');
    await page.getByTestId('org-create-submit').click();
    await waitForText(page.getByTestId('org-children'), 'Tổ công đoàn Phân xưởng Sợi');
    await screenshot(page, 'organisation');

    // the chairperson's account, handed over with a one-time code
    await page.goto(`/org/${unionId}/accounts`);
    await page.getByTestId('account-add').click();
    await page.getByTestId('account-fullName').fill('Phan Thị Thu Hà');
    await page.getByTestId('account-username').fill('dethuongson.chutich');
    await pick(page, 'account-role', 'Chủ tịch');
    await page.getByTestId('account-submit').click();
    chairCode = (await waitForText(page.getByTestId('activation-code'), /^[A-Z0-9]{5}-[A-Z0-9]{5}$/)).trim();
    await screenshot(page, 'account-code');
  });

  it('the chairperson activates the account, gives the treasurer and three members accounts, and sets the recipients', async () => {
    const page = await openPage();
    await page.goto('/activate');
    await page.getByTestId('activate-username').fill('dethuongson.chutich');
    await page.getByTestId('activate-code').fill(chairCode.toLowerCase());
    await page.getByTestId('activate-password').fill('matkhau123'); // a common password: refused on the field
    await page.getByTestId('activate-confirm').fill('matkhau123');
    await page.getByTestId('activate-submit').click();
    await waitForText(page.getByTestId('activate-form'), /phổ biến|dễ đoán/i);
    await page.getByTestId('activate-password').fill(PASSWORD);
    await page.getByTestId('activate-confirm').fill(PASSWORD);
    await page.getByTestId('activate-submit').click();
    await waitForPath(page, new RegExp(`^/org/${unionId}`));

    // the treasurer, with a temporary password to change at first login
    await page.goto(`/org/${unionId}/accounts`);
    await page.getByTestId('account-add').click();
    await page.getByTestId('account-fullName').fill('Lê Văn Quỹ');
    await page.getByTestId('account-username').fill('dethuongson.ketoan');
    await pick(page, 'account-role', /Kế toán/);
    await page.getByTestId('activation-code').waitFor({ state: 'detached' }).catch(() => undefined);
    await page.getByTestId('account-submit').click();
    await waitForText(page.getByTestId('activation-code'), /^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await page.keyboard.press('Escape');
    const accounts = page.getByTestId('account-row');
    await waitForText(accounts.filter({ hasText: 'dethuongson.ketoan' }), 'Kế toán');

    // three members, imported from Excel, then their accounts and the printable sheet
    await page.goto(`/org/${unionId}/import`);
    const workbook = await memberWorkbook([
      { code: 'DHS001', fullName: 'Nguyễn Thị Sợi', sex: 'Nữ', category: 'Công nhân, người lao động', joinedOn: '20/09/2026' },
      { code: 'DHS002', fullName: 'Trần Văn Dệt', sex: 'Nam', category: 'Công nhân, người lao động', joinedOn: '20/09/2026' },
      { code: 'DHS003', fullName: 'Lê Thị Nhuộm', sex: 'Nữ', category: 'Công nhân, người lao động', joinedOn: '20/09/2026' },
    ]);
    await page.getByTestId('import-file').setInputFiles({ name: 'doan-vien.xlsx', mimeType: XLSX_MIME, buffer: workbook });
    await waitForCount(page.getByTestId('import-preview').locator('tbody tr'), 3);
    await page.getByTestId('import-submit').click();
    await waitForText(page.getByTestId('import-success'), /\b3\b/);

    await page.goto(`/org/${unionId}/members`);
    const rows = page.getByTestId('member-row');
    await waitForCount(rows, 3);
    for (let i = 0; i < 3; i += 1) {
      await rows.nth(i).getByRole('checkbox').check();
    }
    await page.getByTestId('member-accounts').click();
    await page.getByTestId('bulk-create').click();
    const created = page.getByTestId('bulk-row');
    await waitForCount(created, 3);
    await screenshot(page, 'member-accounts');
    const first = (await created.first().innerText()).split(/\s*\n\s*|\t/).map((s) => s.trim()).filter(Boolean);
    memberAccount = {
      username: first.find((s) => /^[a-z0-9_.-]{3,40}$/.test(s))!,
      code: first.find((s) => /^[A-Z0-9]{5}-[A-Z0-9]{5}$/.test(s))!,
    };
    expect(memberAccount.username).toBeTruthy();
    expect(memberAccount.code).toBeTruthy();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulk-sheet').click()]);
    const sheet = fs.readFileSync((await download.path())!);
    const text = paragraphTexts(readDocxPart(sheet, 'word/document.xml')).join('\n');
    expect(text).toContain(memberAccount.username);
    expect(text).toContain(memberAccount.code);
    expect(text).toContain('Nguyễn Thị Sợi');
    await page.keyboard.press('Escape');

    // the recipients of the union's reports
    await page.goto(`/org/${unionId}/profile`);
    const recipients = page.getByTestId('profile-recipients');
    await recipients.waitFor();
    for (const line of ['Công đoàn phường Hương Sơn', 'Ban Giám đốc Công ty', 'Lưu: VT']) {
      await recipients.getByRole('button', { name: /Thêm nơi nhận/ }).click();
      await recipients.locator('input').last().fill(line);
    }
    await screenshot(page, 'union-profile');
    await page.getByTestId('profile-save').click();
    await waitForText(page.locator('body'), 'Đã lưu thông tin công đoàn');

    // the 2026 report shows them
    await page.goto(`/org/${unionId}/reports/2026`);
    const list = page.getByTestId('report-recipients-list');
    await waitForText(list, 'Ban Giám đốc Công ty');
    expect((await list.innerText()).replace(/\s+/g, ' ')).toMatch(/Công đoàn phường Hương Sơn.*Ban Giám đốc Công ty.*Lưu: VT/);
    expect(await page.getByTestId('recipient-warning').count()).toBe(0);
  });

  it('a member activates the account on a phone and sees their own record', async () => {
    const page = await openPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto('/activate');
    await page.getByTestId('activate-username').fill(memberAccount.username);
    await page.getByTestId('activate-code').fill(memberAccount.code);
    await page.getByTestId('activate-password').fill('Soi-Det-Nhuom-2026');
    await page.getByTestId('activate-confirm').fill('Soi-Det-Nhuom-2026');
    await page.getByTestId('activate-submit').click();
    expect(await waitForPath(page, /^\/me$/)).toBe('/me');
    await waitForText(page.locator('main'), 'Hồ sơ đoàn viên của tôi');
    await waitForText(page.locator('main'), /Nguyễn Thị Sợi|Trần Văn Dệt|Lê Thị Nhuộm/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'my-record-phone');
  });

  it('the seed union\'s 2026 report flags the ended district federation and offers the city federation', async () => {
    const seed = await server.orgId(ORG.seed);
    const page = await openPage();
    await login(page, 'huongbinh.chutich');
    await page.goto(`/org/${seed}/reports/2026`);
    const warning = page.getByTestId('recipient-warning');
    await waitForText(warning, /LĐLĐ thị xã Hương Trà đã kết thúc 01\/07\/2025/);
    await page.getByTestId('recipient-replace').click();
    await waitForText(page.getByTestId('report-recipients-list'), 'LĐLĐ thành phố Huế');
    await waitForCount(page.getByTestId('recipient-warning'), 0);
    await screenshot(page, 'report-recipients');
  });

  it('had no browser errors nor server failures', () => {
    expect(people.errors()).toEqual([]);
  });
});
