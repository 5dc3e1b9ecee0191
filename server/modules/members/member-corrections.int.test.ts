import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { ImportResult, MemberDetail, MemberListResponse, MemberStats } from '../../../shared/contracts/members.contract.ts';
import { addMonths, todayIso } from '../../../shared/vi/dates.ts';

// Issue 9 item 6: dates refused on their field, join-date corrections that keep the counts right, and the charter's
// statuses (suspension, transfer in with the original join date, expulsion).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; message: string; details?: { issues: { path: string; message: string }[] } } };
const base = { fullName: 'Lê Văn Sửa', sex: 'male', category: 'can_bo_cong_chuc', partyMember: false };
const membersUrl = () => `/api/orgs/${t.orgs.seed}/members`;
const chair = () => t.as('huongbinh.chutich');

async function stats(date: string): Promise<MemberStats> {
  return (await (await chair().get(`${membersUrl()}/stats?date=${date}`)).json()) as MemberStats;
}
async function create(body: Record<string, unknown>): Promise<MemberDetail> {
  const res = await chair().send('POST', membersUrl(), { ...base, ...body });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as MemberDetail;
}
async function refusal(res: Response, field: string): Promise<string> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe('VALIDATION');
  expect(body.error.details?.issues[0].path).toBe(field);
  return body.error.message;
}
const inputOf = (m: MemberDetail) => ({
  code: m.code, fullName: m.fullName, sex: m.sex, birthDate: m.birthDate, category: m.category, groupId: m.groupId,
  partyMember: m.partyMember, joinedOn: m.joinedOn,
});
const status = (memberId: number, kind: string, onDate: string) =>
  chair().send('POST', `${membersUrl()}/${memberId}/status`, { kind, onDate });

describe('dates of a member record', () => {
  it('refuses a date that does not exist, only a year, or out of range, naming the field, and writes nothing', async () => {
    const before = await stats('2030-01-01');
    await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'D1', birthDate: '1990-02-31', joinedOn: '2020-01-01' }), 'birthDate');
    await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'D2', birthDate: '1990', joinedOn: '2020-01-01' }), 'birthDate');
    await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'D3', birthDate: '1899-12-31', joinedOn: '2020-01-01' }), 'birthDate');
    await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'D4', joinedOn: '2020-13-01' }), 'joinedOn');
    expect((await stats('2030-01-01')).total).toBe(before.total);
  });

  it('refuses a birth date in the future or on/after the join date, in Vietnamese, on the birthDate field', async () => {
    const future = addMonths(todayIso(), 1);
    expect(await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'D5', birthDate: future, joinedOn: '2020-01-01' }), 'birthDate'))
      .toMatch(/^birthDate: Ngày sinh .* ở tương lai$/);
    expect(await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'D6', birthDate: '2001-05-01', joinedOn: '2001-05-01' }), 'birthDate'))
      .toBe('birthDate: Ngày sinh phải trước ngày vào công đoàn (01/05/2001)');
    const hb30 = ((await (await chair().get(`${membersUrl()}?q=HB30`)).json()) as MemberListResponse).items[0];
    const put = await chair().send('PUT', `${membersUrl()}/${hb30.id}`, { ...inputOf(hb30 as MemberDetail), birthDate: '2019-07-02' });
    await refusal(put, 'birthDate');
  });

  it('refuses joining, and status events, more than a year ahead', async () => {
    const tooFar = addMonths(todayIso(), 13);
    await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'D7', joinedOn: tooFar }), 'joinedOn');
    const m = await create({ code: 'D8', joinedOn: '2020-01-01' });
    expect(await refusal(await status(m.id, 'left', tooFar), 'onDate')).toMatch(/quá một năm/);
    expect((await status(m.id, 'left', addMonths(todayIso(), 11))).status).toBe(200);
  });
});

describe('dates in an Excel import', () => {
  it('reports a birth date after the join date on its row and column, importing nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đoàn viên');
    ws.addRow(['Mã đoàn viên', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Ngày sinh', 'Ngày vào công đoàn']);
    ws.addRow(['I1', 'Nguyễn Văn Nhập', 'Nam', 'Cán bộ, công chức', '01/02/2010', '01/02/2005']);
    const res = await chair().upload(`${membersUrl()}/import?dryRun=true`, Buffer.from(await wb.xlsx.writeBuffer()));
    const result = (await res.json()) as ImportResult;
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([{ row: 2, column: 'Ngày sinh', message: 'Ngày sinh phải trước ngày vào công đoàn (01/02/2005)' }]);
  });
});

