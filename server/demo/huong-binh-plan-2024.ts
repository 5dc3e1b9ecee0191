import type { Db } from '../db/client.ts';
import type { TargetInput } from '../../shared/contracts/plans.contract.ts';

// The seed union's plan (kế hoạch, chỉ tiêu) for 2024, from its 2023 report's part B: the five movements launched
// for 2024 ("I. Một số phong trào", their content line by line) and the eight targets of "II. Một số chỉ tiêu cụ
// thể", each with the measure congdoan computes it by (the CCHC rank and two shares the union reads by hand); and a
// plan for the current year, so the dashboard follows live targets (the documents overdue and the registrations not
// yet made put two of them at risk). Statements write {{chiTieu}} where the value goes, {{nam}} for the year.

type Target = Pick<TargetInput, 'statement' | 'measure' | 'params' | 'targetMin' | 'targetMax' | 'lowerIsBetter'> & { unit: string };

const plan: Target[] = [
  { statement: 'Có {{chiTieu}} CBCC của cơ quan không vi phạm chủ trương của Đảng, chính sách, pháp luật của Nhà nước, chính sách về KHHGĐ; các tệ nạn xã hội, luật giao thông đường bộ, Luật phòng, chống tác hại của rượu, bia',
    measure: 'manual', params: {}, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  { statement: 'Phấn đấu có {{chiTieu}} cán bộ, công chức đạt danh hiệu lao động tiên tiến', measure: 'title_share',
    params: { title: 'ldtt', category: 'can_bo_cong_chuc' }, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  { statement: 'có từ {{chiTieu}} CBCC đạt danh hiệu Chiến sỹ thi đua cơ sở', measure: 'title_count',
    params: { title: 'cstdcs', category: 'can_bo_cong_chuc' }, targetMin: 2, targetMax: 3, unit: 'count', lowerIsBetter: false },
  { statement: '{{chiTieu}} cán bộ không chuyên trách HTTNV', measure: 'title_share',
    params: { title: 'httnv', category: 'khong_chuyen_trach' }, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  { statement: 'tổ chức Công đoàn cơ sở phấn đấu đạt danh hiệu {{chiTieu}}', measure: 'classification',
    params: {}, targetMin: 4, targetMax: null, unit: 'grade', lowerIsBetter: false },
  { statement: 'Có {{chiTieu}} công việc đề ra trong chương trình công tác của cơ quan được thực hiện hoàn thành', measure: 'manual',
    params: {}, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  { statement: 'Phấn đấu năm {{nam}} công tác CCHC được xếp hạng {{chiTieu}}/9 xã, phường', measure: 'manual',
    params: {}, targetMin: 4, targetMax: 5, unit: 'rank', lowerIsBetter: true },
  { statement: '{{chiTieu}} văn bản chỉ đạo của cấp trên, ý kiến chỉ đạo của lãnh đạo xã được theo dõi, cập nhật và thực hiện đúng hạn', measure: 'documents_on_time',
    params: {}, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
];

/** The movements the union launched for 2024 at its year-end conference (part B, I). */
const movements2024: { name: string; content: string }[] = [
  { name: 'Phong trào quyết tâm thực hiện thắng lợi mục tiêu, các chỉ tiêu kinh tế - xã hội năm 2024', content: [
    '- Phân công trách nhiệm cụ thể cho từng Đoàn viên phụ trách từng lĩnh vực công tác, lấy hiệu quả công việc làm thước đo năng lực của cán bộ và làm cơ sở cho việc đánh giá cán bộ, công chức cuối năm.',
    '- Phấn đấu thực hiện thắng lợi mục tiêu, các chỉ tiêu, các chương trình, dự án trọng điểm mà Nghị quyết của Đảng ủy, Hội đồng nhân dân xã đề ra.',
  ].join('\n') },
  { name: 'Phong trào giỏi việc nước, đảm việc nhà', content:
    '- Phát huy tốt vai trò của tổ nữ công công đoàn, xây dựng phong trào phụ nữ tích cực xây dựng gia đình ấm no, bình đẳng, hạnh phúc và tiến bộ ... phối hợp với Hội LHPN xã tổ chức kỷ niệm ngày Quốc tế phụ nữ và khởi nghĩa Hai Bà Trưng, kỷ niệm ngày thành lập Hội LHPN Việt Nam 20/10, tổ chức thăm hỏi, tặng quà động viên cho đoàn viên nữ nhân kỷ niệm các ngày 8/3 và 20/10.' },
  { name: 'Phong trào vận động cộng đồng chung tay giữ gìn xã đạt chuẩn nông thôn mới, xây dựng xã nông thôn mới nâng cao', content:
    'Mỗi Đoàn viên của Công đoàn là một nòng cốt để làm tốt công tác vận động mọi người thực hiện giữ vững xã đạt chuẩn nông thôn mới bằng những việc làm thiết thực, cùng với Ban chỉ đạo xây dựng nông thôn mới tiếp tục giữ vững xã đạt chuẩn nông thôn mới, tiến tới xây dựng xã nông thôn mới nâng cao.' },
  { name: 'Phong trào thực hiện tốt văn hóa công sở và đạo đức công vụ', content: [
    '- Đoàn viên Công đoàn không ngừng nâng cao ý thức, trách nhiệm trong việc bảo đảm cảnh quan, vệ sinh môi trường của công sở và giữ gìn tài sản công.',
    '- Đoàn viên Công đoàn phải chuẩn mực trong xử sự, không vi phạm những việc cấm cán bộ, công chức không được làm ở cơ quan cũng như ngoài xã hội.',
    '- Thực hiện tốt quy chế làm việc của cơ quan, giải quyết kịp thời, đúng hạn tất cả các hồ sơ, công việc chuyên môn, chấp hành ý kiến lãnh, chỉ đạo của lãnh đạo cơ quan.',
  ].join('\n') },
  { name: 'Phong trào tự học tập để nâng cao trình độ các mặt', content:
    '- Bằng nhiều hình thức học tập, Đoàn viên Công đoàn phải quyết tâm tự học tập để không ngừng nâng cao trình độ về mọi mặt. Đặc biệt là về tư tưởng chính trị và trình độ chuyên môn nghiệp vụ.' },
];

const current: Target[] = [
  { statement: '{{chiTieu}} đoàn viên đăng ký thi đua năm {{nam}}', measure: 'registration_share',
    params: {}, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  ...plan,
];

async function insertPlan(tx: Db, orgId: number, year: number, targets: Target[]): Promise<number> {
  let cchc = 0;
  for (const [i, t] of targets.entries()) {
    const { id } = await tx.insertInto('plan_targets').values({
      org_id: orgId, year, position: i + 1, statement: t.statement, movement_id: null, measure: t.measure, params: JSON.stringify(t.params),
      target_min: t.targetMin, target_max: t.targetMax ?? null, unit: t.unit, lower_is_better: t.lowerIsBetter ?? false, created_by: null,
    }).returning('id').executeTakeFirstOrThrow();
    if (t.unit === 'rank') {
      cchc = id;
    }
  }
  return cchc;
}

export async function loadHuongBinhPlans(tx: Db, orgId: number, on: string): Promise<void> {
  await tx.insertInto('emulation_movements').values(movements2024.map((m) => ({
    org_id: orgId, year: 2024, name: m.name, content: m.content, launched_on: '2023-12-20', targets: '[]',
  }))).execute();
  const cchc2024 = await insertPlan(tx, orgId, 2024, plan);
  await tx.insertInto('plan_target_readings').values({
    org_id: orgId, target_id: cchc2024, recorded_on: '2025-01-20', value: 4, attachment_id: null, recorded_by: null,
    evidence: 'Kết quả xếp hạng chỉ số cải cách hành chính năm 2024 của UBND thị xã Hương Trà: xã Hương Bình đứng thứ 4/9 xã, phường',
  }).execute();
  const year = Number(on.slice(0, 4));
  if (year > 2024) {
    const cchc = await insertPlan(tx, orgId, year, current);
    const midYear = `${year}-07-15`;
    if (midYear <= on) {
      await tx.insertInto('plan_target_readings').values({
        org_id: orgId, target_id: cchc, recorded_on: midYear, value: 6, attachment_id: null, recorded_by: null,
        evidence: `Thông báo kết quả chấm điểm CCHC 6 tháng đầu năm ${year}: xã Hương Bình tạm xếp thứ 6/9`,
      }).execute();
    }
  }
}
