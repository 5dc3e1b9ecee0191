import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { MeetingView, VoteThresholdView } from '../../../shared/contracts/emulation-meetings.contract.ts';
import { paragraphTexts, readDocxPart, unzip } from '../reports/document/read-docx.ts';

let t: TestApp;
let ids: Map<string, number>;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.handle.db.selectFrom('members').select(['id', 'code']).execute();
  ids = new Map(rows.map((r) => [r.code, r.id]));
});
afterAll(() => t.close());

const chair = () => t.as('huongbinh.chutich');
const committee = () => t.as('huongbinh.uyvien');
const base = () => `/api/orgs/${t.orgs.seed}/emulation`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const id = (code: string) => ids.get(code)!;
const docxText = (docx: Buffer) => paragraphTexts(readDocxPart(docx, 'word/document.xml')).join('\n');
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

const meeting2025 = (extra: Record<string, unknown> = {}) => ({
  year: 2025, heldOn: '2025-12-15', place: 'Hội trường UBND xã Hương Bình', chairName: 'Trần Văn Hùng', secretaryName: 'Võ Thị Ánh',
  membersTotal: 30, attendeeCount: 20, ...extra,
});
async function newMeeting(extra: Record<string, unknown> = {}): Promise<number> {
  const res = await committee().send('POST', `${base()}/meetings`, meeting2025(extra));
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: number }).id;
}
const vote = (code: string, votesFor: number, votesCast = 20, title = 'ldtt') => ({ memberId: id(code), title, votesFor, votesCast });

describe('the demo union\'s 2023 evaluation meeting', () => {
  it('lists 19 LĐTT candidates passed in order of votes, then the CSTĐCS candidate', async () => {
    const res = await chair().get(`${base()}/2023/meetings`);
    expect(res.status).toBe(200);
    const [m] = ((await res.json()) as { items: MeetingView[] }).items;
    expect(m).toMatchObject({ heldOn: '2023-12-11', attendeeCount: 28, membersTotal: 30, threshold: { label: 'trên 1/2 tổng số phiếu bầu' } });
    const ldtt = m.candidates.filter((c) => c.title === 'ldtt');
    expect(ldtt).toHaveLength(19);
    expect(ldtt.every((c) => c.passed)).toBe(true);
    expect(ldtt.map((c) => c.votesFor)).toEqual([...ldtt.map((c) => c.votesFor)].sort((a, b) => b - a));
    expect(m.candidates.at(-1)).toMatchObject({ title: 'cstdcs', memberName: 'Đặng Ngọc Đức', votesFor: 26, votesCast: 28, passed: true });
  });

  it('prints the minutes with the attendees, the votes, the threshold, the conclusion and both signatures', async () => {
    const [m] = ((await (await chair().get(`${base()}/2023/meetings`)).json()) as { items: MeetingView[] }).items;
    const res = await t.as('huongbinh.ketoan').get(`${base()}/meetings/${m.id}/minutes.docx`);
    expect(res.status).toBe(200);
    const text = docxText(await bytes(res));
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BIÊN BẢN', 'Họp bình xét thi đua năm 2023', 'Hương Bình, ngày 11 tháng 12 năm 2023',
      'Đoàn viên dự họp: 28/30 đồng chí', 'được trên 1/2 tổng số phiếu bầu đồng ý', 'Đặng Ngọc Đức', '92,9%',
      'đề nghị công nhận danh hiệu “Lao động tiên tiến” năm 2023 cho 19 đồng chí', 'THƯ KÝ', 'Võ Thị Ánh', 'CHỦ TRÌ', 'Trần Văn Hùng',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Nơi nhận:');
  });

  it('generates the CSTĐCS dossier: tờ trình, danh sách, báo cáo thành tích and biên bản, naming the initiative\'s decision', async () => {
    const [m] = ((await (await chair().get(`${base()}/2023/meetings`)).json()) as { items: MeetingView[] }).items;
    const res = await committee().get(`${base()}/meetings/${m.id}/dossier.zip?title=cstdcs&to=${encodeURIComponent('UBND thị xã Hương Trà')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzip(await bytes(res));
    expect([...files.keys()]).toEqual([
      '01-to-trinh.docx', '02-danh-sach-de-nghi.docx', '03-bao-cao-thanh-tich-01-dang-ngoc-duc.docx', '04-bien-ban-hop-binh-xet.docx',
    ]);
    const text = (name: string) => docxText(files.get(name)!);
    const letter = text('01-to-trinh.docx');
    expect(letter).toContain('TỜ TRÌNH');
    expect(letter).toContain('Kính gửi: UBND thị xã Hương Trà');
    expect(letter).toContain('91/2017/NĐ-CP'); // the rule set in force on the meeting's date
    expect(letter).toContain('Quyết định số 2950/QĐ-UBND ngày 08/12/2023 của UBND thị xã Hương Trà');
    const list = text('02-danh-sach-de-nghi.docx');
    expect(list).toContain('Đặng Ngọc Đức');
    expect(list).toContain('26/28 phiếu (92,9%)');
    const report = text('03-bao-cao-thanh-tich-01-dang-ngoc-duc.docx');
    for (const expected of [
      'BÁO CÁO THÀNH TÍCH', 'I. SƠ LƯỢC LÝ LỊCH', 'Họ tên: Đặng Ngọc Đức', '02/12/1983', 'Công chức Địa chính - Xây dựng',
      'Hoàn thành xuất sắc nhiệm vụ (Quyết định số 245/QĐ-UBND', 'Ứng dụng phần mềm quản lý hồ sơ địa chính',
      'Quyết định số 2950/QĐ-UBND', '26/28 phiếu', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'NGƯỜI BÁO CÁO THÀNH TÍCH',
    ]) {
      expect(report).toContain(expected);
    }
    expect(report).not.toContain('Số:'); // written by the member, not issued by the union
    expect(text('04-bien-ban-hop-binh-xet.docx')).toContain('BIÊN BẢN');
  });

  it('refuses a dossier for someone who did not pass', async () => {
    const [m] = ((await (await chair().get(`${base()}/2023/meetings`)).json()) as { items: MeetingView[] }).items;
    const res = await chair().get(`${base()}/meetings/${m.id}/dossier.zip?title=cstdcs&memberId=${id('HB09')}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^memberId: /);
  });

  it('prints the registration sheet of the year: one row per member, titles and ratings aimed at', async () => {
    const res = await chair().get(`${base()}/2023/registrations.docx`);
    expect(res.status).toBe(200);
    const text = docxText(await bytes(res));
    expect(text).toContain('BẢN ĐĂNG KÝ THI ĐUA');
    expect(text).toContain('(30 đoàn viên đăng ký)');
    expect(text).toContain('Lao động tiên tiến, Chiến sĩ thi đua cơ sở');
    expect(text).toContain('Mai Thị Yến');
    expect(text).toContain('Tập thể Lao động tiên tiến');
  });
});

