import type { Db } from '../db/client.ts';
import { insertFund } from '../modules/finance/ledger.repo.ts';
import { collectDemoDuesMonth, setDemoBases } from './demo-dues.ts';

// The garment company union's dues (a non-state enterprise), January 2025 – October 2026: 1 % of the
// social-insurance salary capped at 10 % of the base salary (234.000 đ) to 06/2025, 0,5 % from 07/2025 (Quyết định
// 61/QĐ-TLĐ), the cap rising to 253.000 đ with the base salary of 07/2026. The managers earn above the cap: MHS003's
// 48.000.000 đ pays 234.000 đ (capped) in the first half of 2025, 234.000 đ (still capped: 0,5 % is 240.000 đ) to
// 06/2026, then 240.000 đ. Workers' salaries rise in 01/2026. November 2026 is not collected yet: the debtors list has
// something to show. Salaries are invented; what each month costs is computed by the calculator.
const managerSalaries: Record<string, number> = { MHS003: 48_000_000, MHS004: 32_000_000, MHS005: 26_000_000, MHS006: 21_000_000 };
const LAST_COLLECTED = '2026-10';

const withoutBase = new Set(['MHS001', 'MHS002', 'MHS010']);

export async function loadEnterpriseDues(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  const fundId = await insertFund(tx, orgId, {
    code: 'quy-cong-doan', name: 'Kinh phí, đoàn phí', kind: 'union_finance', openingOn: '2025-01-01', openingBalance: 42_600_000, monthlyAmount: null,
  });
  // Three members have no dues base yet (their social-insurance salary was never declared): the grid shows them as
  // "chưa có mức đóng", and the API tests set their bases themselves.
  const codes = [...memberIds.keys()].filter((c) => c.startsWith('MHS') && !withoutBase.has(c)).sort();
  await setDemoBases(tx, orgId, codes.flatMap((code, i) => {
    const memberId = memberIds.get(code)!;
    const manager = managerSalaries[code];
    if (manager !== undefined) {
      return [{ memberId, fromMonth: '2025-01', amount: manager }];
    }
    // Workers: 5.200.000 – 7.900.000 đ by grade, raised 6 % from 01/2026 (rounded to a thousand).
    const salary = 5_200_000 + ((i * 370_000) % 2_800_000);
    return [
      { memberId, fromMonth: '2025-01', amount: salary },
      { memberId, fromMonth: '2026-01', amount: Math.round((salary * 1.06) / 1000) * 1000 },
    ];
  }));
  for (let month = '2025-01'; month <= LAST_COLLECTED; month = nextMonth(month)) {
    await collectDemoDuesMonth(tx, orgId, fundId, month, `${month}-25`);
  }
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
