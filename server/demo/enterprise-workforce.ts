import type { Db } from '../db/client.ts';
import { workforceInput } from '../../shared/contracts/workforce.contract.ts';
import { insertFigures } from '../modules/workforce/workforce.repo.ts';

// The garment company's workforce at the Confederation form's two dates (31/5, 30/11) of 2025 and 2026: about 420
// workers, four in five women, incomes rising with the regional minimum wage of 01/2026, a wage arrear in late 2025
// paid off since. The members are counted from the union's records (members_count left empty). Figures are invented.
const figures = [
  { asOf: '2025-05-31', employees: 412, women: 331, contractsIndefinite: 268, contractsFixedTerm: 118, contractsSeasonal: 18,
    socialInsured: 392, healthInsured: 392, unemploymentInsured: 388, underEmployed: 14, underEmployedWomen: 12,
    averageIncome: 8_450_000, incomePeople: 404, wageArrearsWorkers: 0, wageArrearsAmount: 0, tetBonusAverage: 6_200_000,
    mealValuePerShift: 25_000, housedByEmployer: 36, renting: 172 },
  { asOf: '2025-11-30', employees: 426, women: 342, contractsIndefinite: 272, contractsFixedTerm: 126, contractsSeasonal: 20,
    socialInsured: 401, healthInsured: 401, unemploymentInsured: 397, underEmployed: 22, underEmployedWomen: 19,
    averageIncome: 8_600_000, incomePeople: 418, wageArrearsWorkers: 37, wageArrearsAmount: 96_200_000, tetBonusAverage: 6_200_000,
    mealValuePerShift: 25_000, housedByEmployer: 36, renting: 180, note: 'Nợ lương tháng 10/2025 của Xưởng may 2 do chậm thanh toán đơn hàng' },
  { asOf: '2026-05-31', employees: 418, women: 336, contractsIndefinite: 281, contractsFixedTerm: 117, contractsSeasonal: 12,
    socialInsured: 405, healthInsured: 405, unemploymentInsured: 402, underEmployed: 6, underEmployedWomen: 5,
    averageIncome: 8_950_000, incomePeople: 410, wageArrearsWorkers: 0, wageArrearsAmount: 0, tetBonusAverage: 6_800_000,
    mealValuePerShift: 30_000, housedByEmployer: 40, renting: 168 },
  { asOf: '2026-11-30', employees: 423, women: 339, contractsIndefinite: 289, contractsFixedTerm: 118, contractsSeasonal: 10,
    socialInsured: 411, healthInsured: 411, unemploymentInsured: 409, underEmployed: 4, underEmployedWomen: 3,
    averageIncome: 9_100_000, incomePeople: 415, wageArrearsWorkers: 0, wageArrearsAmount: 0, tetBonusAverage: 6_800_000,
    mealValuePerShift: 30_000, housedByEmployer: 40, renting: 171 },
];

export async function loadEnterpriseWorkforce(tx: Db, orgId: number): Promise<void> {
  for (const f of figures) {
    await insertFigures(tx, orgId, workforceInput.parse(f), null);
  }
}
