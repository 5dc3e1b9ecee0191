import { sql } from 'kysely';
import type { RollupSource } from './source.types.ts';
import { byOrg } from './source.types.ts';

// Thỏa ước lao động tập thể: an agreement in force on the date, between its effective date and its expiry
// (agreement-checks.ts, thoaUoc.coHieuLuc).

export const loadAgreements: RollupSource = async (db, orgIds, date) => {
  const { rows } = await sql<{ org_id: number }>`
    SELECT DISTINCT org_id FROM collective_agreements
    WHERE org_id = ANY(${[...orgIds]}::int[]) AND effective_from <= ${date}::date AND expires_on >= ${date}::date`.execute(db);
  return byOrg(rows, () => ({ agreementInForce: true }));
};
