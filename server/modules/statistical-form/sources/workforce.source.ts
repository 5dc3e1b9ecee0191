import { addMonths, formatDateVi } from '../../../../shared/vi/dates.ts';
import type { WorkforceView } from '../../../../shared/contracts/workforce.contract.ts';
import { findLatestFigures } from '../../workforce/workforce.repo.ts';
import { toWorkforceView } from '../../workforce/workforce.view.ts';
import type { Figure, SourceLoader } from './source.types.ts';

// Tình hình lao động from the workforce figures: the row entered for the reporting date, or else the latest of the six
// months before it (the trace names its date); none → empty cells.

export const workforceKeys = [
  'employees', 'women', 'underEmployed', 'underEmployedWomen', 'averageIncome', 'incomePeople', 'wageArrearsAmount', 'wageArrearsWorkers',
  'housedByEmployer', 'renting', 'contracted', 'contractsIndefinite', 'contractsFixedTerm', 'contractsSeasonal', 'socialInsured',
  'healthInsured', 'unemploymentInsured',
] as const;
type Key = (typeof workforceKeys)[number];

const labels: Record<Key, string> = {
  employees: 'Tổng số lao động',
  women: 'Lao động nữ',
  underEmployed: 'Lao động thiếu việc làm',
  underEmployedWomen: 'Lao động nữ thiếu việc làm',
  averageIncome: 'Thu nhập bình quân (đồng/người/tháng)',
  incomePeople: 'Số người tính thu nhập',
  wageArrearsAmount: 'Số tiền nợ lương',
  wageArrearsWorkers: 'Số người bị nợ lương',
  housedByEmployer: 'Số được bố trí nhà ở',
  renting: 'Số tự thuê trọ',
  contracted: 'Lao động có hợp đồng (không xác định thời hạn + xác định thời hạn + dưới 12 tháng, mùa vụ)',
  contractsIndefinite: 'HĐLĐ không xác định thời hạn',
  contractsFixedTerm: 'HĐLĐ xác định thời hạn',
  contractsSeasonal: 'HĐLĐ dưới 12 tháng, mùa vụ',
  socialInsured: 'Số tham gia BHXH',
  healthInsured: 'Số tham gia BHYT',
  unemploymentInsured: 'Số tham gia BHTN',
};

export const loadWorkforceFigures: SourceLoader<Key> = async ({ db, orgId, date }) => {
  const since = addMonths(date, -6);
  const row = await findLatestFigures(db, orgId, since, date);
  const figures = {} as Record<Key, Figure>;
  if (!row) {
    const trace = `chưa nhập số liệu lao động (không có số liệu từ ${formatDateVi(since)} đến ${formatDateVi(date)})`;
    for (const key of workforceKeys) {
      figures[key] = { value: null, trace };
    }
    return figures;
  }
  // The members are not read from here: toWorkforceView's member count is not used.
  const view: WorkforceView = toWorkforceView(row, 0);
  const stands = view.asOf === date
    ? `Số liệu lao động ngày ${formatDateVi(view.asOf)}`
    : `Số liệu lao động ngày ${formatDateVi(view.asOf)} (gần nhất trước ngày báo cáo ${formatDateVi(date)})`;
  for (const key of workforceKeys) {
    const value = view[key];
    figures[key] = { value, trace: `${stands}: ${labels[key]}${value === null ? ' — chưa nhập' : ''}` };
  }
  return figures;
};