describe('votes and the threshold', () => {
  it('decides pass or fail by the union\'s threshold, in integers: exactly half fails "more than 1/2"', async () => {
    const meetingId = await newMeeting();
    const res = await committee().send('PUT', `${base()}/meetings/${meetingId}/votes`, {
      votes: [vote('HB10', 10), vote('HB08', 11), vote('HB09', 20), vote('HB11', 11, 19)],
    });
    expect(res.status).toBe(200);
    const m = (await res.json()) as MeetingView;
    expect(m.candidates.map((c) => [c.memberName, c.votesFor, c.passed])).toEqual([
      ['Trương Thị Ân', 20, true], ['Bùi Quang Cường', 11, true], ['Huỳnh Văn An', 11, true], ['Ngô Văn Bình', 10, false],
    ]);
  });

  it('uses the union\'s own threshold once the chairperson sets it, and keeps past meetings under theirs', async () => {
    const before = await newMeeting({ attendeeCount: 21 });
    expect(((await (await committee().get(`${base()}/settings/vote-threshold`)).json()) as VoteThresholdView).isDefault).toBe(true);
    expect((await committee().send('PUT', `${base()}/settings/vote-threshold`, { numerator: 2, denominator: 3, inclusive: true })).status).toBe(403);
    const set = await chair().send('PUT', `${base()}/settings/vote-threshold`, { numerator: 2, denominator: 3, inclusive: true });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ numerator: 2, denominator: 3, inclusive: true, label: 'từ 2/3 tổng số phiếu bầu trở lên', isDefault: false });
    const after = await newMeeting({ attendeeCount: 21 });
    const votes = { votes: [vote('HB10', 14, 21), vote('HB08', 13, 21)] };
    const old = (await (await committee().send('PUT', `${base()}/meetings/${before}/votes`, votes)).json()) as MeetingView;
    const now = (await (await committee().send('PUT', `${base()}/meetings/${after}/votes`, votes)).json()) as MeetingView;
    expect(old.candidates.map((c) => c.passed)).toEqual([true, true]);
    expect(now.candidates.map((c) => c.passed)).toEqual([true, false]); // 14/21 = 2/3 reaches "từ 2/3"; 13/21 does not
    expect(now.threshold.label).toBe('từ 2/3 tổng số phiếu bầu trở lên');
    await chair().send('PUT', `${base()}/settings/vote-threshold`, { numerator: 1, denominator: 2, inclusive: false });
  });

  it('replaces the vote table as a whole', async () => {
    const meetingId = await newMeeting();
    await committee().send('PUT', `${base()}/meetings/${meetingId}/votes`, { votes: [vote('HB10', 15), vote('HB08', 12)] });
    const res = await committee().send('PUT', `${base()}/meetings/${meetingId}/votes`, { votes: [vote('HB09', 18)] });
    expect(((await res.json()) as MeetingView).candidates.map((c) => c.memberName)).toEqual(['Trương Thị Ân']);
  });

  it('refuses more votes cast than people present, more votes for than cast, and a candidate twice', async () => {
    const meetingId = await newMeeting();
    const put = (votes: unknown[]) => committee().send('PUT', `${base()}/meetings/${meetingId}/votes`, { votes });
    expect(await errorOf(await put([vote('HB10', 10, 21)]))).toEqual({ code: 'VALIDATION', message: 'votes.0.votesCast: Số phiếu bầu (21) nhiều hơn số người dự họp (20)' });
    expect((await errorOf(await put([vote('HB10', 21, 20)]))).message).toBe('votes.0.votesFor: Số phiếu đồng ý không vượt quá số phiếu bầu');
    expect((await errorOf(await put([vote('HB10', 10), vote('HB10', 12)]))).message).toBe('votes: Một đoàn viên được bình xét hai lần cho cùng một danh hiệu');
    expect((await put([vote('HB10', 10), vote('HB10', 12, 20, 'cstdcs')])).status).toBe(200);
  });

  it('refuses a candidate not active in the year, and a meeting dated outside its year', async () => {
    const created = await chair().send('POST', `/api/orgs/${t.orgs.seed}/members`, {
      code: 'MEET1', fullName: 'Đoàn Viên Sau', sex: 'male', category: 'can_bo_cong_chuc', joinedOn: '2026-03-01',
    });
    const newcomer = ((await created.json()) as { id: number }).id;
    const meetingId = await newMeeting();
    const res = await committee().send('PUT', `${base()}/meetings/${meetingId}/votes`, { votes: [{ memberId: newcomer, title: 'ldtt', votesFor: 15, votesCast: 20 }] });
    expect(await errorOf(res)).toEqual({ code: 'VALIDATION', message: 'votes.0.memberId: Đồng chí Đoàn Viên Sau không sinh hoạt tại công đoàn trong năm 2025' });
    const late = await committee().send('POST', `${base()}/meetings`, meeting2025({ heldOn: '2026-04-02' }));
    expect((await errorOf(late)).message).toBe('heldOn: Họp bình xét năm 2025 phải họp trong năm 2025 hoặc đến ngày 31/03/2026');
    const crowd = await committee().send('POST', `${base()}/meetings`, meeting2025({ attendeeCount: 31 }));
    expect((await errorOf(crowd)).message).toBe('attendeeCount: Số người dự họp (31) nhiều hơn số đoàn viên được triệu tập (30)');
  });

  it('takes the attendee count from the members named', async () => {
    const meetingId = await newMeeting({ attendeeCount: null, attendeeIds: [id('HB01'), id('HB06'), id('HB10')] });
    const m = (await (await committee().get(`${base()}/meetings/${meetingId}`)).json()) as MeetingView;
    expect(m.attendeeCount).toBe(3);
    expect(m.attendees.map((a) => a.memberName)).toEqual(['Võ Thị Ánh', 'Ngô Văn Bình', 'Trần Văn Hùng']);
  });
});

