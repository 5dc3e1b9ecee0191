import { PROVIDER_SENTENCES, type ReportTemplate } from './template.ts';

// The annual report of a union in an enterprise (state-owned, non-state, foreign-invested) or a cooperative. Its
// outline follows the tasks the Trade Union Law 2024 (Điều 10–14) and the Labour Code give a grassroots union in an
// enterprise, in the order enterprise unions report them to their upper level: the enterprise and its workforce;
// representation (jobs and incomes, the collective agreement, dialogue and the workers' conference, disputes);
// caring (welfare, Tết, meals, housing); safety; propaganda and women; emulation; building the union (recruitment,
// dues, classification); limitations; next year's plan. Every figure is a module's placeholder; the gaps ("…") are
// what only the chairperson knows (the enterprise's production, the limitations and their causes).
export const enterpriseTemplate: ReportTemplate = {
  id: 'enterprise',
  name: 'Báo cáo tổng kết hoạt động Công đoàn (doanh nghiệp, hợp tác xã)',
  docType: 'BÁO CÁO',
  numberSuffix: 'BC-CĐCS',
  summary: [
    'Tổng kết hoạt động Công đoàn năm {{nam}};',
    'Phương hướng, nhiệm vụ năm {{namSau}}',
  ],
  onBehalf: 'TM. BAN CHẤP HÀNH',
  sections: [
    {
      key: 'moDau', level: null, title: null,
      defaults: [
        'Năm {{nam}}, dưới sự chỉ đạo của {{capTren}} và sự phối hợp của người sử dụng lao động, Ban Chấp hành Công đoàn cơ sở {{donVi}} đã tập trung thực hiện chức năng đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên và người lao động, đạt được những kết quả sau:',
      ],
    },
    { key: 'A', level: 'part', title: 'A. Kết quả hoạt động Công đoàn năm {{nam}}', defaults: [] },
    { key: 'A.I', level: 'roman', title: 'I. Đặc điểm tình hình', defaults: [] },
    {
      key: 'A.I.1', level: 'arabic', title: '1. Tình hình doanh nghiệp và sản xuất, kinh doanh:',
      defaults: ['- Tình hình sản xuất, kinh doanh, đơn hàng và việc làm của doanh nghiệp năm {{nam}}: …'],
    },
    {
      key: 'A.I.2', level: 'arabic', title: '2. Tình hình tổ chức công đoàn:', topics: ['members', 'recruitment'],
      defaults: [PROVIDER_SENTENCES],
    },
    { key: 'A.II', level: 'roman', title: 'II. Kết quả thực hiện nhiệm vụ', defaults: [] },
    {
      key: 'A.II.1', level: 'arabic', title: '1. Việc làm, tiền lương, thu nhập, hợp đồng lao động và bảo hiểm của người lao động:',
      topics: ['workforce'], defaults: [],
    },
    {
      key: 'A.II.2', level: 'arabic', title: '2. Thương lượng tập thể, thỏa ước lao động tập thể:', topics: ['agreements'], defaults: [],
    },
    {
      key: 'A.II.3', level: 'arabic', title: '3. Đối thoại tại nơi làm việc, hội nghị người lao động:', topics: ['dialogue'], defaults: [],
    },
    { key: 'A.II.4', level: 'arabic', title: '4. Tranh chấp lao động, ngừng việc tập thể:', topics: ['disputes'], defaults: [] },
    {
      key: 'A.II.5', level: 'arabic', title: '5. Chăm lo đời sống đoàn viên, người lao động:', topics: ['caring', 'welfare'], defaults: [],
    },
    { key: 'A.II.6', level: 'arabic', title: '6. Công tác an toàn, vệ sinh lao động:', topics: ['safety'], defaults: [] },
    {
      key: 'A.II.7', level: 'arabic', title: '7. Công tác tuyên truyền, giáo dục và hoạt động nữ công:', topics: ['education', 'women'],
      defaults: [],
    },
    { key: 'A.II.8', level: 'arabic', title: '8. Phong trào thi đua, khen thưởng:', topics: ['emulation'], defaults: [] },
    { key: 'A.II.9', level: 'arabic', title: '9. Công tác tài chính công đoàn:', topics: ['dues'], defaults: [] },
    {
      key: 'A.II.10', level: 'arabic', title: '10. Kết quả thực hiện các chỉ tiêu năm {{nam}}:', topics: ['planResults'], defaults: [],
      optional: true,
    },
    { key: 'A.III', level: 'roman', title: 'III. Hạn chế và nguyên nhân', defaults: [] },
    { key: 'A.III.1', level: 'arabic', title: '1. Hạn chế:', topics: ['limitations'], defaults: ['- …'] },
    { key: 'A.III.2', level: 'arabic', title: '2. Nguyên nhân:', defaults: ['- …'] },
    {
      key: 'B', level: 'part', title: 'B. Phương hướng, nhiệm vụ năm {{namSau}}',
      defaults: [
        'Căn cứ nghị quyết của Công đoàn cấp trên và kế hoạch sản xuất, kinh doanh năm {{namSau}} của doanh nghiệp, {{tenVietTat}} đề ra phương hướng, nhiệm vụ năm {{namSau}} như sau:',
      ],
    },
    { key: 'B.I', level: 'roman', title: 'I. Các phong trào thi đua:', topics: ['nextMovements'], defaults: [] },
    { key: 'B.II', level: 'roman', title: 'II. Các chỉ tiêu:', topics: ['nextTargets'], defaults: [] },
    {
      key: 'B.III', level: 'roman', title: 'III. Nhiệm vụ, giải pháp chủ yếu:',
      defaults: [
        '- Đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của người lao động; thương lượng, ký kết và giám sát việc thực hiện thỏa ước lao động tập thể; phối hợp tổ chức đối thoại định kỳ và hội nghị người lao động theo quy định.',
        '- Phối hợp với người sử dụng lao động chăm lo việc làm, tiền lương, bữa ăn ca, điều kiện làm việc và an toàn, vệ sinh lao động cho người lao động.',
        '- Đẩy mạnh phát triển đoàn viên, xây dựng Công đoàn cơ sở vững mạnh; thu, chi, quản lý tài chính công đoàn đúng quy định.',
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
