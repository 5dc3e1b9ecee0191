import type { Db } from '../db/client.ts';

// The garment company union's recruitment drive (phát triển đoàn viên): a target of 08 new members for 2025 and 10
// for 2026 (the admissions themselves are the members of enterprise-members.ts admitted in those years), and six
// workers not yet in the union the committee reached out to, each with the day they agreed to their data being kept:
// one has since joined (linked to the member MHS059), one declined, one withdrew consent (their name, phone and note
// are erased, the row kept as a count), three are still being talked to. Names, teams and phones are invented.
const JOINED_MEMBER = 'MHS059';

export async function loadEnterpriseRecruitment(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  await tx.insertInto('recruitment_targets').values([
    { org_id: orgId, year: 2025, new_members: 8, note: 'Theo Nghị quyết Hội nghị đoàn viên đầu năm 2025', created_by: null },
    { org_id: orgId, year: 2026, new_members: 10, note: 'Ưu tiên công nhân mới tuyển và lao động hợp đồng ngắn hạn', created_by: null },
  ]).execute();
  const joined = await tx.selectFrom('members').select(['id', 'full_name']).where('id', '=', memberIds.get(JOINED_MEMBER)!).executeTakeFirstOrThrow();
  const row = (r: {
    full_name: string | null; team: string; phone: string | null; consent_on: string; consent_withdrawn_on?: string;
    status: 'new' | 'contacted' | 'joined' | 'declined'; last_contact_on: string | null; member_id?: number; note: string | null;
  }) => ({ org_id: orgId, consent_withdrawn_on: null, member_id: null, created_by: null, ...r });
  await tx.insertInto('recruitment_prospects').values([
    row({ full_name: joined.full_name, team: 'Xưởng may 2 – tổ là, đóng gói', phone: null, consent_on: '2026-05-15', status: 'joined',
      last_contact_on: '2026-07-20', member_id: joined.id, note: 'Kết nạp tại buổi sinh hoạt tổ tháng 8/2026' }),
    row({ full_name: 'Trương Thị Bích', team: 'Xưởng may 1 – chuyền 2', phone: '0914223651', consent_on: '2025-10-10', status: 'declined',
      last_contact_on: '2025-11-05', note: 'Hợp đồng thời vụ 6 tháng, chưa muốn tham gia' }),
    row({ full_name: null, team: 'Xưởng may 2 – tổ cắt', phone: null, consent_on: '2026-03-02', consent_withdrawn_on: '2026-06-10', status: 'contacted',
      last_contact_on: '2026-04-02', note: null }),
    row({ full_name: 'Lê Văn Hào', team: 'Kho nguyên phụ liệu và thành phẩm', phone: '0935118274', consent_on: '2026-09-14', status: 'contacted',
      last_contact_on: '2026-10-21', note: 'Quan tâm chế độ thăm hỏi khi ốm đau' }),
    row({ full_name: 'Nguyễn Thị Kiều', team: 'Xưởng may 1 – chuyền 1', phone: '0977352160', consent_on: '2026-10-05', status: 'contacted',
      last_contact_on: '2026-11-12', note: null }),
    row({ full_name: 'Phạm Thị Thu Sương', team: 'Xưởng may 2 – tổ cắt', phone: null, consent_on: '2026-11-03', status: 'new',
      last_contact_on: null, note: 'Công nhân mới tuyển tháng 10/2026' }),
  ]).execute();
}
