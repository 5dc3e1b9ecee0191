import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { ProspectInput, ProspectView, RecruitmentTargetInput, RecruitmentTargetView } from '../../../shared/contracts/recruitment.contract.ts';
import type { ProspectStatus } from './recruitment.tables.ts';

// The SQL of phát triển đoàn viên, every query scoped to the union. Admissions are read, never written: an admission
// is the members module's status event of kind 'admitted' (written on the join date when a member is added,
// members.repo.ts insertMember), the same count the classification form shows (emulation/classification.repo.ts);
// a member transferred in from another union is not a new member.

export async function findTarget(db: Db, orgId: number, year: number): Promise<RecruitmentTargetView | null> {
  const row = await db.selectFrom('recruitment_targets').select(['year', 'new_members as newMembers', 'note'])
    .where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  return row ?? null;
}

export async function upsertTarget(tx: Db, orgId: number, year: number, d: RecruitmentTargetInput, userId: number | null): Promise<void> {
  await tx.insertInto('recruitment_targets').values({ org_id: orgId, year, new_members: d.newMembers, note: d.note, created_by: userId })
    .onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet({ new_members: d.newMembers, note: d.note, updated_at: new Date() }))
    .execute();
}

/** Members admitted in each month of `year` up to `asOf` (twelve numbers, January first). */
export async function countAdmittedByMonth(db: Db, orgId: number, year: number, asOf: string): Promise<number[]> {
  const { rows } = await sql<{ month: number; n: number }>`
    SELECT extract(month FROM e.on_date)::int AS month, count(*)::int AS n
    FROM member_status_events e
    WHERE e.org_id = ${orgId} AND e.kind = 'admitted' AND e.on_date BETWEEN make_date(${year}::int, 1, 1) AND ${asOf}::date
    GROUP BY 1`.execute(db);
  const months = Array.from({ length: 12 }, () => 0);
  for (const r of rows) {
    months[r.month - 1] = r.n;
  }
  return months;
}

export interface ProspectCounts { new: number; contacted: number; joined: number; declined: number; withdrawn: number }

/** The prospects by status on `on` (recorded by then); those whose consent was withdrawn by then apart. */
export async function countProspects(db: Db, orgId: number, on: string): Promise<ProspectCounts> {
  const { rows } = await sql<{ status: ProspectStatus | 'withdrawn'; n: number }>`
    SELECT CASE WHEN consent_withdrawn_on <= ${on}::date THEN 'withdrawn' ELSE status END AS status, count(*)::int AS n
    FROM recruitment_prospects WHERE org_id = ${orgId} AND consent_on <= ${on}::date GROUP BY 1`.execute(db);
  const counts: ProspectCounts = { new: 0, contacted: 0, joined: 0, declined: 0, withdrawn: 0 };
  for (const r of rows) {
    counts[r.status] = r.n;
  }
  return counts;
}

/** Prospects last contacted between `from` and `to` (withdrawn ones included: they were reached all the same). */
export async function countContacted(db: Db, orgId: number, from: string, to: string): Promise<number> {
  const row = await db.selectFrom('recruitment_prospects').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId).where('last_contact_on', '>=', from).where('last_contact_on', '<=', to).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findProspects(db: Db, orgId: number, q: { id?: number } = {}): Promise<ProspectView[]> {
  let query = db.selectFrom('recruitment_prospects as p')
    .leftJoin('members as m', (j) => j.onRef('m.id', '=', 'p.member_id').onRef('m.org_id', '=', 'p.org_id'))
    .select(['p.id', 'p.full_name as fullName', 'p.team', 'p.phone', 'p.consent_on as consentOn', 'p.consent_withdrawn_on as consentWithdrawnOn',
      'p.status', 'p.last_contact_on as lastContactOn', 'p.member_id as memberId', 'm.full_name as memberName', 'p.note'])
    .where('p.org_id', '=', orgId);
  if (q.id) {
    query = query.where('p.id', '=', q.id);
  }
  // Open ones first, then by team and name; withdrawn rows (no name) last.
  return query.orderBy(sql`p.consent_withdrawn_on IS NOT NULL`).orderBy(sql`p.status IN ('joined', 'declined')`).orderBy('p.team')
    .orderBy('p.full_name').orderBy('p.id').execute();
}

export type ProspectRow = { id: number; status: ProspectStatus; consent_on: string; consent_withdrawn_on: string | null; member_id: number | null;
  team: string; last_contact_on: string | null };

/** The prospect's fields that are not personal data: what the service checks and the audit log keeps. */
export async function findProspectRow(db: Db, orgId: number, id: number): Promise<ProspectRow | undefined> {
  return db.selectFrom('recruitment_prospects')
    .select(['id', 'status', 'consent_on', 'consent_withdrawn_on', 'member_id', 'team', 'last_contact_on'])
    .where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

const prospectColumns = (d: ProspectInput) => ({
  full_name: d.fullName, team: d.team, phone: d.phone, consent_on: d.consentOn, status: d.status, last_contact_on: d.lastContactOn, note: d.note,
});

export async function insertProspect(tx: Db, orgId: number, d: ProspectInput, userId: number | null): Promise<number> {
  return (await tx.insertInto('recruitment_prospects').values({ org_id: orgId, ...prospectColumns(d), member_id: null, created_by: userId })
    .returning('id').executeTakeFirstOrThrow()).id;
}

/** `memberId`: kept while the prospect stays joined, dropped when its status is changed back. */
export async function updateProspect(tx: Db, orgId: number, id: number, d: ProspectInput, memberId: number | null): Promise<void> {
  await tx.updateTable('recruitment_prospects').set({ ...prospectColumns(d), member_id: memberId, updated_at: new Date() })
    .where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function linkProspectMember(tx: Db, orgId: number, id: number, memberId: number, on: string): Promise<void> {
  await tx.updateTable('recruitment_prospects')
    .set((eb) => ({ status: 'joined', member_id: memberId, last_contact_on: eb.fn.coalesce('last_contact_on', sql<string>`${on}::date`), updated_at: new Date() }))
    .where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Withdrawal of consent: the name, phone and note are erased in the same statement; the row stays as a count. */
export async function eraseProspect(tx: Db, orgId: number, id: number, withdrawnOn: string): Promise<void> {
  await tx.updateTable('recruitment_prospects')
    .set({ consent_withdrawn_on: withdrawnOn, full_name: null, phone: null, note: null, updated_at: new Date() })
    .where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteProspect(tx: Db, orgId: number, id: number): Promise<void> {
  await tx.deleteFrom('recruitment_prospects').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** The member of this union, with their admission date, if any. */
export async function findMemberOfUnion(db: Db, orgId: number, memberId: number): Promise<{ id: number; joinedOn: string } | undefined> {
  return db.selectFrom('members').select(['id', 'joined_on as joinedOn']).where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst();
}

/** The prospect already linked to this member, if any. */
export async function findProspectOfMember(db: Db, orgId: number, memberId: number): Promise<number | undefined> {
  return (await db.selectFrom('recruitment_prospects').select('id').where('org_id', '=', orgId).where('member_id', '=', memberId).executeTakeFirst())?.id;
}
