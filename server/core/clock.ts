import { todayIso } from '../../shared/vi/dates.ts';

/** Today in Vietnam, ISO. Rules take their date as a parameter; only the edge asks the clock. */
export function today(): string {
  return todayIso();
}
