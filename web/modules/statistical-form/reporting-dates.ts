import { REPORTING_DAYS } from '../../../shared/contracts/statistical-form.contract.ts';

/** The form's reporting dates (31/5, 30/11) of the last three years up to `today`, newest first. */
export function reportingDates(today: string, years = 3): string[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: years }, (_v, i) => year - i)
    .flatMap((y) => [...REPORTING_DAYS].reverse().map((d) => `${y}-${d}`))
    .filter((date) => date <= today);
}
