// One row of the employer's workforce figures in Excel (one date per row, the headers of Mẫu 1-HĐCĐ part A I):
// the columns and the checks of each cell, in Vietnamese.
import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { cellDate, cellMoney, cellText } from '../../core/xlsx/cell-values.ts';
import { workforceInput, type WorkforceInput } from '../../../shared/contracts/workforce.contract.ts';

type Kind = 'date' | 'count' | 'money' | 'text';

export const workforceColumns = [
  { field: 'asOf', header: 'Ngày số liệu', required: true, kind: 'date' },
  { field: 'employees', header: 'Tổng số lao động', required: true, kind: 'count' },
  { field: 'women', header: 'Lao động nữ', required: true, kind: 'count' },
  { field: 'membersCount', header: 'Số đoàn viên', required: false, kind: 'count' },
  { field: 'contractsIndefinite', header: 'HĐLĐ không xác định thời hạn', required: false, kind: 'count' },
  { field: 'contractsFixedTerm', header: 'HĐLĐ xác định thời hạn', required: false, kind: 'count' },
  { field: 'contractsSeasonal', header: 'HĐLĐ dưới 12 tháng, mùa vụ', required: false, kind: 'count' },
  { field: 'socialInsured', header: 'Tham gia BHXH', required: false, kind: 'count' },
  { field: 'healthInsured', header: 'Tham gia BHYT', required: false, kind: 'count' },
  { field: 'unemploymentInsured', header: 'Tham gia BHTN', required: false, kind: 'count' },
  { field: 'underEmployed', header: 'Thiếu việc làm', required: false, kind: 'count' },
  { field: 'underEmployedWomen', header: 'Nữ thiếu việc làm', required: false, kind: 'count' },
  { field: 'averageIncome', header: 'Thu nhập bình quân', required: false, kind: 'money' },
  { field: 'incomePeople', header: 'Số người tính thu nhập', required: false, kind: 'count' },
  { field: 'wageArrearsWorkers', header: 'Số người bị nợ lương', required: false, kind: 'count' },
  { field: 'wageArrearsAmount', header: 'Số tiền nợ lương', required: false, kind: 'money' },
  { field: 'tetBonusAverage', header: 'Thưởng Tết bình quân', required: false, kind: 'money' },
  { field: 'mealValuePerShift', header: 'Tiền ăn ca', required: false, kind: 'money' },
  { field: 'housedByEmployer', header: 'Được bố trí nhà ở', required: false, kind: 'count' },
  { field: 'renting', header: 'Tự thuê trọ', required: false, kind: 'count' },
  { field: 'note', header: 'Ghi chú', required: false, kind: 'text' },
] as const satisfies readonly { field: keyof WorkforceInput; header: string; required: boolean; kind: Kind }[];
export type WorkforceField = (typeof workforceColumns)[number]['field'];

/** Checks one row; `fail` is called for each bad cell. Empty optional counts are 0, empty amounts "not given". */
export function parseWorkforceRow(
  cell: (field: WorkforceField) => CellContent | undefined, fail: (field: WorkforceField, message: string) => void,
): WorkforceInput | null {
  let ok = true;
  const values: Record<string, unknown> = {};
  for (const column of workforceColumns) {
    const c = cell(column.field);
    if (column.kind === 'date') {
      const date = cellDate(c);
      if (date === null || date === 'bad') {
        ok = false;
        fail(column.field, 'Ngày không hợp lệ (dd/mm/yyyy)');
      }
      values[column.field] = date;
    } else if (column.kind === 'text') {
      values[column.field] = cellText(c) || null;
    } else {
      const value = cellMoney(c, { zero: true });
      if (value === 'bad') {
        ok = false;
        fail(column.field, column.kind === 'count' ? 'Số người là số nguyên không âm' : 'Số tiền là số đồng nguyên không âm');
      } else if (value === null && column.required) {
        ok = false;
        fail(column.field, `Thiếu ${column.header.toLowerCase()}`);
      }
      // an empty cell is left out: a count defaults to 0, an amount stays "not given"
      values[column.field] = value ?? undefined;
    }
  }
  if (!ok) {
    return null;
  }
  const parsed = workforceInput.safeParse(values);
  if (parsed.success) {
    return parsed.data;
  }
  for (const issue of parsed.error.issues) {
    fail((issue.path[0] as WorkforceField | undefined) ?? 'asOf', issue.message);
  }
  return null;
}

