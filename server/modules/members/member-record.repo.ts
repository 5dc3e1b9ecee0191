import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

/**
 * A member's whole record as stored: the row, its status events and its children, each exactly as its table
 * holds it (column names included), so a deletion can be undone from the audit log with the same ids.
 */
export interface MemberRecord {
  member: Record<string, unknown>;
  events: Record<string, unknown>[];
  children: Record<string, unknown>[];
}

export async function snapshotMemberRecord(db: Db, orgId: number, memberId: number): Promise<MemberRecord | null> {
  const { rows } = await sql<MemberRecord>`
    SELECT to_jsonb(m) AS member,
      COALESCE((SELECT jsonb_agg(to_jsonb(e) ORDER BY e.on_date, e.id) FROM member_status_events e WHERE e.org_id = m.org_id AND e.member_id = m.id), '[]') AS events,
      COALESCE((SELECT jsonb_agg(to_jsonb(c) ORDER BY c.id) FROM member_children c WHERE c.org_id = m.org_id AND c.member_id = m.id), '[]') AS children
    FROM members m WHERE m.org_id = ${orgId} AND m.id = ${memberId}`.execute(db);
  return rows[0] ?? null;
}

/** Accounts linked to the member record (users.member_id): they keep a member from being deleted. */
export async function findLinkedUsernames(db: Db, memberId: number): Promise<string[]> {
  const rows = await db.selectFrom('users').select('username').where('member_id', '=', memberId).orderBy('username').execute();
  return rows.map((r) => r.username);
}

export async function lockMemberForDelete(db: Db, orgId: number, memberId: number): Promise<void> {
  await db.selectFrom('members').select('id').where('org_id', '=', orgId).where('id', '=', memberId).forUpdate().execute();
}

/** Deletes the member; its status events and children go with it (ON DELETE CASCADE). */
export async function deleteMemberRow(db: Db, orgId: number, memberId: number): Promise<void> {
  await db.deleteFrom('members').where('org_id', '=', orgId).where('id', '=', memberId).execute();
}

/** Puts a deleted record back with its original ids (the identity columns are overridden on purpose). */
export async function insertMemberRecord(db: Db, record: MemberRecord): Promise<void> {
  await sql`INSERT INTO members OVERRIDING SYSTEM VALUE
    SELECT * FROM jsonb_populate_record(NULL::members, ${JSON.stringify(record.member)}::jsonb)`.execute(db);
  if (record.events.length > 0) {
    await sql`INSERT INTO member_status_events OVERRIDING SYSTEM VALUE
      SELECT * FROM jsonb_populate_recordset(NULL::member_status_events, ${JSON.stringify(record.events)}::jsonb)`.execute(db);
  }
  if (record.children.length > 0) {
    await sql`INSERT INTO member_children OVERRIDING SYSTEM VALUE
      SELECT * FROM jsonb_populate_recordset(NULL::member_children, ${JSON.stringify(record.children)}::jsonb)`.execute(db);
  }
}

/** The audit entry of a member's deletion in this union, with the record it saved. */
export async function findMemberDeletion(db: Db, orgId: number, auditId: number) {
  return db.selectFrom('audit_log').select(['id', 'entity_id', 'before'])
    .where('id', '=', auditId).where('org_id', '=', orgId).where('action', '=', 'delete').where('entity', '=', 'member')
    .executeTakeFirst();
}

/** Who holds a member code or a national code now (restoring must not take them from someone else). */
export async function findCodeHolders(db: Db, orgId: number, code: string, nationalCode: string | null) {
  const [byCode, byNational] = await Promise.all([
    db.selectFrom('members').select(['id', 'full_name']).where('org_id', '=', orgId).where('code', '=', code).executeTakeFirst(),
    nationalCode
      ? db.selectFrom('members').select('id').where('national_code', '=', nationalCode).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return { byCode, byNational };
}

export async function memberIdExists(db: Db, memberId: number): Promise<boolean> {
  return (await db.selectFrom('members').select('id').where('id', '=', memberId).executeTakeFirst()) !== undefined;
}
