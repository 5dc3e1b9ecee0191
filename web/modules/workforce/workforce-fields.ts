// The figures of the form, in the order of Mẫu 1-HĐCĐ part A I, each a count of people or an amount in đồng.
import type { WorkforceBody } from './workforce.api.ts';

export type FigureField = Exclude<keyof WorkforceBody, 'asOf' | 'note'>;

export const figureFields: readonly { field: FigureField; money?: true; required?: true; optional?: true }[] = [
  { field: 'employees', required: true },
  { field: 'women', required: true },
  { field: 'membersCount', optional: true },
  { field: 'contractsIndefinite' },
  { field: 'contractsFixedTerm' },
  { field: 'contractsSeasonal' },
  { field: 'socialInsured' },
  { field: 'healthInsured' },
  { field: 'unemploymentInsured' },
  { field: 'underEmployed' },
  { field: 'underEmployedWomen' },
  { field: 'averageIncome', money: true, optional: true },
  { field: 'incomePeople', optional: true },
  { field: 'wageArrearsWorkers' },
  { field: 'wageArrearsAmount', money: true },
  { field: 'tetBonusAverage', money: true, optional: true },
  { field: 'mealValuePerShift', money: true, optional: true },
  { field: 'housedByEmployer' },
  { field: 'renting' },
];
