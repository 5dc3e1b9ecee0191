// The submission inbox (issue 15 item 3) through the API: deadlines set by upper levels and inherited down the tree of
// their day, the year's inbox with on-time / late and the unions yet to submit, returning a report for correction
// and the new version that follows, the reminder on the union's dashboard, and who may do what.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { finaliseConfirmed } from '../../test/report-finalise.ts';
import { today } from '../../core/clock.ts';
import { addDays, daysBetween } from '../../../shared/vi/dates.ts';
import type {
  AnnualDraftView, InboxItem, InboxYearView, ReportDeadlinesView, ReportVersionView, SubmissionReminder,
} from '../../../shared/contracts/reports.contract.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const year = Number(today().slice(0, 4));
const officer = () => t.as('tinh.canbo');
const ward = () => t.as('phuong.canbo');
const chair = () => t.as('huongbinh.chutich');
const deadlinePath = (orgId: number, y = year) => `/api/orgs/${orgId}/reports/deadlines/${y}`;
const json = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const inboxOf = (as: ReturnType<TestApp['as']>, orgId: number, y = year) => as.get(`/api/orgs/${orgId}/reports/inbox?year=${y}`);

/** The seed union finalises the year's report (gaps filled) and submits it; the submitted version. */
async function finaliseAndSubmit(): Promise<ReportVersionView> {
  const v = await json<ReportVersionView>(await finaliseConfirmed(chair(), t.orgs.seed, year, { fillGaps: true }));
  return json<ReportVersionView>(await chair().send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${v.id}/submit`));
}

describe('deadlines', () => {
  it('an upper level sets one; the unions below inherit the nearest upper level\'s', async () => {
    const due = `${year}-12-15`;
    const set = await json<ReportDeadlinesView>(await officer().send('PUT', deadlinePath(t.orgs.province), { dueOn: due }));
    expect(set.own).toMatchObject({ dueOn: due, setByOrgId: t.orgs.province, setByOrgName: 'Liên đoàn Lao động thành phố Huế' });
    // The ward set none: its enterprise union inherits the city's.
    const enterprise = await json<ReportDeadlinesView>(await t.as('mayhuongson.chutich').get(deadlinePath(t.orgs.enterprise)));
    expect(enterprise).toMatchObject({ own: null, applies: { dueOn: due, setByOrgId: t.orgs.province } });

    await json(await ward().send('PUT', deadlinePath(t.orgs.ward), { dueOn: `${year}-12-10` }));
    expect((await json<ReportDeadlinesView>(await t.as('mayhuongson.chutich').get(deadlinePath(t.orgs.enterprise)))).applies)
      .toMatchObject({ dueOn: `${year}-12-10`, setByOrgId: t.orgs.ward, setByOrgName: 'Công đoàn phường Hương Sơn' });
    expect((await json<ReportDeadlinesView>(await chair().get(deadlinePath(t.orgs.seed)))).applies).toMatchObject({ setByOrgId: t.orgs.province });

    // Moved: the ward's deadline changes, then goes; the city's applies again. Each write is audited.
    await json(await ward().send('PUT', deadlinePath(t.orgs.ward), { dueOn: `${year}-12-12` }));
    await json(await ward().send('DELETE', deadlinePath(t.orgs.ward)));
    expect((await json<ReportDeadlinesView>(await t.as('mayhuongson.chutich').get(deadlinePath(t.orgs.enterprise)))).applies?.setByOrgId)
      .toBe(t.orgs.province);
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'org_id']).where('entity', '=', 'report_deadline')
      .orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'update', 'delete']);
  });

  it('judges a deadline in the tree of its day: in 2024 the seed union was under the Hương Trà federation', async () => {
    // The district federation ended on 01/07/2025; its 2024 deadline (recorded then) is nearer than the province's.
    await sql`INSERT INTO report_deadlines (org_id, year, kind, due_on) VALUES
      (${t.orgs.district}, 2024, 'annual', '2024-12-20'), (${t.orgs.province}, 2024, 'annual', '2024-12-31')`.execute(t.handle.db);
    const seed = await json<ReportDeadlinesView>(await chair().get(deadlinePath(t.orgs.seed, 2024)));
    expect(seed.applies).toMatchObject({ dueOn: '2024-12-20', setByOrgId: t.orgs.district, setByOrgName: 'Liên đoàn Lao động thị xã Hương Trà' });
    // The ward did not exist in 2024; the enterprise union was under the district too.
    expect((await json<ReportDeadlinesView>(await t.as('mayhuongson.chutich').get(deadlinePath(t.orgs.enterprise, 2024)))).applies?.setByOrgId)
      .toBe(t.orgs.district);
  });

  it('refuses a grassroots union, a chairperson, another federation\'s officer and a day outside the year, in Vietnamese', async () => {
    expect((await chair().send('PUT', deadlinePath(t.orgs.seed), { dueOn: `${year}-12-15` })).status).toBe(403);
    expect((await chair().send('PUT', deadlinePath(t.orgs.province), { dueOn: `${year}-12-15` })).status).toBe(404);
    expect((await ward().send('PUT', deadlinePath(t.orgs.province), { dueOn: `${year}-12-15` })).status).toBe(404);
    const union = await officer().send('PUT', deadlinePath(t.orgs.seed), { dueOn: `${year}-12-15` });
    expect(union.status).toBe(400);
    expect(((await union.json()) as { error: { message: string } }).error.message).toContain('Chỉ công đoàn cấp trên');
    const outside = await officer().send('PUT', deadlinePath(t.orgs.province), { dueOn: `${year - 1}-12-15` });
    expect(outside.status).toBe(400);
    expect(((await outside.json()) as { error: { message: string } }).error.message).toContain(`năm ${year} hoặc năm ${year + 1}`);
    const malformed = await officer().send('PUT', deadlinePath(t.orgs.province), { dueOn: '15/12/2026' });
    expect(malformed.status).toBe(400);
    expect((await ward().send('DELETE', deadlinePath(t.orgs.ward))).status).toBe(404); // none left to remove
  });
});

describe('the year\'s inbox, returning a report, and the reminder', () => {
  let v1: ReportVersionView;

  it('lists the grassroots unions below at any depth yet to submit, with their state and deadline', async () => {
    const inbox = await json<InboxYearView>(await inboxOf(officer(), t.orgs.province));
    expect(inbox).toMatchObject({ orgId: t.orgs.province, year, asOf: today(), submitted: [], unionCount: 2 });
    expect(inbox.deadlines.own?.dueOn).toBe(`${year}-12-15`);
    // The ward is an upper level and the tổ công đoàn are not unions of their own: neither is listed.
    expect(inbox.notSubmitted.map((n) => [n.orgId, n.dueOn, n.daysLeft]).sort()).toEqual([
      [t.orgs.seed, `${year}-12-15`, daysBetween(today(), `${year}-12-15`)],
      [t.orgs.enterprise, `${year}-12-15`, daysBetween(today(), `${year}-12-15`)],
    ].sort());
    expect(inbox.notSubmitted.find((n) => n.orgId === t.orgs.enterprise)?.parentName).toBe('Công đoàn phường Hương Sơn');
    // The ward's officer sees its own union only.
    const wardInbox = await json<InboxYearView>(await inboxOf(ward(), t.orgs.ward));
    expect(wardInbox.notSubmitted.map((n) => n.orgId)).toEqual([t.orgs.enterprise]);
    expect(wardInbox.deadlines.applies?.setByOrgId).toBe(t.orgs.province);
  });

  it('shows the reminder on the union\'s dashboard while not submitted', async () => {
    const reminders = await json<SubmissionReminder[]>(await chair().get(`/api/orgs/${t.orgs.seed}/reports/reminders?year=${year}`));
    expect(reminders).toEqual([expect.objectContaining({
      year, dueOn: `${year}-12-15`, setByOrgName: 'Liên đoàn Lao động thành phố Huế', daysLeft: daysBetween(today(), `${year}-12-15`),
    })]);
    expect(await json(await officer().get(`/api/orgs/${t.orgs.province}/reports/reminders?year=${year}`))).toEqual([]);
  });

  it('marks a submission on time, or late against a deadline already passed', async () => {
    v1 = await finaliseAndSubmit();
    let inbox = await json<InboxYearView>(await inboxOf(officer(), t.orgs.province));
    expect(inbox.submitted).toEqual([expect.objectContaining({
      id: v1.id, orgId: t.orgs.seed, version: 1, dueOn: `${year}-12-15`, timeliness: 'on_time', daysLate: 0, latest: true, returned: null,
    })]);
    expect(inbox.notSubmitted.map((n) => n.orgId)).toEqual([t.orgs.enterprise]);
    // The deadline moved to three days ago: the same submission is now late.
    const past = addDays(today(), -3);
    if (past.startsWith(String(year))) {
      await json(await officer().send('PUT', deadlinePath(t.orgs.province), { dueOn: past }));
      inbox = await json<InboxYearView>(await inboxOf(officer(), t.orgs.province));
      expect(inbox.submitted[0]).toMatchObject({ timeliness: 'late', daysLate: 3 });
      expect(inbox.notSubmitted[0].daysLeft).toBe(-3);
      await json(await officer().send('PUT', deadlinePath(t.orgs.province), { dueOn: `${year}-12-15` }));
    }
    // The old answer without a year still lists every version received.
    const all = await json<InboxItem[]>(await officer().get(`/api/orgs/${t.orgs.province}/reports/inbox`));
    expect(all.map((i) => i.id)).toEqual([v1.id]);
    expect(await json(await chair().get(`/api/orgs/${t.orgs.seed}/reports/reminders?year=${year}`))).toEqual([]);
  });

  it('refuses a return by the union\'s chairperson, another federation\'s officer, or without a reason', async () => {
    const path = `/api/orgs/${t.orgs.seed}/reports/versions/${v1.id}/return`;
    expect((await chair().send('POST', path, { comment: 'Tự trả lại báo cáo của mình' })).status).toBe(403);
    expect((await ward().send('POST', path, { comment: 'Không phải cấp trên của công đoàn này' })).status).toBe(404);
    expect((await t.as('mayhuongson.chutich').send('POST', path, { comment: 'Công đoàn khác' })).status).toBe(404);
    const empty = await officer().send('POST', path, { comment: '  ' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toContain('Hãy ghi lý do trả lại báo cáo');
    expect((await officer().send('POST', path, {})).status).toBe(400);
    expect((await inboxOf(ward(), t.orgs.province)).status).toBe(404);
    expect((await inboxOf(chair(), t.orgs.province)).status).toBe(404);
  });

  it('returns a report with a comment; the union finalises and submits a new version; the returned one stays', async () => {
    const comment = 'Số đoàn viên nữ chưa khớp với báo cáo thống kê; đề nghị kiểm tra lại mục A.I.1.';
    const returned = await json<ReportVersionView>(await officer().send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${v1.id}/return`, { comment }));
    expect(returned.returned).toMatchObject({ comment, byName: 'Cán bộ LĐLĐ thành phố Huế' });
    expect((await officer().send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${v1.id}/return`, { comment })).status).toBe(409);

    let inbox = await json<InboxYearView>(await inboxOf(officer(), t.orgs.province));
    expect(inbox.submitted[0]).toMatchObject({ id: v1.id, returned: { comment } });
    const seedRow = inbox.notSubmitted.find((n) => n.orgId === t.orgs.seed)!;
    expect(seedRow.report).toMatchObject({ state: 'returned', version: 1, returned: { comment, byName: 'Cán bộ LĐLĐ thành phố Huế' } });
    const reminders = await json<SubmissionReminder[]>(await chair().get(`/api/orgs/${t.orgs.seed}/reports/reminders?year=${year}`));
    expect(reminders[0].report).toMatchObject({ state: 'returned', returned: { comment } });

    // The returned version cannot be sent again: a new one must be finalised.
    const again = await chair().send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${v1.id}/submit`);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain('chốt phiên bản mới');
    const v2 = await finaliseAndSubmit();
    expect(v2.version).toBe(2);

    inbox = await json<InboxYearView>(await inboxOf(officer(), t.orgs.province));
    expect(inbox.submitted.map((s) => [s.version, s.latest, s.returned?.comment ?? null])).toEqual([[2, true, null], [1, false, comment]]);
    expect(inbox.notSubmitted.map((n) => n.orgId)).toEqual([t.orgs.enterprise]);
    const draft = await json<AnnualDraftView>(await chair().get(`/api/orgs/${t.orgs.seed}/reports/annual/${year}`));
    expect(draft.versions.map((v) => [v.version, v.returned?.comment ?? null])).toEqual([[2, null], [1, comment]]);
    expect(await json(await chair().get(`/api/orgs/${t.orgs.seed}/reports/reminders?year=${year}`))).toEqual([]);

    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id']).where('org_id', '=', t.orgs.seed)
      .where('entity', '=', 'report').where('action', '=', 'status').execute();
    expect(audit).toEqual([{ action: 'status', entity: 'report', entity_id: String(v1.id) }]);

    // Once the union finalised a newer version, the older submission is no longer the one to return.
    await json(await finaliseConfirmed(chair(), t.orgs.seed, year));
    const stale = await officer().send('POST', `/api/orgs/${t.orgs.seed}/reports/versions/${v2.id}/return`, { comment });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { message: string } }).error.message).toContain('phiên bản mới nhất');
  });
});
