import type { Db } from '../db/client.ts';
import { addDays } from '../../shared/vi/dates.ts';

// The garment company's dialogues at the workplace and its workers' conference: a periodic dialogue in 2025 (its two
// issues settled), the workers' conference of January 2026, and the periodic dialogue of June 2026 with three issues —
// one resolved, one open and not yet due, one open past its deadline (the chairperson's dashboard flags it). About 415
// workers, so at least 7 workers' representatives (NĐ 145/2020 Điều 38). Places, people and answers are invented.
const EMPLOYER = 'Ông Phạm Văn Long – Giám đốc; Bà Đỗ Thị Lan – Trưởng phòng Nhân sự; Ông Vũ Minh Tuấn – Quản đốc Xưởng may 1';

/** `today`: the open issue's deadline stays ahead of it, whenever the demo is loaded. */
export async function loadEnterpriseDialogue(tx: Db, orgId: number, today: string): Promise<void> {
  const meeting = async (m: { kind: 'periodic' | 'workers_conference'; held_on: string; present: number; headcount: number; published_on: string;
    minutes: string }) => (await tx.insertInto('workplace_meetings').values({
    org_id: orgId, kind: m.kind, held_on: m.held_on, employer_participants: EMPLOYER, worker_reps_expected: 7, worker_reps_present: m.present,
    headcount: m.headcount, minutes_text: m.minutes, published_on: m.published_on, note: null,
  }).returning('id').executeTakeFirstOrThrow()).id;

  const d2025 = await meeting({ kind: 'periodic', held_on: '2025-06-20', present: 6, headcount: 412, published_on: '2025-06-24',
    minutes: 'Đối thoại định kỳ năm 2025: tình hình sản xuất, tiền lương, làm thêm giờ, bữa ăn ca.' });
  await tx.insertInto('meeting_issues').values([
    { org_id: orgId, meeting_id: d2025, raised_by: 'Tổ Xưởng may 1', issue: 'Đề nghị tăng giá trị bữa ăn ca từ 22.000 đồng lên 25.000 đồng',
      employer_answer: 'Đồng ý tăng từ tháng 9/2025', status: 'resolved', owner: 'Phòng Hành chính', due_on: '2025-09-01', done_on: '2025-09-01' },
    { org_id: orgId, meeting_id: d2025, raised_by: 'Tổ Xưởng may 2', issue: 'Đề nghị lắp thêm quạt hút gió tại tổ là, đóng gói',
      employer_answer: 'Lắp trong quý III/2025', status: 'resolved', owner: 'Quản đốc Xưởng may 2', due_on: '2025-09-30', done_on: '2025-08-15' },
  ]).execute();

  await meeting({ kind: 'workers_conference', held_on: '2026-01-16', present: 7, headcount: 418, published_on: '2026-01-20',
    minutes: 'Hội nghị người lao động năm 2026: báo cáo kết quả sản xuất 2025, kế hoạch 2026, thực hiện thỏa ước và nội quy.' });

  const d2026 = await meeting({ kind: 'periodic', held_on: '2026-06-19', present: 7, headcount: 415, published_on: '2026-06-23',
    minutes: 'Đối thoại định kỳ năm 2026: tiền lương theo lương tối thiểu vùng mới, nhà vệ sinh, tủ đồ cá nhân.' });
  await tx.insertInto('meeting_issues').values([
    { org_id: orgId, meeting_id: d2026, raised_by: 'Tổ Xưởng may 1', issue: 'Đề nghị điều chỉnh đơn giá sản phẩm theo lương tối thiểu vùng 2026',
      employer_answer: 'Điều chỉnh từ kỳ lương tháng 7/2026', status: 'resolved', owner: 'Phòng Nhân sự', due_on: '2026-07-31', done_on: '2026-07-25' },
    { org_id: orgId, meeting_id: d2026, raised_by: 'Tổ Xưởng may 2 – tổ cắt', issue: 'Đề nghị sửa chữa khu nhà vệ sinh Xưởng may 2',
      employer_answer: 'Sửa chữa xong trước 30/9/2026', status: 'open', owner: 'Phòng Hành chính', due_on: '2026-09-30', done_on: null },
    { org_id: orgId, meeting_id: d2026, raised_by: 'Tổ Văn phòng', issue: 'Đề nghị trang bị tủ đồ cá nhân cho công nhân',
      employer_answer: 'Đưa vào kế hoạch mua sắm', status: 'open', owner: 'Phòng Hành chính', due_on: addDays(today, 60), done_on: null },
  ]).execute();
}
