import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { BloodDonationInput, BloodDonationView, BloodDonationYearView, PriorCountInput } from '../../../shared/contracts/welfare.contract.ts';

// Hiến máu: the SQL of blood donations and of the counts from before records began.

interface DonationRow { id: number; member_id: number; donated_on: string; place: string; volume_ml: number }
const toDonation = (r: DonationRow): BloodDonationView => ({ id: r.id, memberId: r.member_id, donatedOn: r.donated_on, place: r.place, volumeMl: r.volume_ml });

export async function findPriorCount(db: Db, orgId: number, memberId: number) {
  return db.selectFrom('blood_donation_prior_counts').select(['count', 'counted_before', 'note'])
    .where('org_id', '=', orgId).where('member_id', '=', memberId).executeTakeFirst();
}

export async function findFirstDonation(db: Db, orgId: number, memberId: number): Promise<string | null> {
  const row = await db.selectFrom('blood_donations').select((eb) => eb.fn.min('donated_on').as('first'))
    .where('org_id', '=', orgId).where('member_id', '=', memberId).executeTakeFirst();
  return (row?.first as string | null | undefined) ?? null;
}

export async function insertDonation(tx: Db, orgId: number, d: BloodDonationInput, userId: number | null): Promise<number> {
  const row = await tx.insertInto('blood_donations').values({
    org_id: orgId, member_id: d.memberId, donated_on: d.donatedOn, place: d.place, volume_ml: d.volumeMl, recorded_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteDonation(tx: Db, orgId: number, id: number) {
  return tx.deleteFrom('blood_donations').where('org_id', '=', orgId).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function upsertPriorCount(tx: Db, orgId: number, memberId: number, p: PriorCountInput): Promise<void> {
  await tx.insertInto('blood_donation_prior_counts')
    .values({ org_id: orgId, member_id: memberId, count: p.count, counted_before: p.countedBefore, note: p.note })
    .onConflict((oc) => oc.columns(['org_id', 'member_id']).doUpdateSet({ count: p.count, counted_before: p.countedBefore, note: p.note, updated_at: new Date() }))
    .execute();
}

/** A member's donations, oldest first, with the prior count and the total so far. */
export async function findMemberBlood(db: Db, orgId: number, memberId: number) {
  const [prior, rows] = await Promise.all([
    findPriorCount(db, orgId, memberId),
    db.selectFrom('blood_donations').select(['id', 'member_id', 'donated_on', 'place', 'volume_ml'])
      .where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('donated_on').execute(),
  ]);
  const priorCount = prior?.count ?? 0;
  return { priorCount, donations: rows.map(toDonation), total: priorCount + rows.length };
}

/**
 * Every member who has given blood by the end of `year` (a prior count or a recorded donation), with the year's
 * donations and the cumulative count to the year's end: prior count + donations recorded up to 31/12.
 */
export async function findDonationYear(db: Db, orgId: number, year: number): Promise<BloodDonationYearView['donors']> {
  const end = `${year}-12-31`;
  const { rows } = await sql<{ id: number; code: string; full_name: string; prior: number | null; counted_before: string | null; recorded: string | number }>`
    SELECT m.id, m.code, m.full_name, p.count AS prior, p.counted_before,
      (SELECT count(*) FROM blood_donations d WHERE d.org_id = m.org_id AND d.member_id = m.id AND d.donated_on <= ${end}::date) AS recorded
    FROM members m LEFT JOIN blood_donation_prior_counts p ON p.org_id = m.org_id AND p.member_id = m.id
    WHERE m.org_id = ${orgId}
      AND (p.count > 0 OR EXISTS (SELECT 1 FROM blood_donations d WHERE d.org_id = m.org_id AND d.member_id = m.id AND d.donated_on <= ${end}::date))
    ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  const inYear = rows.length === 0 ? [] : await db.selectFrom('blood_donations').select(['id', 'member_id', 'donated_on', 'place', 'volume_ml'])
    .where('org_id', '=', orgId).where('donated_on', '>=', `${year}-01-01`).where('donated_on', '<=', end)
    .orderBy('donated_on').orderBy('id').execute();
  const byMember = new Map<number, BloodDonationView[]>();
  for (const d of inYear) {
    byMember.set(d.member_id, [...(byMember.get(d.member_id) ?? []), toDonation(d)]);
  }
  return rows.map((r) => ({
    memberId: r.id, code: r.code, fullName: r.full_name, priorCount: r.prior ?? 0, countedBefore: r.counted_before,
    inYear: byMember.get(r.id) ?? [],
    cumulative: (r.prior ?? 0) + Number(r.recorded),
  }));
}
