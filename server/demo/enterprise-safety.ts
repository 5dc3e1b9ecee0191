import type { Db } from '../db/client.ts';
import { welfareCategory } from '../../shared/contracts/welfare.contract.ts';
import { postEntriesIn } from '../modules/finance/ledger.service.ts';
import { insertEvent } from '../modules/finance/welfare.repo.ts';

// The garment company union's safety records and disputes: five an toàn vệ sinh viên (one per workshop line and the
// warehouse), two inspections in 2026, one minor accident in 2026 whose support was paid as a welfare event (its phiếu
// chi is in the ledger), and one individual dispute in 2025 the union helped settle; no collective dispute, no
// stoppage. Names come from the members; places and amounts are invented.
const officers: [code: string, area: string][] = [
  ['MHS011', 'Tổ Xưởng may 1 – chuyền 1'], ['MHS018', 'Tổ Xưởng may 1 – chuyền 2'], ['MHS025', 'Tổ Xưởng may 2 – tổ cắt'],
  ['MHS032', 'Tổ Xưởng may 2 – tổ là, đóng gói'], ['MHS047', 'Kho nguyên phụ liệu và thành phẩm'],
];
const INJURED = 'MHS027';
const SUPPORT = 1_000_000;

export async function loadEnterpriseSafety(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  const member = (code: string) => memberIds.get(code)!;
  await tx.insertInto('safety_officers').values(officers.map(([code, area]) => ({
    org_id: orgId, member_id: member(code), area, appointed_on: '2025-03-01', ended_on: null,
  }))).execute();
  await tx.insertInto('safety_inspections').values([
    { org_id: orgId, inspected_on: '2026-05-12', area: 'Xưởng may 1 và Xưởng may 2', hazards_found: 3,
      findings: 'Hai máy may thiếu tấm che kim; lối thoát hiểm Xưởng may 2 bị hàng chắn; một bình chữa cháy hết hạn',
      follow_up: 'Lắp tấm che kim, dọn lối thoát hiểm, thay bình chữa cháy', done_on: '2026-05-20' },
    { org_id: orgId, inspected_on: '2026-10-08', area: 'Kho nguyên phụ liệu và thành phẩm', hazards_found: 1,
      findings: 'Giá để hàng tầng trên xếp quá tải', follow_up: 'Sắp xếp lại hàng, dán biển tải trọng tối đa', done_on: null },
  ]).execute();

  const name = (await tx.selectFrom('members').select('full_name').where('id', '=', member(INJURED)).executeTakeFirstOrThrow()).full_name;
  const fund = await tx.selectFrom('funds').select('id').where('org_id', '=', orgId).where('code', '=', 'quy-cong-doan').executeTakeFirstOrThrow();
  const description = `Thăm hỏi đồng chí ${name} bị tai nạn lao động`;
  const [entry] = await postEntriesIn(tx, orgId, null, [{
    fundId: fund.id, direction: 'payment', entryDate: '2026-03-18', account: 'cash', amount: SUPPORT, category: welfareCategory.sickness,
    memberId: member(INJURED), counterparty: null, description, documentRef: null,
  }]);
  const eventId = await insertEvent(tx, orgId, { kind: 'sickness', eventDate: '2026-03-18', description, entryId: entry.id }, null,
    [{ memberId: member(INJURED), childId: null, relativeName: null, relation: null, amount: SUPPORT }]);
  await tx.insertInto('work_accidents').values({
    org_id: orgId, occurred_on: '2026-03-16', member_id: member(INJURED), person_name: name, severity: 'minor',
    cause: 'Kim máy may đâm vào ngón tay khi thay chỉ không tắt máy', days_lost: 5, welfare_event_id: eventId,
    note: 'Sơ cứu tại chỗ, điều trị tại Trạm y tế phường',
  }).execute();

  await tx.insertInto('labour_disputes').values({
    org_id: orgId, started_on: '2025-08-04', ended_on: '2025-08-22', kind: 'individual', stoppage: false, workers_involved: 1,
    demands: 'Người lao động đề nghị trả tiền lương làm thêm giờ tháng 7/2025 còn thiếu',
    union_role: 'Công đoàn đại diện người lao động đối chiếu bảng chấm công và làm việc với Phòng Nhân sự',
    resolution: 'Công ty trả đủ tiền làm thêm giờ còn thiếu trong kỳ lương tháng 8/2025', status: 'resolved',
  }).execute();
}
