import type { Db } from '../db/client.ts';
import { agreementInput, bargainingRoundInput } from '../../shared/contracts/agreements.contract.ts';
import { insertAgreement, insertRound } from '../modules/agreements/agreements.repo.ts';

// The garment company's bargaining and collective agreement. The company is in Khu công nghiệp Tứ Hạ (phường Hương
// Sơn, formerly thị xã Hương Trà), a region III place in the minimum-wage decrees: 4.140.000 đ/tháng from 01/01/2026.
// One bargaining round in late 2025; the agreement signed in January 2026 for two years, 318 of 420 workers for it,
// sent to the labour authority within 10 days, with three clauses better than the law (a wage minimum above region
// III's, two extra days of leave, a 30.000 đ meal) and one ordinary clause. Figures and wording are invented.
export const DEMO_AGREEMENT_REGION = 'III';

const round = bargainingRoundInput.parse({
  heldOn: '2025-11-20',
  parties: 'Đại diện Công ty TNHH May Hương Sơn (Giám đốc, Trưởng phòng Hành chính – Nhân sự); Ban Chấp hành CĐCS và đại diện các tổ',
  demands: 'Lương tối thiểu cao hơn mức vùng từ 01/01/2026; thêm ngày nghỉ phép năm; nâng suất ăn ca lên 30.000 đồng',
  outcome: 'Hai bên thống nhất dự thảo thỏa ước để lấy ý kiến người lao động',
});

const agreement = agreementInput.parse({
  title: 'Thỏa ước lao động tập thể Công ty TNHH May Hương Sơn giai đoạn 2026–2027',
  region: DEMO_AGREEMENT_REGION,
  workersTotal: 420,
  votesFor: 318,
  votedOn: '2026-01-08',
  signedOn: '2026-01-12',
  effectiveFrom: '2026-01-15',
  expiresOn: '2028-01-14',
  sentToAuthorityOn: '2026-01-19',
  clauses: [
    { topic: 'wage', text: 'Mức lương thấp nhất trả cho người lao động làm công việc giản đơn trong điều kiện bình thường',
      betterThanLaw: true, legalReference: 'Nghị định 293/2025/NĐ-CP, Điều 3 (vùng III)', value: 4_400_000, valueUnit: 'dong_month' },
    { topic: 'leave', text: 'Người lao động được nghỉ hằng năm thêm 02 ngày ngoài số ngày theo luật, hưởng nguyên lương',
      betterThanLaw: true, legalReference: 'Bộ luật Lao động 2019, Điều 113', value: 2, valueUnit: 'days' },
    { topic: 'meal', text: 'Bữa ăn giữa ca của người lao động có giá trị',
      betterThanLaw: true, legalReference: 'Bộ luật Lao động 2019, Điều 104', value: 30_000, valueUnit: 'dong_shift' },
    { topic: 'other', text: 'Công ty tổ chức khám sức khỏe định kỳ mỗi năm một lần cho người lao động', betterThanLaw: false },
  ],
});

export async function loadEnterpriseAgreement(tx: Db, orgId: number): Promise<void> {
  await insertRound(tx, orgId, round);
  await insertAgreement(tx, orgId, agreement);
}
