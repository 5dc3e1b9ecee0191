import { PROVIDER_SENTENCES, type ReportTemplate } from './template.ts';

// The annual report of an upper level (Công đoàn xã, phường; Liên đoàn Lao động huyện, tỉnh, thành phố; công đoàn
// ngành), drafted from the roll-up of the grassroots unions below it (federation/federation.report.ts: placeholders
// tongHop.*): the unions, members and coverage of the workforce; representation in enterprises (agreements,
// dialogues); caring (welfare); emulation; building the union (classification); finance (dues, remittances); the
// direction of the unions and the reports received; limitations (the records suggest them: reports not received, low
// coverage, dues); next year's plan, as the other templates. The gaps ("…") are what only the officers know.
export const federationTemplate: ReportTemplate = {
  id: 'federation',
  name: 'Báo cáo tổng kết hoạt động Công đoàn (công đoàn cấp trên cơ sở)',
  docType: 'BÁO CÁO',
  numberSuffix: 'BC-CĐ',
  summary: [
    'Tổng kết hoạt động Công đoàn năm {{nam}};',
    'Phương hướng, nhiệm vụ năm {{namSau}}',
  ],
  onBehalf: 'TM. BAN THƯỜNG VỤ',
  sections: [
    {
      key: 'moDau', level: null, title: null,
      defaults: [
        'Năm {{nam}}, dưới sự chỉ đạo của {{capTren}}, {{tenVietTat}} đã chỉ đạo các công đoàn cơ sở trực thuộc thực hiện chức năng đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên và người lao động; kết quả tổng hợp từ báo cáo và số liệu của các công đoàn cơ sở như sau:',
      ],
    },
    { key: 'A', level: 'part', title: 'A. Kết quả hoạt động Công đoàn năm {{nam}}', defaults: [] },
    {
      key: 'A.I', level: 'roman', title: 'I. Tình hình tổ chức công đoàn và đoàn viên', topics: ['rollupUnions'],
      defaults: [PROVIDER_SENTENCES],
    },
    { key: 'A.II', level: 'roman', title: 'II. Kết quả thực hiện nhiệm vụ', defaults: [] },
    {
      key: 'A.II.1', level: 'arabic', title: '1. Đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của người lao động:',
      topics: ['rollupEnterprise'], defaults: [],
    },
    {
      key: 'A.II.2', level: 'arabic', title: '2. Chăm lo đời sống đoàn viên, người lao động:', topics: ['rollupWelfare'], defaults: [],
    },
    { key: 'A.II.3', level: 'arabic', title: '3. Phong trào thi đua, khen thưởng:', topics: ['rollupEmulation'], defaults: [] },
    {
      key: 'A.II.4', level: 'arabic', title: '4. Xây dựng tổ chức công đoàn, đánh giá, xếp loại công đoàn cơ sở:',
      topics: ['rollupClassification'], defaults: [],
    },
    { key: 'A.II.5', level: 'arabic', title: '5. Công tác tài chính công đoàn:', topics: ['rollupFinance'], defaults: [] },
    {
      key: 'A.II.6', level: 'arabic', title: '6. Công tác chỉ đạo, kiểm tra và tổng hợp báo cáo:', topics: ['rollupReports'], defaults: [],
    },
    {
      key: 'A.II.7', level: 'arabic', title: '7. Kết quả thực hiện các chỉ tiêu năm {{nam}}:', topics: ['planResults'], defaults: [],
      optional: true,
    },
    { key: 'A.III', level: 'roman', title: 'III. Hạn chế và nguyên nhân', defaults: [] },
    { key: 'A.III.1', level: 'arabic', title: '1. Hạn chế:', topics: ['rollupLimitations'], defaults: ['- …'] },
    { key: 'A.III.2', level: 'arabic', title: '2. Nguyên nhân:', defaults: ['- …'] },
    {
      key: 'B', level: 'part', title: 'B. Phương hướng, nhiệm vụ năm {{namSau}}',
      defaults: [
        'Căn cứ nghị quyết, chương trình công tác của Công đoàn cấp trên, {{tenVietTat}} đề ra phương hướng, nhiệm vụ năm {{namSau}} như sau:',
      ],
    },
    { key: 'B.I', level: 'roman', title: 'I. Các phong trào thi đua:', topics: ['nextMovements'], defaults: [] },
    { key: 'B.II', level: 'roman', title: 'II. Các chỉ tiêu:', topics: ['nextTargets'], defaults: [] },
    {
      key: 'B.III', level: 'roman', title: 'III. Nhiệm vụ, giải pháp chủ yếu:',
      defaults: [
        '- Chỉ đạo các công đoàn cơ sở thực hiện tốt chức năng đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên và người lao động; thương lượng, ký kết thỏa ước lao động tập thể và tổ chức đối thoại tại nơi làm việc.',
        '- Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở; nâng cao chất lượng hoạt động và kết quả đánh giá, xếp loại công đoàn cơ sở.',
        '- Hướng dẫn, kiểm tra việc thu, nộp đoàn phí, kinh phí công đoàn; đôn đốc các công đoàn cơ sở gửi báo cáo đúng thời hạn.',
      ],
    },
    {
      key: 'ketLuan', level: null, title: null,
      defaults: [
        'Trên đây là báo cáo tổng kết hoạt động Công đoàn năm {{nam}} và phương hướng, nhiệm vụ năm {{namSau}} của {{tenVietTat}}./.',
      ],
    },
  ],
};
