// Who sees what: the city federation's officer sees the whole tree (ended units marked as such);
// a plain member on a phone sees only their own record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, screenshot, waitForPath, waitForText } from './support/app.ts';
import { PHONE } from './support/browser.ts';
import { startPeople, type People } from './support/journey.ts';
import { ORG, type TestServer } from './support/server.ts';

describe('organisations and access', () => {
  let people: People;
  let server: TestServer;
  const openPage = (options?: Parameters<People['openPage']>[0]) => people.openPage(options);

  beforeAll(async () => {
    people = await startPeople();
    server = people.server;
  });
  afterAll(() => people?.close());

  it('shows the city federation officer every union, the ended district federation marked with its end date', async () => {
    const province = await server.orgId(ORG.province);
    const district = await server.orgId(ORG.district);
    const seed = await server.orgId(ORG.seed);
    const enterprise = await server.orgId(ORG.enterprise);
    const page = await openPage();
    await login(page, 'tinh.canbo');
    // the officer lands on the unions under the federation (công đoàn trực thuộc); its overview is one click away
    expect(await waitForPath(page, /^\/org\/\d+\/federation$/)).toBe(`/org/${province}/federation`);
    await page.getByTestId('nav-dashboard').click();
    await waitForText(page.getByTestId('org-summary'), 'Liên đoàn Lao động thành phố Huế');

    // the switcher lists the tree
    const switcher = page.getByTestId('org-switcher');
    await expect.poll(() => switcher.inputValue()).toBe('Liên đoàn Lao động thành phố Huế');
    await switcher.click();
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    const options = listbox.getByRole('option');
    const texts = (await options.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('Công đoàn cơ sở cơ quan xã Hương Bình');
    expect(texts).toContain('Công đoàn cơ sở Công ty TNHH May Hương Sơn');
    expect(texts).toContain('Công đoàn phường Hương Sơn');
    // the end date is a dimmed span beside the name (spaced by a margin, not a space character);
    // only the ended federation carries it
    const ended = texts.filter((t) => t.includes('đã kết thúc'));
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatch(/^Liên đoàn Lao động thị xã Hương Trà\s*\(đã kết thúc 01\/07\/2025\)$/);

    // choosing the ended federation opens its overview, marked ended
    await options.filter({ hasText: 'Liên đoàn Lao động thị xã Hương Trà' }).click();
    expect(await waitForPath(page, /^\/org\/\d+\/?$/)).toBe(`/org/${district}`);
    const summary = page.getByTestId('org-summary');
    await waitForText(summary, 'Liên đoàn Lao động thị xã Hương Trà');
    await waitForText(summary, /đã kết thúc 01\/07\/2025/i); // the badge, upper-cased by CSS
    await waitForText(summary, /Ngày kết thúc 01\/07\/2025 — giải thể/);

    // the city federation's own overview lists its direct subordinates, the ended one with its date
    await page.goto(`/org/${province}`);
    const subordinates = page.getByTestId('subordinate-orgs');
    await waitForText(subordinates, 'Công đoàn cơ sở cơ quan xã Hương Bình');
    await screenshot(page, 'federation-unions');
    const rows = subordinates.locator('tbody tr');
    const endedRow = rows.filter({ hasText: 'Liên đoàn Lao động thị xã Hương Trà' });
    expect((await endedRow.innerText()).replace(/\s+/g, ' ')).toContain('Đã kết thúc 01/07/2025');

    // both grassroots unions open, with their own members
    await page.goto(`/org/${seed}/members`);
    await waitForText(page.locator('main h1, main h2').first(), 'Đoàn viên');
    await waitForText(page.getByTestId('member-row'), /HB\d+/);
    await page.goto(`/org/${enterprise}`);
    await waitForText(page.getByTestId('org-summary'), 'Công đoàn cơ sở Công ty TNHH May Hương Sơn');
    await waitForText(page.getByTestId('stat-total'), /\d/);
  });

  it('lands a plain member on their own record, on a phone', async () => {
    const seed = await server.orgId(ORG.seed);
    const page = await openPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await login(page, 'huongbinh.doanvien');
    expect(await waitForPath(page, /^\/me$/)).toBe('/me');
    await waitForText(page.locator('main'), 'Hồ sơ đoàn viên của tôi');
    await waitForText(page.locator('main'), 'Huỳnh Văn An');
    // one column that fits the screen: nothing scrolls sideways
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // no organisation switcher nor navigation for a member
    expect(await page.getByTestId('org-switcher').count()).toBe(0);
    expect(await page.getByTestId('nav-members').count()).toBe(0);

    // the member list is not for them: the app sends them back to their record…
    await page.goto(`/org/${seed}/members`);
    expect(await waitForPath(page, /^\/me$/)).toBe('/me');
    await waitForText(page.locator('main'), 'Huỳnh Văn An');
    expect(await page.getByTestId('member-row').count()).toBe(0);

    // …and the server refuses it too
    const list = await page.request.get(`/api/orgs/${seed}/members`);
    expect(list.status()).toBe(403);
    const own = await page.request.get('/api/me/member');
    expect(own.status()).toBe(200);
    expect((await own.json()).fullName).toBe('Huỳnh Văn An');
  });

  it('had no browser errors nor server failures', () => {
    expect(people.errors()).toEqual([]);
  });
});
