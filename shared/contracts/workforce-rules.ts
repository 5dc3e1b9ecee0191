// How a union's workforce figures must agree with each other (each part at most the whole), shared by the API's
// zod schema, the Excel import's rows and the form. The database holds the same checks (migration 0024).

export interface WorkforceCounts {
  employees: number; women: number;
  contractsIndefinite: number; contractsFixedTerm: number; contractsSeasonal: number;
  socialInsured: number; healthInsured: number; unemploymentInsured: number;
  underEmployed: number; underEmployedWomen: number;
  incomePeople: number | null;
  wageArrearsWorkers: number; wageArrearsAmount: number;
  housedByEmployer: number; renting: number;
}

export interface WorkforceIssue {
  field: keyof WorkforceCounts;
  message: string;
}

/** Every disagreement among the figures, each on the field to correct, in Vietnamese. */
export function workforceIssues(f: WorkforceCounts): WorkforceIssue[] {
  const issues: WorkforceIssue[] = [];
  const atMostEmployees = (field: keyof WorkforceCounts, value: number, what: string) => {
    if (value > f.employees) {
      issues.push({ field, message: `${what} (${value}) không quá tổng số lao động (${f.employees})` });
    }
  };
  atMostEmployees('women', f.women, 'Lao động nữ');
  atMostEmployees('contractsIndefinite', f.contractsIndefinite + f.contractsFixedTerm + f.contractsSeasonal, 'Tổng số lao động có hợp đồng');
  atMostEmployees('socialInsured', f.socialInsured, 'Số tham gia BHXH');
  atMostEmployees('healthInsured', f.healthInsured, 'Số tham gia BHYT');
  atMostEmployees('unemploymentInsured', f.unemploymentInsured, 'Số tham gia BHTN');
  atMostEmployees('underEmployed', f.underEmployed, 'Lao động thiếu việc làm');
  atMostEmployees('wageArrearsWorkers', f.wageArrearsWorkers, 'Số người bị nợ lương');
  atMostEmployees('housedByEmployer', f.housedByEmployer + f.renting, 'Số lao động được bố trí nhà ở và tự thuê trọ');
  if (f.incomePeople !== null) {
    atMostEmployees('incomePeople', f.incomePeople, 'Số người tính thu nhập bình quân');
  }
  if (f.underEmployedWomen > f.underEmployed || f.underEmployedWomen > f.women) {
    issues.push({ field: 'underEmployedWomen', message: 'Lao động nữ thiếu việc làm không quá số lao động thiếu việc làm và số lao động nữ' });
  }
  if ((f.wageArrearsWorkers === 0) !== (f.wageArrearsAmount === 0)) {
    issues.push({ field: 'wageArrearsAmount', message: 'Số người bị nợ lương và số tiền nợ lương cùng bằng 0 hoặc cùng lớn hơn 0' });
  }
  return issues;
}

/** part / whole, or null when there is no whole to divide by. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
