import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { EmulationYear, OwnEmulation } from '../../../shared/contracts/emulation.contract.ts';
import type { AnnualDraftView } from '../../../shared/contracts/reports.contract.ts';
import { paragraphTexts, readDocxPart } from '../reports/document/read-docx.ts';

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
const member = () => t.as('huongbinh.doanvien'); // Huỳnh Văn An, HB08
const base = () => `/api/orgs/${t.orgs.seed}/emulation`;
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const draft2023 = async () => (await (await chair().get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`)).json()) as AnnualDraftView;

describe('the demo union\'s 2023 emulation year, from the records', () => {
  it('lists the year: 30 registered, 19 LĐTT decided, one CSTĐCS, the initiative and its decision', async () => {
    const res = await chair().get(`${base()}/2023`);
    expect(res.status).toBe(200);
    const y = (await res.json()) as EmulationYear;
    expect(new Set(y.registrations.map((r) => r.memberId)).size).toBe(30);
    expect(y.results.filter((r) => r.title === 'ldtt' && r.status === 'decided')).toHaveLength(19);
    expect(y.results.filter((r) => r.title === 'cstdcs').map((r) => r.memberName)).toEqual(['Đặng Ngọc Đức']);
    expect(y.initiatives[0].decision).toMatchObject({ number: '2950/QĐ-UBND', issuer: 'UBND thị xã Hương Trà', issuerLevel: 'district' });
    expect(y.classification).toMatchObject({ selfGrade: 'httnv', decidedGrade: 'httnv' });
  });

  it('gives the report its A.II.1 figures and renders the seed\'s sentences unchanged', async () => {
    const draft = await draft2023();
    expect(draft.errors).toEqual([]);
    const text = (key: string) => draft.figures[key]?.text;
    expect([
      'thiDua.dangKy.tong', 'thiDua.dangKy.canBoCongChuc', 'thiDua.dangKy.khongChuyenTrach', 'thiDua.dangKy.ldtt', 'thiDua.dangKy.cstdcs',
      'thiDua.dat.ldtt', 'thiDua.sangKien.tacGia', 'thiDua.sangKien.capHuyen', 'thiDua.dat.cstdcs', 'thiDua.danhGia.httnv.khongChuyenTrach',
      'thiDua.xepLoai', 'thiDua.khenThuong.capTinh.daKhen', 'thiDua.khenThuong.capHuyen.daKhen', 'thiDua.khenThuong.capXa.deNghi',
    ].map(text)).toEqual(['30', '19', '11', '19', '03', '19', '01', '01', '01', '11', 'HTTNV', '01', '03', '03']);
    const rendered = draft.sections.find((s) => s.key === 'A.II.1')!.rendered;
    expect(rendered).toContain('Năm 2023, cán bộ, công chức cơ quan xã đăng ký thi đua là 30 đồng chí, trong đó có 19 đồng chí cán bộ và công chức, 11 cán bộ không chuyên trách.');
    expect(rendered).toContain('Đối với cán bộ, công chức có 19 đồng chí đăng ký danh hiệu “Lao động tiên tiến” và 03 đồng chí đăng ký danh hiệu “Chiến sĩ thi đua cấp cơ sở”. Kết quả qua bình xét cuối năm 2023 có 19 đồng chí đạt danh hiệu “Lao động tiên tiến”. Trong đó có 01 đồng chí làm đề tài sáng kiến kinh nghiệm đề nghị công nhận danh hiệu Chiến sĩ thi đua cấp cơ sở, được UBND thị xã công nhận 01 đề tài sáng kiến đạt danh hiệu “Chiến sĩ thi đua cấp cơ sở”.');
    expect(rendered).toContain('Đối với cán bộ không chuyên trách có 11 đồng chí được công nhận HTTNV, kết quả cuối năm được các ngành, cơ quan khen thưởng.');
    expect(rendered).toContain('Cơ quan xã Hương Bình được UBND thị xã công nhận tập thể Lao động tiên tiến. Công tác chuyển đổi số được UBND thị xã trao giải ba.');
    expect(rendered).toContain('Công đoàn cơ sở được công nhận là HTTNV, được LĐLĐ tỉnh khen thưởng cho 01 cá nhân, LĐLĐ thị xã khen thưởng 03 cá nhân đoàn viên có thành tích xuất sắc trong các phong trào của Công đoàn, đề nghị UBND xã khen thưởng cho 03 cá nhân các đồng chí đoàn viên. Các Hội đoàn thể đều đạt danh hiệu HTTNV và HTXSNV được Hội cấp trên khen thưởng.');
    const a23 = draft.sections.find((s) => s.key === 'A.II.3')!.rendered.join('\n');
    expect(a23).toContain('kết quả xếp loại CĐCS năm 2023 được xếp loại CĐCS HTTNV.');
  });

  it('prints the figures in the .docx, and a registration changed through the API changes the draft', async () => {
    const docx = async () => {
      const res = await chair().get(`/api/orgs/${t.orgs.seed}/reports/annual/2023/draft.docx`);
      expect(res.status).toBe(200);
      return paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml')).join('\n');
    };
    expect(await docx()).toContain('đăng ký thi đua là 30 đồng chí, trong đó có 19 đồng chí cán bộ và công chức, 11 cán bộ không chuyên trách.');
    const y = (await (await chair().get(`${base()}/2023`)).json()) as EmulationYear;
    const hb30 = y.registrations.find((r) => r.memberId === ids.get('HB30'))!;
    expect((await committee().send('DELETE', `${base()}/registrations/${hb30.id}`)).status).toBe(200);
    const after = await draft2023();
    expect(after.figures['thiDua.dangKy.tong'].text).toBe('29');
    expect(after.figures['thiDua.dangKy.khongChuyenTrach'].text).toBe('10');
    expect(await docx()).toContain('đăng ký thi đua là 29 đồng chí, trong đó có 19 đồng chí cán bộ và công chức, 10 cán bộ không chuyên trách.');
    // Registered again, the draft is back to the seed's figures.
    expect((await committee().send('POST', `${base()}/registrations`, { year: 2023, memberId: ids.get('HB30'), title: 'rating', targetRating: 'httnv' })).status).toBe(200);
    expect((await draft2023()).figures['thiDua.dangKy.tong'].text).toBe('30');
  });
});

describe('registrations', () => {
  it('lets a member register themselves, and only themselves', async () => {
    const own = await member().send('POST', `${base()}/registrations`, { year: 2025, memberId: ids.get('HB08'), title: 'ldtt' });
    expect(own.status).toBe(200);
    const other = await member().send('POST', `${base()}/registrations`, { year: 2025, memberId: ids.get('HB09'), title: 'ldtt' });
    expect(other.status).toBe(403);
    const mine = (await (await member().get('/api/me/emulation/2025')).json()) as OwnEmulation;
    expect(mine.registrations.map((r) => [r.memberName, r.title])).toEqual([['Huỳnh Văn An', 'ldtt']]);
    // … and withdraws their own registration, not someone else's.
    const theirs = await committee().send('POST', `${base()}/registrations`, { year: 2025, memberId: ids.get('HB09'), title: 'ldtt' });
    const { id: theirId } = (await theirs.json()) as { id: number };
    expect((await member().send('DELETE', `${base()}/registrations/${theirId}`)).status).toBe(403);
    expect((await member().send('DELETE', `${base()}/registrations/${mine.registrations[0].id}`)).status).toBe(200);
  });

  it('refuses a duplicate registration with a message naming the member, the title and the year', async () => {
    const res = await committee().send('POST', `${base()}/registrations`, { year: 2023, memberId: ids.get('HB07'), title: 'cstdcs' });
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toEqual({
      code: 'CONFLICT', message: 'Đồng chí Đặng Ngọc Đức đã đăng ký danh hiệu “Chiến sĩ thi đua cơ sở” năm 2023',
    });
  });

  it('refuses a member who was not active in the year', async () => {
    const created = await chair().send('POST', `/api/orgs/${t.orgs.seed}/members`, {
      code: 'EMU1', fullName: 'Đoàn Viên Mới', sex: 'male', category: 'can_bo_cong_chuc', joinedOn: '2024-03-01',
    });
    const { id } = (await created.json()) as { id: number };
    const res = await committee().send('POST', `${base()}/registrations`, { year: 2023, memberId: id, title: 'ldtt' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('memberId: Đồng chí Đoàn Viên Mới không sinh hoạt tại công đoàn trong năm 2023');
  });

  it('asks for the rating aimed at when registering for a rating', async () => {
    const res = await committee().send('POST', `${base()}/registrations`, { year: 2025, memberId: ids.get('HB21'), title: 'rating' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('targetRating: Chọn mức xếp loại đăng ký');
  });
});

describe('decisions', () => {
  const decision = (number: string) => ({ number, issuedOn: '2025-12-20', issuer: 'UBND xã Hương Bình', issuerLevel: 'commune' });

  it('only the chairperson records a decision and moves a proposal to decided', async () => {
    expect((await committee().send('POST', `${base()}/decisions`, decision('1/QĐ-UBND'))).status).toBe(403);
    const proposed = await committee().send('POST', `${base()}/results`, { year: 2025, memberId: ids.get('HB10'), title: 'ldtt' });
    expect(proposed.status).toBe(200);
    const { id: resultId } = (await proposed.json()) as { id: number };
    const created = await chair().send('POST', `${base()}/decisions`, decision('1/QĐ-UBND'));
    expect(created.status).toBe(200);
    const { id: decisionId } = (await created.json()) as { id: number };
    expect((await committee().send('POST', `${base()}/results/${resultId}/decide`, { decisionId })).status).toBe(403);
    expect((await committee().send('POST', `${base()}/results`, { year: 2025, memberId: ids.get('HB11'), title: 'ldtt', decisionId })).status).toBe(403);
    expect((await chair().send('POST', `${base()}/results/${resultId}/decide`, { decisionId })).status).toBe(200);
    const again = await chair().send('POST', `${base()}/results/${resultId}/decide`, { decisionId });
    expect(again.status).toBe(409);
    const y = (await (await committee().get(`${base()}/2025`)).json()) as EmulationYear;
    expect(y.results.find((r) => r.id === resultId)).toMatchObject({ status: 'decided', decision: { number: '1/QĐ-UBND', issuer: 'UBND xã Hương Bình' } });
  });

  it('knows a decision by its issuer and number: the same number from another body is another decision', async () => {
    expect((await chair().send('POST', `${base()}/decisions`, decision('7/QĐ-CĐGD'))).status).toBe(200);
    const same = await chair().send('POST', `${base()}/decisions`, decision('7/QĐ-CĐGD'));
    expect(same.status).toBe(409);
    expect((await errorOf(same)).message).toBe('Quyết định số 7/QĐ-CĐGD của UBND xã Hương Bình đã có trong hồ sơ');
    expect((await chair().send('POST', `${base()}/decisions`, { ...decision('7/QĐ-CĐGD'), issuer: 'Công đoàn Giáo dục' })).status).toBe(200);
  });

  it('keeps commendations proposed until decided, and the draft counts them apart', async () => {
    const proposed = await committee().send('POST', `${base()}/commendations`, {
      year: 2023, memberId: ids.get('HB22'), form: 'giay_khen', issuer: 'UBND xã Hương Bình', issuerLevel: 'commune', cashAmount: 300000,
    });
    expect(proposed.status).toBe(200);
    expect((await draft2023()).figures['thiDua.khenThuong.capXa.deNghi'].text).toBe('04');
    const { id: decisionId } = (await (await chair().send('POST', `${base()}/decisions`, { ...decision('300/QĐ-UBND'), issuedOn: '2023-12-22' })).json()) as { id: number };
    const { id } = (await proposed.json()) as { id: number };
    expect((await chair().send('POST', `${base()}/commendations/${id}/decide`, { decisionId })).status).toBe(200);
    const after = await draft2023();
    expect(after.figures['thiDua.khenThuong.capXa.deNghi'].text).toBe('03');
    expect(after.figures['thiDua.khenThuong.capXa.daKhen'].text).toBe('01');
  });
});

describe('another union', () => {
  it('sees nothing of the demo union\'s emulation year and cannot write to it', async () => {
    const other = t.as('mayhuongson.chutich');
    expect((await other.get(`${base()}/2023`)).status).toBe(404);
    expect((await other.send('POST', `${base()}/registrations`, { year: 2023, memberId: ids.get('HB08'), title: 'ldtt' })).status).toBe(404);
    expect((await other.send('POST', `${base()}/decisions`, { number: '9/QĐ', issuedOn: '2023-12-01', issuer: 'LĐLĐ', issuerLevel: 'district' })).status).toBe(404);
    // Its own member cannot be registered in the demo union either.
    const res = await chair().send('POST', `${base()}/registrations`, { year: 2023, memberId: ids.get('MHS010'), title: 'ldtt' });
    expect(res.status).toBe(404);
  });
});
