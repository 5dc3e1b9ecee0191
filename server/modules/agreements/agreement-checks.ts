// What the law asks of an agreement, judged on a date (a parameter, never "now"): the vote (more than 50 % of the
// workers, BLLĐ Điều 76), the copy sent to the labour authority within 10 days of signing (Điều 77), in force between
// its effective date and expiry (Điều 78), and renegotiation from 90 days before expiry (Điều 83).
import { addDays, daysBetween } from '../../../shared/vi/dates.ts';
import type { AgreementChecksView, WageCheckView } from '../../../shared/contracts/agreements.contract.ts';

export const AUTHORITY_DAYS = 10;
export const RENEGOTIATION_DAYS = 90;

export interface AgreementFacts {
  workersTotal: number; votesFor: number; signedOn: string; effectiveFrom: string; expiresOn: string; sentToAuthorityOn: string | null;
}

export function checkAgreement(a: AgreementFacts, date: string): AgreementChecksView {
  const authorityDueOn = addDays(a.signedOn, AUTHORITY_DAYS);
  const sent = a.sentToAuthorityOn;
  const authority = sent !== null ? (sent <= authorityDueOn ? 'in_time' : 'late') : (date > authorityDueOn ? 'overdue' : 'pending');
  const daysToExpiry = daysBetween(date, a.expiresOn);
  const inForce = a.effectiveFrom <= date && date <= a.expiresOn;
  return {
    // votes_for / workers_total > 1/2, in integers
    voteValid: a.votesFor * 2 > a.workersTotal,
    votePercent: Math.round((a.votesFor * 1000) / a.workersTotal) / 10,
    authorityDueOn,
    authority,
    inForce,
    daysToExpiry,
    renegotiate: daysToExpiry >= 0 && daysToExpiry <= RENEGOTIATION_DAYS,
  };
}

/** A wage clause's monthly minimum against the regional minimum: above it only when strictly higher. */
export function checkWage(value: number, minimum: { monthly: number; source: string } | null): WageCheckView {
  if (minimum === null) {
    return { minimum: null, source: null, marginPercent: null, above: false };
  }
  return {
    minimum: minimum.monthly,
    source: minimum.source,
    marginPercent: Math.round(((value - minimum.monthly) * 1000) / minimum.monthly) / 10,
    above: value > minimum.monthly,
  };
}
