// A committee member takes attendance of a Chủ nhật xanh on a phone: everyone is listed present, a tap marks someone
// excused, two taps absent; the save fails while offline and the taps survive a reload; the retry saves the batch.
// Then the rates view lists the demo's members below the threshold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../shared/vi/dates.ts';
import { login, screenshot, waitForText, watchErrors } from './support/app.ts';
import { PHONE } from './support/browser.ts';
import { startPeople, type People } from './support/journey.ts';
import { ORG } from './support/server.ts';

let people: People;
let seed: number;
let activityId: number;
beforeAll(async () => {
  people = await startPeople();
  seed = await people.server.orgId(ORG.seed);
  const db = people.server.handle.db;
  const kind = await db.selectFrom('activity_kinds').select('id').where('org_id', 'is', null).where('code', '=', 'chu-nhat-xanh').executeTakeFirstOrThrow();
  activityId = (await db.insertInto('activities').values({
    org_id: seed, kind_id: kind.id, title: 'Chủ nhật xanh chiều thứ Sáu', held_on: todayIso(), start_time: '15:00', place: 'Khuôn viên cơ quan',
    organiser_id: null, movement_id: null, audience: 'union', group_id: null, note: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}, 120_000);
afterAll(() => people.close());

describe('activities: attendance on a phone', () => {
  it('taps, survives a dropped connection, and saves the roster in one batch', async () => {
    const phone = await people.openPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    const watched = watchErrors(phone);
    await login(phone, 'huongbinh.uyvien');
    await phone.goto(`/org/${seed}/activities/${activityId}/attendance`);
    await waitForText(phone.getByTestId('attendance-count-present'), /30/);
    const hb03 = phone.getByTestId('attendance-HB03');
    const hb10 = phone.getByTestId('attendance-HB10');
    await hb03.tap();
    await hb10.tap();
    await hb10.tap();
    expect(await hb03.getAttribute('data-status')).toBe('excused');
    expect(await hb10.getAttribute('data-status')).toBe('absent');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await phone.context().setOffline(true);
    await phone.getByTestId('attendance-save').tap();
    await phone.getByTestId('attendance-failure').waitFor();
    await phone.context().setOffline(false);
    await phone.reload();
    await expect.poll(() => phone.getByTestId('attendance-HB10').getAttribute('data-status')).toBe('absent');
    await screenshot(phone, 'attendance-phone');
    await phone.getByTestId('attendance-save').tap();
    await waitForText(phone.getByTestId('attendance-count-present'), /28/);
    const rows = await people.server.handle.db.selectFrom('activity_attendance').select(['status']).where('activity_id', '=', activityId).execute();
    expect(rows.filter((r) => r.status === 'present')).toHaveLength(28);
    expect(await phone.evaluate((key) => window.localStorage.getItem(key), `congdoan.attendance.${seed}.${activityId}`)).toBeNull();
    expect(watched.errors).toEqual([]);
  });

  it('shows the 2023 rates with the members below the threshold', async () => {
    const page = await people.openPage();
    await login(page, 'huongbinh.chutich');
    await page.goto(`/org/${seed}/activities`);
    await page.getByTestId('activities-year').fill('2023');
    await page.getByTestId('tab-rates').click();
    await waitForText(page.getByTestId('below-threshold'), /Lê Văn Thành/);
    expect(people.errors()).toEqual([]);
  });
});
