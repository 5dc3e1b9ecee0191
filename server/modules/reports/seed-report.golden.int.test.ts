import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AnnualDraftView } from '../../../shared/contracts/reports.contract.ts';
import { huongBinhReport2023 } from '../../demo/huong-binh-report-2023.ts';
import { paragraphTexts, readDocxPart } from './document/read-docx.ts';
import { findTypedNumbers } from './engine/typed-numbers.ts';

// Golden test of the whole seed (issue 13, item 5; DESIGN.md "The seed, figure by figure"): the demo union's 2023
// report, as the .docx a chairperson downloads, holds every figure of the seed in the seed's order — members,
// welfare, funds, blood donations, registrations and results, initiatives, collective titles, commendations,
// cultural families, classification, the Women's Union's 93rd year, the limitations attendance shows, the 2024
// movements and targets, recipients and signature — while the narrative the demo keeps types none of them.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The seed's figures in the seed's order, as the report prints them. */
const SEED_FIGURES = [
  'Tổng số đoàn viên Công đoàn hiện nay là 30 đồng chí, Nữ 07 đồng chí',
  'Quỹ đền ơn đáp nghĩa, Quỹ nạn nhân chất độc da cam, Quỹ mái ấm công đoàn, Quỹ vì công nhân lao động nghèo',
  'quỹ Công đoàn 50.000đ/người/tháng',
  'hiến máu nhân đạo đến nay từ 15 đến 20 lần',
  'thăm hỏi, động viên khi CBCC và người thân ốm đau, hoạn nạn, từ trần',
  'các ngày lễ, tết với số tiền trên 5.000.000 đồng',
  'con của CBCC học giỏi',
  'ngày quốc tế thiếu nhi, tết Trung thu',
  'đăng ký thi đua là 30 đồng chí, trong đó có 19 đồng chí cán bộ và công chức, 11 cán bộ không chuyên trách',
  'có 19 đồng chí đăng ký danh hiệu “Lao động tiên tiến” và 03 đồng chí đăng ký danh hiệu “Chiến sĩ thi đua cấp cơ sở”',
  'cuối năm 2023 có 19 đồng chí đạt danh hiệu “Lao động tiên tiến”',
  'có 01 đồng chí làm đề tài sáng kiến',
  'được UBND thị xã công nhận 01 đề tài sáng kiến',
  'có 11 đồng chí được công nhận HTTNV',
  'được UBND thị xã công nhận tập thể Lao động tiên tiến',
  'Công tác chuyển đổi số được UBND thị xã trao giải ba',
  'Công đoàn cơ sở được công nhận là HTTNV',
  'LĐLĐ tỉnh khen thưởng cho 01 cá nhân',
  'LĐLĐ thị xã khen thưởng 03 cá nhân',
  'đề nghị UBND xã khen thưởng cho 03 cá nhân',
  'có 100% gia đình CBCC trong cơ quan được công nhận gia đình văn hóa',
  'xếp loại CĐCS năm 2023 được xếp loại CĐCS HTTNV',
  'kỷ niệm 93 năm ngày thành lập Hội LHPN Việt Nam 20/10',
  '100% đoàn viên nộp đầy đủ các loại quỹ',
  'công tác thu, chi đảm bảo công khai theo nguyên tắc tài chính',
  'Việc duy trì chế độ sinh hoạt công đoàn, tổ công đoàn thực hiện chưa đảm bảo',
  'Phong trào Chủ nhật xanh tại cơ quan 04 đồng chí đoàn viên chưa thực sự gương mẫu',
  'phong trào thi đua yêu nước năm 2024',
  '1. Phong trào quyết tâm thực hiện thắng lợi mục tiêu, các chỉ tiêu kinh tế - xã hội năm 2024:',
  '5. Phong trào tự học tập để nâng cao trình độ các mặt:',
  'Có 100% CBCC của cơ quan không vi phạm',
  'Phấn đấu có 100% cán bộ, công chức đạt danh hiệu lao động tiên tiến',
  'có từ 02–03 CBCC đạt danh hiệu Chiến sỹ thi đua cơ sở',
  '100% cán bộ không chuyên trách HTTNV',
  'tổ chức Công đoàn cơ sở phấn đấu đạt danh hiệu HTXSNV',
  'Phấn đấu năm 2024 công tác CCHC được xếp hạng thứ 4–5/9 xã, phường',
  '100% văn bản chỉ đạo của cấp trên, ý kiến chỉ đạo của lãnh đạo xã được theo dõi, cập nhật và thực hiện đúng hạn',
  'Nơi nhận:',
  'TM. BAN CHẤP HÀNH',
  'CHỦ TỊCH',
];

