import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { MeetingView } from '../../../shared/contracts/emulation-meetings.contract.ts';
import { paragraphTexts, readDocxPart, unzip } from '../reports/document/read-docx.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const base = () => `/api/orgs/${t.orgs.seed}/emulation`;
const docxText = (docx: Buffer) => paragraphTexts(readDocxPart(docx, 'word/document.xml')).join('\n');
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
/** The demo's 2023 “Tập thể Lao động tiên tiến” of the host agency. */
async function hostTitle2023(): Promise<number> {
  return (await t.handle.db.selectFrom('collective_awards').select('id').where('org_id', '=', t.orgs.seed).where('year', '=', 2023)
    .where('kind', '=', 'title').executeTakeFirstOrThrow()).id;
}

describe('the collective achievement report (Mẫu 02)', () => {
  it('pre-fills the demo agency\'s 2023 report from the records: members, titles, initiative, ratings, prizes, classification', async () => {
    const res = await t.as('huongbinh.uyvien').get(`${base()}/collective-awards/${await hostTitle2023()}/achievement-report.docx`);
    expect(res.status).toBe(200);
    const text = docxText(await bytes(res));
    for (const expected of [
      'BÁO CÁO THÀNH TÍCH', 'Đề nghị công nhận danh hiệu “Tập thể Lao động tiên tiến” năm 2023',
      'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', 'Tổng số đoàn viên công đoàn đến ngày 31/12/2023: 30 đồng chí',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC', '19/30 đoàn viên (63,3%) đạt danh hiệu “Lao động tiên tiến” (Quyết định số 3015/QĐ-UBND',
      '01/30 đoàn viên (3,3%) đạt danh hiệu “Chiến sĩ thi đua cơ sở” (Quyết định số 3016/QĐ-UBND',
      'Ứng dụng phần mềm quản lý hồ sơ địa chính', 'được công nhận tại Quyết định số 2950/QĐ-UBND ngày 08/12/2023 của UBND thị xã Hương Trà',
      '02 đồng chí Hoàn thành xuất sắc nhiệm vụ, 28 đồng chí Hoàn thành tốt nhiệm vụ (Quyết định số 245/QĐ-UBND',
      '01 cá nhân được tặng Giấy khen của LĐLĐ tỉnh Thừa Thiên Huế (Quyết định số 412/QĐ-LĐLĐ',
      '03 cá nhân được tặng Giấy khen của LĐLĐ thị xã Hương Trà (Quyết định số 58/QĐ-LĐLĐ',
      'giải thưởng “Chuyển đổi số” (giải ba) (Quyết định số 2890/QĐ-UBND',
      'được xếp loại “Hoàn thành tốt nhiệm vụ” (Quyết định số 61/QĐ-LĐLĐ',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'THỦ TRƯỞNG ĐƠN VỊ', 'THỦ TRƯỞNG CƠ QUAN CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN',
    ]) {
      expect(text).toContain(expected);
    }
    // The award reported on is what is proposed, not something the collective already holds.
    expect(text).not.toContain('3017/QĐ-UBND');
  });

  it('answers 404 to another union\'s chairperson and for an award of another union', async () => {
    const awardId = await hostTitle2023();
    expect((await t.as('mayhuongson.chutich').get(`${base()}/collective-awards/${awardId}/achievement-report.docx`)).status).toBe(404);
    const enterprise = `/api/orgs/${t.orgs.enterprise}/emulation/collective-awards/${awardId}/achievement-report.docx`;
    expect((await t.as('mayhuongson.chutich').get(enterprise)).status).toBe(404);
  });

  it('adds a Mẫu 02 to the meeting\'s dossier for each collective award of the year still proposed', async () => {
    const [m] = ((await (await t.as('huongbinh.chutich').get(`${base()}/2023/meetings`)).json()) as { items: MeetingView[] }).items;
    const before = unzip(await bytes(await t.as('huongbinh.chutich').get(`${base()}/meetings/${m.id}/dossier.zip?title=cstdcs`)));
    expect([...before.keys()].some((name) => name.startsWith('05-'))).toBe(false);
    const created = await t.as('huongbinh.uyvien').send('POST', `${base()}/collective-awards`, {
      year: 2023, holder: 'union', kind: 'title', name: 'Công đoàn cơ sở vững mạnh', issuer: 'LĐLĐ thị xã Hương Trà', issuerLevel: 'district',
    });
    expect(created.status).toBe(200);
    const res = await t.as('huongbinh.chutich').get(`${base()}/meetings/${m.id}/dossier.zip?title=cstdcs`);
    expect(res.status).toBe(200);
    const files = unzip(await bytes(res));
    const report = files.get('05-bao-cao-thanh-tich-tap-the-cong-doan-co-so-vung-manh.docx');
    expect(report).toBeDefined();
    const text = docxText(report!);
    expect(text).toContain('Đề nghị công nhận danh hiệu “Công đoàn cơ sở vững mạnh” năm 2023');
    expect(text).toContain('Năm 2023: Đảng ủy, HĐND, UBND xã Hương Bình đạt danh hiệu “Tập thể Lao động tiên tiến” (Quyết định số 3017/QĐ-UBND');
  });
});
