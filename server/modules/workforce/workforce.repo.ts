import type { Db } from '../../db/client.ts';
import type { WorkforceInput } from '../../../shared/contracts/workforce.contract.ts';
import type { WorkforceTables } from './workforce.tables.ts';

// Tình hình lao động: the SQL of a union's workforce figures, one row per date.

export type WorkforceRow = Omit<WorkforceTables['workforce_figures'], 'id' | 'org_id' | 'created_by' | 'created_at' | 'updated_at'> & { id: number };

const selectFigures = (db: Db, orgId: number) => db.selectFrom('workforce_figures')
  .select(['id', 'as_of', 'employees', 'women', 'members_count', 'contracts_indefinite', 'contracts_fixed_term', 'contracts_seasonal',
    'social_insured', 'health_insured', 'unemployment_insured', 'under_employed', 'under_employed_women', 'average_income', 'income_people',
    'wage_arrears_workers', 'wage_arrears_amount', 'tet_bonus_average', 'meal_value_per_shift', 'housed_by_employer', 'renting', 'note'])
  .where('org_id', '=', orgId);

export async function findFiguresBetween(db: Db, orgId: number, from: string, to: string): Promise<WorkforceRow[]> {
  return selectFigures(db, orgId).where('as_of', '>=', from).where('as_of', '<=', to).orderBy('as_of').execute();
}

export async function findFigures(db: Db, orgId: number, id: number): Promise<WorkforceRow | undefined> {
  return selectFigures(db, orgId).where('id', '=', id).executeTakeFirst();
}

export async function findFiguresOn(db: Db, orgId: number, asOf: string): Promise<WorkforceRow | undefined> {
  return selectFigures(db, orgId).where('as_of', '=', asOf).executeTakeFirst();
}

/** The latest figures on or before `date` and not before `from` (the report's year). */
export async function findLatestFigures(db: Db, orgId: number, from: string, date: string): Promise<WorkforceRow | undefined> {
  return selectFigures(db, orgId).where('as_of', '>=', from).where('as_of', '<=', date).orderBy('as_of', 'desc').limit(1).executeTakeFirst();
}

const columns = (f: WorkforceInput) => ({
  as_of: f.asOf, employees: f.employees, women: f.women, members_count: f.membersCount,
  contracts_indefinite: f.contractsIndefinite, contracts_fixed_term: f.contractsFixedTerm, contracts_seasonal: f.contractsSeasonal,
  social_insured: f.socialInsured, health_insured: f.healthInsured, unemployment_insured: f.unemploymentInsured,
  under_employed: f.underEmployed, under_employed_women: f.underEmployedWomen, average_income: f.averageIncome, income_people: f.incomePeople,
  wage_arrears_workers: f.wageArrearsWorkers, wage_arrears_amount: f.wageArrearsAmount, tet_bonus_average: f.tetBonusAverage,
  meal_value_per_shift: f.mealValuePerShift, housed_by_employer: f.housedByEmployer, renting: f.renting, note: f.note,
});

export async function insertFigures(tx: Db, orgId: number, f: WorkforceInput, userId: number | null): Promise<number> {
  const row = await tx.insertInto('workforce_figures').values({ org_id: orgId, ...columns(f), created_by: userId })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFigures(tx: Db, orgId: number, id: number, f: WorkforceInput): Promise<void> {
  await tx.updateTable('workforce_figures').set({ ...columns(f), updated_at: new Date() }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteFigures(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('workforce_figures').where('org_id', '=', orgId).where('id', '=', id).execute();
}
