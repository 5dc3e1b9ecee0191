import type { Db } from '../db/client.ts';
import type { TargetInput } from '../../shared/contracts/plans.contract.ts';

// The seed union's plan (kế hoạch, chỉ tiêu): the six targets of its 2023 report's part B for 2024 ("II. Một số chỉ
// tiêu cụ thể"), each with the measure congdoan computes it by, and the CCHC rank read by hand from the town's
// ranking; and a plan for the current year, so the dashboard follows live targets (the documents overdue and the
// registrations not yet made put two of them at risk).

type Target = Pick<TargetInput, 'statement' | 'measure' | 'params' | 'targetMin' | 'targetMax' | 'lowerIsBetter'> & { unit: string };

const plan = (year: number): Target[] => [
  { statement: `Phấn đấu có 100% cán bộ, công chức đạt danh hiệu Lao động tiên tiến năm ${year}`, measure: 'title_share',
    params: { title: 'ldtt', category: 'can_bo_cong_chuc' }, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  { statement: 'Có từ 2 - 3 CBCC đạt danh hiệu Chiến sỹ thi đua cơ sở', measure: 'title_count',
    params: { title: 'cstdcs', category: 'can_bo_cong_chuc' }, targetMin: 2, targetMax: 3, unit: 'count', lowerIsBetter: false },
  { statement: '100% cán bộ không chuyên trách hoàn thành tốt nhiệm vụ', measure: 'title_share',
    params: { title: 'httnv', category: 'khong_chuyen_trach' }, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  { statement: 'Tổ chức Công đoàn cơ sở phấn đấu đạt danh hiệu hoàn thành xuất sắc nhiệm vụ', measure: 'classification',
    params: {}, targetMin: 4, targetMax: null, unit: 'grade', lowerIsBetter: false },
  { statement: '100% văn bản chỉ đạo của cấp trên, ý kiến chỉ đạo của lãnh đạo xã được theo dõi, cập nhật và thực hiện đúng hạn', measure: 'documents_on_time',
    params: {}, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  { statement: `Phấn đấu năm ${year} công tác CCHC được xếp hạng đứng thứ 4-5/9 xã, phường`, measure: 'manual',
    params: {}, targetMin: 4, targetMax: 5, unit: 'rank', lowerIsBetter: true },
];

const current = (year: number): Target[] => [
  { statement: `100% đoàn viên đăng ký thi đua năm ${year}`, measure: 'registration_share',
    params: {}, targetMin: 100, targetMax: null, unit: 'percent', lowerIsBetter: false },
  ...plan(year),
];

async function insertPlan(tx: Db, orgId: number, year: number, targets: Target[]): Promise<number> {
  let cchc = 0;
  for (const [i, t] of targets.entries()) {
    const { id } = await tx.insertInto('plan_targets').values({
      org_id: orgId, year, position: i + 1, statement: t.statement, movement_id: null, measure: t.measure, params: JSON.stringify(t.params),
      target_min: t.targetMin, target_max: t.targetMax ?? null, unit: t.unit, lower_is_better: t.lowerIsBetter ?? false, created_by: null,
    }).returning('id').executeTakeFirstOrThrow();
    if (t.measure === 'manual') {
      cchc = id;
    }
  }
  return cchc;
}

export async function loadHuongBinhPlans(tx: Db, orgId: number, on: string): Promise<void> {
  const cchc2024 = await insertPlan(tx, orgId, 2024, plan(2024));
  await tx.insertInto('plan_target_readings').values({
    org_id: orgId, target_id: cchc2024, recorded_on: '2025-01-20', value: 4, attachment_id: null, recorded_by: null,
    evidence: 'Kết quả xếp hạng chỉ số cải cách hành chính năm 2024 của UBND thị xã Hương Trà: xã Hương Bình đứng thứ 4/9 xã, phường',
  }).execute();
  const year = Number(on.slice(0, 4));
  if (year > 2024) {
    const cchc = await insertPlan(tx, orgId, year, current(year));
    const midYear = `${year}-07-15`;
    if (midYear <= on) {
      await tx.insertInto('plan_target_readings').values({
        org_id: orgId, target_id: cchc, recorded_on: midYear, value: 6, attachment_id: null, recorded_by: null,
        evidence: `Thông báo kết quả chấm điểm CCHC 6 tháng đầu năm ${year}: xã Hương Bình tạm xếp thứ 6/9`,
      }).execute();
    }
  }
}
