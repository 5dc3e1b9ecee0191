import { PROVIDER_SENTENCES, type ReportTemplate } from './template.ts';

// The seed report's outline (báo cáo tổng kết of a union in an agency or public unit), its wording
// kept as default text; years, figures and anniversaries are placeholders, never typed.
export const agencyTemplate: ReportTemplate = {
  id: 'agency',
  name: 'Báo cáo tổng kết phong trào thi đua và hoạt động Công đoàn (cơ quan, đơn vị sự nghiệp)',
  docType: 'BÁO CÁO',
  numberSuffix: 'BC-CĐCS',
  summary: [
    'Tổng kết phong trào thi đua và hoạt động của Công đoàn năm {{nam}};',
    'Phương hướng nhiệm vụ thực hiện phong trào thi đua yêu nước năm {{namSau}}',
  ],
  onBehalf: 'TM. BAN CHẤP HÀNH',
  sections: [
    {
      key: 'moDau', level: null, title: null,
      defaults: [
        'Năm {{nam}}, bên cạnh những thuận lợi, cơ quan còn gặp không ít khó khăn. Dưới sự lãnh đạo trực tiếp của cấp ủy, cán bộ, đoàn viên Công đoàn đã ra sức phấn đấu thực hiện thắng lợi nghị quyết của cấp ủy và nhiệm vụ của Công đoàn đặt ra trong năm {{nam}}.',
      ],
    },
    { key: 'A', level: 'part', title: 'A. Đánh giá tình hình thực hiện các phong trào thi đua và hoạt động của Công đoàn năm {{nam}}:', defaults: [] },
    { key: 'A.I', level: 'roman', title: 'I. Tình hình cán bộ, đoàn viên Công đoàn:', defaults: [] },
    {
      key: 'A.I.1', level: 'arabic', topics: ['members'], title: '1. Tình hình cán bộ, công chức đoàn viên Công đoàn:',
      defaults: [
        PROVIDER_SENTENCES,
      ],
    },
    {
      key: 'A.I.2', level: 'arabic', title: '2. Tình hình đời sống của cán bộ, công chức, đoàn viên công đoàn:',
      defaults: ['Nêu tình hình thu nhập, đời sống vật chất và tinh thần của cán bộ, đoàn viên trong năm {{nam}}.'],
    },
    {
      key: 'A.I.3', level: 'arabic', topics: ['welfare'],
      title: '3. Công tác chăm lo đời sống, bảo vệ quyền, lợi ích hợp pháp chính đáng và các hoạt động xã hội tình nghĩa:',
      defaults: [
        '- Công tác kiểm tra và giám sát việc thực hiện các chế độ chính sách đối với cán bộ, đoàn viên được Công đoàn thường xuyên quan tâm, nhất là các chế độ thiết thực như: bảo hiểm xã hội, bảo hiểm y tế, công tác phí, chế độ nâng lương, nâng bậc lương...',
        'Kịp thời thăm hỏi, động viên khi đoàn viên và người thân ốm đau, hoạn nạn, từ trần. Khen thưởng động viên kịp thời con của đoàn viên học giỏi, tổ chức gặp mặt tặng quà cho các cháu thiếu nhi nhân dịp ngày Quốc tế Thiếu nhi 1/6 và Tết Trung thu.',
      ],
    },
    { key: 'A.II', level: 'roman', title: 'II. Về thực hiện phong trào thi đua yêu nước trong cán bộ, công chức trong cơ quan:', defaults: [] },
    {
      key: 'A.II.1', level: 'arabic', topics: ['emulation'], title: '1. Công tác tham gia quản lý, phối hợp tổ chức các phong trào thi đua yêu nước trong cán bộ, công chức.',
      defaults: [
        // The registrations' figures come first, from the emulation module's sentences.
        'Công đoàn đã xây dựng và thực hiện quy chế phối hợp giữa Cơ quan và Công đoàn, quy chế dân chủ trong hoạt động của cơ quan.',
      ],
    },
    {
      key: 'A.II.2', level: 'arabic', topics: ['education'], title: '2. Công tác tuyên truyền giáo dục nâng cao trình độ mọi mặt trong cán bộ, công chức:',
      defaults: [
        'Trong năm qua, Ban chấp hành Công đoàn đã bám sát Nghị quyết của cấp ủy, các chính sách pháp luật của Nhà nước, Nghị quyết của Công đoàn các cấp và các sự kiện chính trị của đất nước để tuyên truyền giáo dục cho cán bộ, đoàn viên.',
      ],
    },
    {
      key: 'A.II.3', level: 'arabic', topics: ['dues', 'women'], title: '3. Công tác tham gia xây dựng Đảng, Chính quyền và xây dựng CĐCS vững mạnh:',
      defaults: [
        'Tích cực tham gia góp ý về sự lãnh đạo của Đảng, góp ý tự phê bình và phê bình trong cán bộ, đảng viên.',
        'Tổ nữ công của Công đoàn phối hợp tổ chức kỷ niệm {{kyNiem.quocTePhuNu}} năm ngày Quốc tế Phụ nữ 8/3 và {{kyNiem.haiBaTrung}} năm khởi nghĩa Hai Bà Trưng, kỷ niệm {{kyNiem.hoiLHPN}} năm ngày thành lập Hội LHPN Việt Nam 20/10, tổ chức thăm hỏi, tặng quà động viên cho đoàn viên nữ nhân các ngày 8/3 và 20/10.',
        'Công đoàn đã thực hiện tốt việc thu, chi đoàn phí; công tác thu, chi đảm bảo công khai theo nguyên tắc tài chính.',
      ],
    },
    {
      // The plan of the year against its results; a year without a plan has no such part.
      key: 'A.II.4', level: 'arabic', topics: ['planResults'], title: '4. Kết quả thực hiện các chỉ tiêu năm {{nam}}:', defaults: [], optional: true,
    },
    { key: 'A.III', level: 'roman', title: 'III. Những khuyết điểm, hạn chế và nguyên nhân:', defaults: [] },
    { key: 'A.III.1', level: 'arabic', topics: ['limitations'], title: '1. Những hạn chế khuyết điểm:', defaults: ['- …'] },
    { key: 'A.III.2', level: 'arabic', title: '2. Nguyên nhân:', defaults: ['- …'] },
    {
      key: 'B', level: 'part', title: 'B. Phương hướng, nhiệm vụ thực hiện phong trào thi đua yêu nước năm {{namSau}}:',
      defaults: [
        'Trên cơ sở Nghị quyết của cấp ủy và chương trình công tác năm {{namSau}} của cơ quan, {{tenVietTat}} phát động phong trào thi đua yêu nước năm {{namSau}} và đề ra một số chỉ tiêu với những nội dung như sau:',
      ],
    },
    // Written from the next year's plan: its movements and its targets (plans.report.ts).
    { key: 'B.I', level: 'roman', topics: ['nextMovements'], title: 'I. Một số phong trào:', defaults: [] },
    { key: 'B.II', level: 'roman', topics: ['nextTargets'], title: 'II. Một số chỉ tiêu cụ thể:', defaults: [] },
    {
      key: 'ketLuan', level: null, title: null,
      defaults: [
        'Phát huy truyền thống đoàn kết, phối hợp chặt chẽ, tinh thần chủ động, sáng tạo, Ban chấp hành Công đoàn kêu gọi mỗi một đoàn viên tích cực phấn đấu lao động, học tập, rèn luyện bản thân để thực hiện có hiệu quả các phong trào thi đua yêu nước năm {{namSau}}./.',
      ],
    },
  ],
};
