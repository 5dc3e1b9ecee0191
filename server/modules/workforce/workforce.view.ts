import type { Db } from '../../db/client.ts';
import type { WorkforceView } from '../../../shared/contracts/workforce.contract.ts';
import { shareOf } from '../../../shared/contracts/workforce-rules.ts';
import { memberCountsOf } from '../members/members.service.ts';
import type { WorkforceRow } from './workforce.repo.ts';

// The figures as the API and the report show them, with what congdoan computes: the members (entered, or the
// union's members on the date from the members module), coverage = members / employees, and the shares.

export function toWorkforceView(r: WorkforceRow, countedMembers: number): WorkforceView {
  const members = r.members_count ?? countedMembers;
  return {
    id: r.id, asOf: r.as_of, employees: r.employees, women: r.women, membersCount: r.members_count,
    contractsIndefinite: r.contracts_indefinite, contractsFixedTerm: r.contracts_fixed_term, contractsSeasonal: r.contracts_seasonal,
    socialInsured: r.social_insured, healthInsured: r.health_insured, unemploymentInsured: r.unemployment_insured,
    underEmployed: r.under_employed, underEmployedWomen: r.under_employed_women,
    averageIncome: r.average_income === null ? null : Number(r.average_income), incomePeople: r.income_people,
    wageArrearsWorkers: r.wage_arrears_workers, wageArrearsAmount: Number(r.wage_arrears_amount),
    tetBonusAverage: r.tet_bonus_average === null ? null : Number(r.tet_bonus_average),
    mealValuePerShift: r.meal_value_per_shift === null ? null : Number(r.meal_value_per_shift),
    housedByEmployer: r.housed_by_employer, renting: r.renting, note: r.note,
    members, membersCounted: r.members_count === null,
    coverage: shareOf(members, r.employees),
    womenShare: shareOf(r.women, r.employees),
    underEmployedShare: shareOf(r.under_employed, r.employees),
    socialInsuredShare: shareOf(r.social_insured, r.employees),
    healthInsuredShare: shareOf(r.health_insured, r.employees),
    unemploymentInsuredShare: shareOf(r.unemployment_insured, r.employees),
    contracted: r.contracts_indefinite + r.contracts_fixed_term + r.contracts_seasonal,
  };
}

/** Views of several dates' figures, counting the union's members only on the dates where none were entered. */
export async function workforceViews(db: Db, orgId: number, rows: readonly WorkforceRow[]): Promise<WorkforceView[]> {
  const counted = new Map<string, number>();
  for (const date of new Set(rows.filter((r) => r.members_count === null).map((r) => r.as_of))) {
    counted.set(date, (await memberCountsOf(db, [orgId], date)).get(orgId)?.members ?? 0);
  }
  return rows.map((r) => toWorkforceView(r, counted.get(r.as_of) ?? 0));
}