describe('the seed report, figure by figure, from the records', () => {
  it('prints every figure of the seed in the seed\'s order in the downloaded .docx, with no placeholder left', async () => {
    const res = await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023/draft.docx`);
    expect(res.status).toBe(200);
    const text = paragraphTexts(readDocxPart(Buffer.from(await res.arrayBuffer()), 'word/document.xml')).join('\n');
    let from = 0;
    for (const figure of SEED_FIGURES) {
      const at = text.indexOf(figure, from);
      expect(at, `«${figure}» after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + figure.length;
    }
    expect(text).not.toContain('{{');
    expect(text).not.toContain('92 năm');
    // The year without a plan of its own prints no results part.
    expect(text).not.toContain('Kết quả thực hiện các chỉ tiêu năm 2023');
  });

  it('keeps a narrative without one typed figure: the detector finds none, in the stored text and in the draft', async () => {
    const typed = Object.entries(huongBinhReport2023).flatMap(([key, paragraphs]) =>
      paragraphs.flatMap((p) => findTypedNumbers(p, { year: 2023 }).map((n) => `${key} ${n.text}`)));
    expect(typed).toEqual([]);
    const draft = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`)).json()) as AnnualDraftView;
    expect(draft.typedNumbers).toEqual([]);
    expect(draft.gaps).toEqual([]);
    expect(draft.errors).toEqual([]);
  });

  it('offers the limitations attendance shows that the text does not hold yet, and none it already says', async () => {
    const draft = (await (await t.as('huongbinh.chutich').get(`/api/orgs/${t.orgs.seed}/reports/annual/2023`)).json()) as AnnualDraftView;
    const limits = draft.sections.find((s) => s.key === 'A.III.1')!;
    // Sinh hoạt (three months missed) and Chủ nhật xanh (four members under the threshold) are written already.
    expect(limits.suggestions).toEqual([]);
    const chair = t.as('huongbinh.chutich');
    const url = `/api/orgs/${t.orgs.seed}/reports/annual/2023/sections/A.III.1`;
    const cleared = (await (await chair.send('PUT', url, { paragraphs: ['- Công tác tuyên truyền chưa đáp ứng yêu cầu.'] })).json()) as AnnualDraftView;
    const offered = cleared.sections.find((s) => s.key === 'A.III.1')!.suggestions.map((s) => s.rendered);
    expect(offered).toEqual([
      '- Việc duy trì chế độ sinh hoạt công đoàn thực hiện chưa đảm bảo: 03 buổi không tổ chức được, tỷ lệ tham dự ' + cleared.figures['hoatDong.sinhHoat.tyLeThamDu'].text + '.',
      '- 04 đồng chí đoàn viên tham gia ngày “Chủ nhật xanh” dưới ' + cleared.figures['hoatDong.nguong'].text + ' số buổi, chưa thực sự gương mẫu chấp hành kế hoạch của Công đoàn.',
    ]);
    // Added as offered (the editor's button), it is part of the text and offered no more.
    const suggestion = cleared.sections.find((s) => s.key === 'A.III.1')!.suggestions[1];
    const added = (await (await chair.send('PUT', url, { paragraphs: ['- Công tác tuyên truyền chưa đáp ứng yêu cầu.', suggestion.text] })).json()) as AnnualDraftView;
    const after = added.sections.find((s) => s.key === 'A.III.1')!;
    expect(after.rendered[1]).toBe(suggestion.rendered);
    expect(after.suggestions.map((s) => s.text)).toEqual([cleared.sections.find((s) => s.key === 'A.III.1')!.suggestions[0].text]);
    expect(added.typedNumbers).toEqual([]);
    expect((await chair.send('DELETE', url)).status).toBe(200);
  });
});