describe('correcting the join date', () => {
  it('moves the admission with it, so the counts on a date follow the correction', async () => {
    const hb30 = ((await (await chair().get(`${membersUrl()}?q=HB30`)).json()) as MemberListResponse).items[0] as MemberDetail;
    // Members created by earlier tests of this file count too: compare with the figures before the correction.
    const was = await stats('2023-12-31');
    const res = await chair().send('PUT', `${membersUrl()}/${hb30.id}`, { ...inputOf(hb30), joinedOn: '2024-01-10' });
    expect(res.status).toBe(200);
    const moved = (await res.json()) as MemberDetail;
    expect(moved.history.map((h) => [h.kind, h.onDate])).toEqual([['admitted', '2024-01-10']]);
    const now = await stats('2023-12-31');
    expect([now.total, now.women]).toEqual([was.total - 1, was.women - 1]);
    expect((await stats('2024-01-10')).total).toBe(was.total);

    const back = await chair().send('PUT', `${membersUrl()}/${hb30.id}`, { ...inputOf(hb30), joinedOn: '2019-07-01' });
    expect(((await back.json()) as MemberDetail).history[0].onDate).toBe('2019-07-01');
    const s = await stats('2023-12-31');
    expect([s.total, s.women]).toEqual([was.total, was.women]);
  });

  it('explains why it cannot pass a later event, and changes nothing', async () => {
    const m = await create({ code: 'J1', joinedOn: '2021-03-01' });
    expect((await status(m.id, 'transferred_out', '2023-06-01')).status).toBe(200);
    const res = await chair().send('PUT', `${membersUrl()}/${m.id}`, { ...inputOf(m), joinedOn: '2023-07-01' });
    expect(await refusal(res, 'joinedOn')).toBe(
      'joinedOn: Không thể đổi ngày vào công đoàn thành 01/07/2023: ngày kết nạp phải trước sự kiện tiếp theo "Chuyển đi" ngày 01/06/2023',
    );
    const after = (await (await chair().get(`${membersUrl()}/${m.id}`)).json()) as MemberDetail;
    expect(after.joinedOn).toBe('2021-03-01');
    expect(after.history[0].onDate).toBe('2021-03-01');
  });
});

describe('statuses of the charter', () => {
  it('counts a suspended member in the total and apart, not as active; resumes within 12 months only', async () => {
    const hb05 = ((await (await chair().get(`${membersUrl()}?q=HB05`)).json()) as MemberListResponse).items[0];
    const was2023 = await stats('2023-12-31');
    const was2024 = await stats('2024-06-01');
    const suspended = await status(hb05.id, 'suspended', '2024-02-01');
    expect(((await suspended.json()) as MemberDetail).status).toBe('suspended');

    const at2023 = await stats('2023-12-31');
    expect([at2023.total, at2023.women, at2023.suspended]).toEqual([was2023.total, was2023.women, 0]);
    const at2024 = await stats('2024-06-01');
    expect([at2024.total, at2024.suspended]).toEqual([was2024.total, 1]);

    const list = async (filter: string) => ((await (await chair().get(`${membersUrl()}?status=${filter}&q=HB0`)).json()) as MemberListResponse).total;
    expect([await list('active'), await list('suspended'), await list('current')]).toEqual([8, 1, 9]);

    expect(await refusal(await status(hb05.id, 'resumed', '2025-02-02'), 'onDate')).toMatch(/tối đa 12 tháng.*01\/02\/2025/);
    const resumed = (await (await status(hb05.id, 'resumed', '2025-02-01')).json()) as MemberDetail;
    expect(resumed.status).toBe('active');
    expect((await stats('2025-03-01')).suspended).toBe(0);
  });

  it('refuses a resumption without a suspension and a second admission of an active member', async () => {
    const m = await create({ code: 'S1', joinedOn: '2022-01-01' });
    expect(await refusal(await status(m.id, 'resumed', '2023-01-01'), 'onDate')).toMatch(/đang sinh hoạt/);
    expect((await status(m.id, 'admitted', '2023-01-01')).status).toBe(400);
  });

  it('records a transfer in with the original join date and its own date of arrival', async () => {
    const m = await create({ code: 'T1', fullName: 'Trần Thị Chuyển', sex: 'female', joinedOn: '2012-04-01', transferredInOn: '2024-05-15' });
    expect(m.joinedOn).toBe('2012-04-01');
    expect(m.history.map((h) => [h.kind, h.onDate])).toEqual([['transferred_in', '2024-05-15']]);
    expect((await stats('2024-05-14')).total).toBe((await stats('2024-05-15')).total - 1);

    await refusal(await chair().send('POST', membersUrl(), { ...base, code: 'T2', joinedOn: '2024-06-01', transferredInOn: '2024-05-01' }), 'transferredInOn');
    // Correcting the original join date leaves the arrival where it is, and may not pass it.
    const fixed = (await (await chair().send('PUT', `${membersUrl()}/${m.id}`, { ...inputOf(m), joinedOn: '2011-04-01' })).json()) as MemberDetail;
    expect([fixed.joinedOn, fixed.history[0].onDate]).toEqual(['2011-04-01', '2024-05-15']);
    await refusal(await chair().send('PUT', `${membersUrl()}/${m.id}`, { ...inputOf(m), joinedOn: '2024-06-01' }), 'joinedOn');
  });

  it('records an expulsion apart from leaving: no longer a member, listed among the inactive', async () => {
    const m = await create({ code: 'K1', fullName: 'Phạm Văn Kỷ', joinedOn: '2015-01-01' });
    const expelled = (await (await status(m.id, 'expelled', '2024-03-01')).json()) as MemberDetail;
    expect(expelled.status).toBe('expelled');
    expect(expelled.history.map((h) => h.kind)).toEqual(['admitted', 'expelled']);
    const inactive = (await (await chair().get(`${membersUrl()}?status=inactive&q=K1`)).json()) as MemberListResponse;
    expect(inactive.items.map((i) => i.status)).toEqual(['expelled']);
    const readmitted = await status(m.id, 'admitted', '2025-01-01');
    expect(((await readmitted.json()) as MemberDetail).status).toBe('active');
  });
});
