import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import type { MemberInput, StatusKind } from '../../../shared/contracts/members.contract.ts';
import { memberValues } from './members.repo.ts';

// SQL of the Excel import: existing members looked up by code in one query, then writes in batches (one statement
// per few thousand rows, rows sent as one jsonb parameter). Status events are plain INSERTs, so the triggers that
// keep derived status data (migration 0008) see them like any other.

/** Rows per statement: large enough to amortise a round trip, small enough to keep each statement short. */
export const IMPORT_BATCH_ROWS = 2000;

type Tx = Kysely<Database>;

export interface ExistingMember {
  id: number;
  input: MemberInput;
}

/** The members of the union holding these codes, by code. */
export async function findMembersByCode(db: Db, orgId: number, codes: readonly string[]): Promise<Map<string, ExistingMember>> {
  if (codes.length === 0) {
    return new Map();
  }
  const { rows } = await sql<Record<string, unknown> & { id: number; code: string }>`
    SELECT id, code, national_code, card_number, full_name, sex, birth_date, ethnicity, position, category, group_id,
      party_member, education, political_theory, joined_on, phone, email
    FROM members WHERE org_id = ${orgId} AND code = ANY(${codes}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.code, {
    id: r.id,
    input: {
      code: r.code, nationalCode: r.national_code, cardNumber: r.card_number, fullName: r.full_name, sex: r.sex,
      birthDate: r.birth_date, ethnicity: r.ethnicity, position: r.position, category: r.category, groupId: r.group_id,
      partyMember: r.party_member, education: r.education, politicalTheory: r.political_theory, joinedOn: r.joined_on,
      phone: r.phone, email: r.email,
    } as MemberInput,
  }]));
}

/** Members of the union already holding these national codes (mã QLĐV, unique per union), with their codes. */
export async function findNationalCodeHolders(db: Db, orgId: number, nationalCodes: readonly string[]) {
  if (nationalCodes.length === 0) {
    return [];
  }
  const { rows } = await sql<{ national_code: string; code: string }>`
    SELECT national_code, code FROM members WHERE org_id = ${orgId} AND national_code = ANY(${nationalCodes}::text[])`.execute(db);
  return rows;
}

export async function findHistories(db: Db, memberIds: readonly number[]) {
  const byMember = new Map<number, { id: number; kind: StatusKind; onDate: string; reason: string | null }[]>();
  if (memberIds.length === 0) {
    return byMember;
  }
  const { rows } = await sql<{ id: number; member_id: number; kind: StatusKind; on_date: string; reason: string | null }>`
    SELECT id, member_id, kind, on_date, reason FROM member_status_events WHERE member_id = ANY(${memberIds}::int[])
    ORDER BY on_date, id`.execute(db);
  for (const r of rows) {
    byMember.set(r.member_id, [...(byMember.get(r.member_id) ?? []), { id: r.id, kind: r.kind, onDate: r.on_date, reason: r.reason }]);
  }
  return byMember;
}

export interface ChildRow {
  memberId: number;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female' | null;
}

/** Children of the given members (or of every member of the union), with their parent's code. */
export async function findChildren(db: Db, orgId: number, memberIds?: readonly number[]) {
  const { rows } = await sql<{ member_id: number; code: string; full_name: string; birth_date: string; sex: 'male' | 'female' | null }>`
    SELECT c.member_id, m.code, c.full_name, c.birth_date, c.sex FROM member_children c JOIN members m ON m.org_id = c.org_id AND m.id = c.member_id
    WHERE c.org_id = ${orgId} ${memberIds ? sql`AND c.member_id = ANY(${memberIds}::int[])` : sql``}
    ORDER BY m.sort_key COLLATE "C", m.id, c.birth_date, c.id`.execute(db);
  return rows.map((r) => ({ memberId: r.member_id, code: r.code, fullName: r.full_name, birthDate: r.birth_date, sex: r.sex }));
}

const memberRecord = sql.raw(`r(code text, national_code text, card_number text, full_name text, sort_key text,
  search_key text, sex text, birth_date date, ethnicity text, position text, category text, group_id integer,
  party_member boolean, education text, political_theory text, joined_on date, phone text, email text, id integer)`);

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += IMPORT_BATCH_ROWS) {
    yield items.slice(i, i + IMPORT_BATCH_ROWS);
  }
}

/** Admission events per statement: each statement also runs the status triggers of migration 0008 once. */
export const IMPORT_EVENT_BATCH_ROWS = 10_000;

/**
 * ANALYZE (allowed in a transaction, and counting the transaction's own rows) after the members are in. PostgreSQL
 * caches the plan of each foreign-key check per connection: planned while `members` was small, the check of every
 * status event scanned the whole table, and 16,000 imported rows took 21 s on PGlite (one connection for the whole
 * life of the app). Fresh statistics invalidate those plans; the checks then use the index.
 */
async function refreshPlannerStatistics(tx: Tx): Promise<void> {
  await sql`ANALYZE members`.execute(tx);
}

/** New members, each admitted on its join date; `between` runs after each batch (yield, progress). */
export async function insertMembersInBatches(
  tx: Tx, orgId: number, inputs: readonly MemberInput[], between: () => Promise<void>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const admissions: { member_id: number; on_date: string }[] = [];
  for (const batch of batches(inputs)) {
    const { rows } = await sql<{ id: number; code: string; joined_on: string }>`
      INSERT INTO members (org_id, code, national_code, card_number, full_name, sort_key, search_key, sex, birth_date,
        ethnicity, position, category, group_id, party_member, education, political_theory, joined_on, phone, email)
      SELECT ${orgId}, code, national_code, card_number, full_name, sort_key, search_key, sex, birth_date, ethnicity,
        position, category, group_id, party_member, education, political_theory, joined_on, phone, email
      FROM jsonb_to_recordset(${JSON.stringify(batch.map((input) => memberValues(input)))}::jsonb) AS ${memberRecord}
      RETURNING id, code, joined_on`.execute(tx);
    for (const r of rows) {
      ids.set(r.code, r.id);
      admissions.push({ member_id: r.id, on_date: r.joined_on });
    }
    await between();
  }
  await refreshPlannerStatistics(tx);
  for (let i = 0; i < admissions.length; i += IMPORT_EVENT_BATCH_ROWS) {
    await sql`INSERT INTO member_status_events (org_id, member_id, kind, on_date)
      SELECT ${orgId}, member_id, 'admitted', on_date
      FROM jsonb_to_recordset(${JSON.stringify(admissions.slice(i, i + IMPORT_EVENT_BATCH_ROWS))}::jsonb) AS e(member_id integer, on_date date)`
      .execute(tx);
    await between();
  }
  return ids;
}

/** Every field of the given members set from their rows (the code stays: it is how they were found). */
export async function updateMembersInBatches(
  tx: Tx, orgId: number, updates: readonly ExistingMember[], between: () => Promise<void>,
): Promise<void> {
  for (const batch of batches(updates)) {
    await sql`UPDATE members m SET national_code = r.national_code, card_number = r.card_number, full_name = r.full_name,
        sort_key = r.sort_key, search_key = r.search_key, sex = r.sex, birth_date = r.birth_date, ethnicity = r.ethnicity,
        position = r.position, category = r.category, group_id = r.group_id, party_member = r.party_member,
        education = r.education, political_theory = r.political_theory, joined_on = r.joined_on, phone = r.phone,
        email = r.email, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(batch.map((u) => ({ ...memberValues(u.input), id: u.id })))}::jsonb) AS ${memberRecord}
      WHERE m.org_id = ${orgId} AND m.id = r.id`.execute(tx);
    await between();
  }
}

/** Moves admission events with their corrected join dates (members.service's rule decided which). */
export async function moveStatusEvents(tx: Tx, moves: readonly { memberId: number; id: number; onDate: string }[]): Promise<void> {
  for (const batch of batches(moves)) {
    await sql`UPDATE member_status_events e SET on_date = r."onDate"
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r("memberId" integer, id integer, "onDate" date)
      WHERE e.id = r.id AND e.member_id = r."memberId"`.execute(tx);
  }
}

/** The children of these members become exactly `children`. */
export async function replaceChildren(tx: Tx, orgId: number, memberIds: readonly number[], children: readonly ChildRow[]): Promise<void> {
  if (memberIds.length > 0) {
    await sql`DELETE FROM member_children WHERE org_id = ${orgId} AND member_id = ANY(${memberIds}::int[])`.execute(tx);
  }
  for (const batch of batches(children)) {
    await sql`INSERT INTO member_children (org_id, member_id, full_name, birth_date, sex)
      SELECT ${orgId}, "memberId", "fullName", "birthDate", sex
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS c("memberId" integer, "fullName" text, "birthDate" date, sex text)`
      .execute(tx);
  }
}

/** One audit entry per updated member (before/after of the changed fields), in batches. */
export async function insertAuditInBatches(
  tx: Tx, entries: readonly { orgId: number; userId: number | null; action: string; entity: string; entityId: number; before: unknown; after: unknown }[],
): Promise<void> {
  for (const batch of batches(entries)) {
    await sql`INSERT INTO audit_log (org_id, user_id, action, entity, entity_id, before, after)
      SELECT "orgId", "userId", action, entity, "entityId"::text, before, after
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS a("orgId" integer, "userId" integer, action text, entity text, "entityId" integer, before jsonb, after jsonb)`.execute(tx);
  }
}


/** Every member of the union, code → id (the year workbook's sheets point at members by code). */
export async function findMemberIdsByCode(db: Db, orgId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('members').select(['id', 'code']).where('org_id', '=', orgId).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Every national code (mã QLĐV) held in the union, with its holder's code. */
export async function findNationalCodes(db: Db, orgId: number): Promise<Map<string, string>> {
  const rows = await db.selectFrom('members').select(['code', 'national_code']).where('org_id', '=', orgId)
    .where('national_code', 'is not', null).execute();
  return new Map(rows.map((r) => [r.national_code!, r.code]));
}