describe('who may do what', () => {
  it('lets only the committee and the chairperson record; the treasurer and the federation read; another union sees nothing', async () => {
    expect((await t.as('huongbinh.ketoan').send('POST', `${base()}/meetings`, meeting2025())).status).toBe(403);
    expect((await t.as('huongbinh.doanvien').send('POST', `${base()}/meetings`, meeting2025())).status).toBe(403);
    const meetingId = await newMeeting();
    expect((await chair().send('PUT', `${base()}/meetings/${meetingId}/votes`, { votes: [vote('HB10', 15)] })).status).toBe(200);
    expect((await t.as('huongbinh.ketoan').send('PUT', `${base()}/meetings/${meetingId}/votes`, { votes: [] })).status).toBe(403);
    expect((await t.as('huongbinh.ketoan').get(`${base()}/meetings/${meetingId}`)).status).toBe(200);
    expect((await t.as('tinh.canbo').get(`${base()}/meetings/${meetingId}`)).status).toBe(200);
    const other = t.as('mayhuongson.chutich');
    expect((await other.get(`${base()}/meetings/${meetingId}`)).status).toBe(404);
    expect((await other.get(`${base()}/meetings/${meetingId}/minutes.docx`)).status).toBe(404);
    expect((await other.send('PUT', `${base()}/meetings/${meetingId}/votes`, { votes: [] })).status).toBe(404);
    // The other union's chairperson asking about their own union does not reach this meeting either.
    expect((await other.get(`/api/orgs/${t.orgs.enterprise}/emulation/meetings/${meetingId}`)).status).toBe(404);
  });
});
