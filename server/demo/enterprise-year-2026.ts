import type { Db } from '../db/client.ts';
import { findKinds } from '../modules/activities/activities.repo.ts';

// The garment company union's 2026 beyond its registers of people and money: the activities it held (the women's
// days, the safety month, a session on the new Trade Union Law, quarterly union meetings), the movements and targets
// it launched for 2027 (part B of its report), and the words only the chairperson can write — the company's
// production, the limitations and their causes — with every figure a placeholder. Invented, deterministic.

export const ENTERPRISE_REPORT_YEAR = 2026;

const FACTORY = 'Hội trường Công ty TNHH May Hương Sơn';
const activities: { kind: string; title: string; heldOn: string; audience: 'union' | 'women' }[] = [
  { kind: 'nu-cong', title: 'Gặp mặt, tặng hoa nữ công nhân nhân Ngày Quốc tế Phụ nữ 8/3', heldOn: '2026-03-07', audience: 'women' },
  { kind: 'nu-cong', title: 'Hội thi “Nữ công nhân khéo tay” nhân Ngày Phụ nữ Việt Nam 20/10', heldOn: '2026-10-18', audience: 'women' },
  { kind: 'atvsld', title: 'Phát động Tháng hành động về an toàn, vệ sinh lao động năm 2026', heldOn: '2026-05-04', audience: 'union' },
  { kind: 'atvsld', title: 'Huấn luyện sơ cấp cứu và phòng cháy chữa cháy cho an toàn, vệ sinh viên', heldOn: '2026-05-21', audience: 'union' },
  { kind: 'hoc-tap-nghi-quyet', title: 'Tuyên truyền Luật Công đoàn 2024 và Bộ luật Lao động cho người lao động', heldOn: '2026-06-12', audience: 'union' },
  ...['2026-03-28', '2026-06-27', '2026-09-26'].map((heldOn, i) => ({
    kind: 'sinh-hoat-cong-doan', title: `Sinh hoạt công đoàn quý ${['I', 'II', 'III'][i]}`, heldOn, audience: 'union' as const,
  })),
];

const movements2027: { name: string; content: string }[] = [
  { name: 'Phong trào thi đua “Lao động giỏi, lao động sáng tạo”', content: [
    '- Đoàn viên, người lao động cải tiến kỹ thuật, hợp lý hóa sản xuất, nâng cao năng suất và chất lượng sản phẩm.',
    '- Mỗi tổ sản xuất đăng ký ít nhất một sáng kiến, cải tiến trong năm.',
  ].join('\n') },
  { name: 'Phong trào “Xanh – Sạch – Đẹp, bảo đảm an toàn, vệ sinh lao động”', content:
    '- Phối hợp với Công ty cải thiện điều kiện làm việc, kiểm tra an toàn máy móc hằng quý, không để xảy ra tai nạn lao động nặng.' },
  { name: 'Phong trào “Giỏi việc nước, đảm việc nhà” trong nữ công nhân lao động', content:
    '- Nữ công nhân thi đua lao động sản xuất giỏi, xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.' },
];

type Target = { statement: string; measure: 'registration_share' | 'title_share' | 'classification' | 'manual'; params: object;
  min: number; unit: 'percent' | 'count' | 'grade' };
const targets2027: Target[] = [
  { statement: '{{chiTieu}} đoàn viên đăng ký thi đua năm {{nam}}', measure: 'registration_share', params: {}, min: 100, unit: 'percent' },
  { statement: 'Có {{chiTieu}} đoàn viên đạt danh hiệu “Lao động tiên tiến”', measure: 'title_share', params: { title: 'ldtt' }, min: 80, unit: 'percent' },
  { statement: 'Kết nạp mới {{chiTieu}} đoàn viên trong công nhân lao động', measure: 'manual', params: {}, min: 40, unit: 'count' },
  { statement: 'Phối hợp tổ chức {{chiTieu}} cuộc đối thoại định kỳ tại nơi làm việc', measure: 'manual', params: {}, min: 2, unit: 'count' },
  { statement: 'Công đoàn cơ sở được xếp loại {{chiTieu}}', measure: 'classification', params: {}, min: 3, unit: 'grade' },
];

/** The chairperson's own words in the 2026 report: no figure typed, each one a placeholder. */
export const enterpriseReport2026: Record<string, string[]> = {
  'A.I.1': [
    'Năm {{nam}}, {{donVi}} duy trì ổn định sản xuất áo sơ mi, quần âu xuất khẩu; đầu năm đơn hàng giảm do thị trường biến động, từ giữa năm đơn hàng phục hồi, bảo đảm việc làm thường xuyên cho người lao động.',
  ],
  'A.III.1': [
    '- Tỷ lệ đoàn viên trên tổng số lao động còn thấp ({{laoDong.tyLeDoanVien}}); việc vận động công nhân mới tuyển dụng gia nhập Công đoàn chưa đạt yêu cầu.',
    '- Việc theo dõi, đôn đốc giải quyết kiến nghị của người lao động sau đối thoại còn chậm: còn {{doiThoai.quaHan}} kiến nghị quá hạn.',
  ],
  'A.III.2': [
    '- Công nhân làm việc theo ca, thời gian tham gia sinh hoạt công đoàn hạn chế; một bộ phận người lao động chưa hiểu rõ quyền lợi khi gia nhập Công đoàn.',
    '- Cán bộ công đoàn hoạt động kiêm nhiệm, thời gian dành cho công tác công đoàn còn ít.',
  ],
};

export async function loadEnterpriseYear2026(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  const kinds = new Map((await findKinds(tx, orgId)).map((k) => [k.code, k.id]));
  await tx.insertInto('activities').values(activities.map((a) => ({
    org_id: orgId, kind_id: kinds.get(a.kind)!, title: a.title, held_on: a.heldOn, start_time: '14:00', place: FACTORY,
    organiser_id: memberIds.get('MHS001') ?? null, audience: a.audience, group_id: null,
  }))).execute();

  await tx.insertInto('emulation_movements').values(movements2027.map((m) => ({
    org_id: orgId, year: ENTERPRISE_REPORT_YEAR + 1, name: m.name, content: m.content, launched_on: '2026-11-25', targets: '[]',
  }))).execute();
  await tx.insertInto('plan_targets').values(targets2027.map((t, i) => ({
    org_id: orgId, year: ENTERPRISE_REPORT_YEAR + 1, position: i + 1, statement: t.statement, movement_id: null, measure: t.measure,
    params: JSON.stringify(t.params), target_min: t.min, target_max: null, unit: t.unit, lower_is_better: false, created_by: null,
  }))).execute();

  for (const [key, paragraphs] of Object.entries(enterpriseReport2026)) {
    await tx.insertInto('report_sections').values({
      org_id: orgId, year: ENTERPRISE_REPORT_YEAR, doc_type: 'annual', section_key: key, paragraphs: JSON.stringify(paragraphs), updated_by: null,
    }).execute();
  }
}
