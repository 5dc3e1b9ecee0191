import { describe, expect, it } from 'vitest';
import { checkAgreement, checkWage } from './agreement-checks.ts';

const base = { workersTotal: 100, votesFor: 51, signedOn: '2026-01-10', effectiveFrom: '2026-01-15', expiresOn: '2028-01-14', sentToAuthorityOn: '2026-01-20' };

describe('agreement checks', () => {
  it('counts a vote valid only above half of the workers', () => {
    expect(checkAgreement(base, '2026-06-01').voteValid).toBe(true);
    expect(checkAgreement({ ...base, votesFor: 50 }, '2026-06-01').voteValid).toBe(false);
  });

  it('gives ten days after signing to send the copy to the labour authority', () => {
    expect(checkAgreement(base, '2026-06-01').authority).toBe('in_time');
    expect(checkAgreement({ ...base, sentToAuthorityOn: '2026-01-21' }, '2026-06-01').authority).toBe('late');
    expect(checkAgreement({ ...base, sentToAuthorityOn: null }, '2026-01-20').authority).toBe('pending');
    expect(checkAgreement({ ...base, sentToAuthorityOn: null }, '2026-01-21').authority).toBe('overdue');
  });

  it('asks for renegotiation from 90 days before expiry, not after it', () => {
    expect(checkAgreement(base, '2027-10-15').renegotiate).toBe(false);
    expect(checkAgreement(base, '2027-10-16')).toMatchObject({ renegotiate: true, daysToExpiry: 90, inForce: true });
    expect(checkAgreement(base, '2028-01-15')).toMatchObject({ renegotiate: false, inForce: false });
  });

  it('counts a wage above the regional minimum only when strictly higher, with its margin', () => {
    expect(checkWage(5_000_000, { monthly: 4_730_000, source: 'NĐ' })).toMatchObject({ above: true, marginPercent: 5.7 });
    expect(checkWage(4_730_000, { monthly: 4_730_000, source: 'NĐ' }).above).toBe(false);
    expect(checkWage(4_730_000, null).above).toBe(false);
  });
});
