import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import type {
  Member, MemberDetail, MemberInput, MemberListQuery, MemberStatus, MemberStats, StatusKind,
} from '../../../shared/contracts/members.contract.ts';
import { vietnameseSortKey } from '../../../shared/vi/collation.ts';
import { toSearchKey } from '../../../shared/vi/search-key.ts';

/** Kinds after which a person is an active member (đang sinh hoạt). */
const ACTIVE_KINDS: StatusKind[] = ['admitted', 'transferred_in', 'resumed'];
/**
 * Kinds after which a person is a member: active ones and tạm dừng sinh hoạt. Suspended members count in the total
 * (tổng số đoàn viên: they are still members) and are shown apart (MemberStats.suspended).
 */
const MEMBER_KINDS: StatusKind[] = [...ACTIVE_KINDS, 'suspended'];
const kindList = (kinds: readonly StatusKind[]) => sql.join(kinds.map((k) => sql.lit(k)));

/**
 * Status on `date`: the latest event on or before it (the day's last recorded one), before the first event the
 * first one. Read from derived.member_status_periods (migration 0008), which the database keeps from the events:
 * the periods of a member tile time, so the one begun last on or before `date` is the one in force — one backward
 * step of the (member_id, valid_from) index per member, not a sort of its history. A lateral lookup rather than a
 * join because PGlite never gathers statistics (no autovacuum): a plain join is planned as if the tables were
 * empty and degrades to a nested loop over every pair. `s.since` is the date of the event in force (after `date`
 * while the member is still pending).
 */
const statusLookup = (date: string) => sql`
  LEFT JOIN LATERAL (
    SELECT p.kind, p.since FROM derived.member_status_periods p
    WHERE p.org_id = m.org_id AND p.member_id = m.id AND p.valid_from <= ${date}::date
    ORDER BY p.valid_from DESC
    LIMIT 1
  ) s ON true`;
/** The status (s) and the tổ's current name (g). */
const statusJoin = (date: string) => sql`${statusLookup(date)}
  LEFT JOIN org_versions g ON g.org_id = m.group_id AND g.valid_to IS NULL`;

interface MemberRow {
  id: number; org_id: number; code: string; national_code: string | null; card_number: string | null;
  full_name: string; sex: 'male' | 'female'; birth_date: string | null; ethnicity: string | null;
  position: string | null; category: Member['category']; group_id: number | null; group_name: string | null;
  party_member: boolean; education: string | null; political_theory: string | null; joined_on: string;
  phone: string | null; email: string | null; status_kind: StatusKind | null; status_on: string | null;
}

function toStatus(kind: StatusKind | null, since: string | null, date: string): MemberStatus {
  if (kind === null || (since !== null && since > date)) {
    return 'pending';
  }
  return ACTIVE_KINDS.includes(kind) ? 'active' : (kind as MemberStatus);
}

function toMember(r: MemberRow, date: string): Member {
  return {
    id: r.id, orgId: r.org_id, code: r.code, nationalCode: r.national_code, cardNumber: r.card_number,
    fullName: r.full_name, sex: r.sex, birthDate: r.birth_date, ethnicity: r.ethnicity, position: r.position,
    category: r.category, groupId: r.group_id, groupName: r.group_name, partyMember: r.party_member,
    education: r.education, politicalTheory: r.political_theory, joinedOn: r.joined_on, phone: r.phone,
    email: r.email, status: toStatus(r.status_kind, r.status_on, date), statusSince: r.status_on,
  };
}

const memberColumns = sql`m.id, m.org_id, m.code, m.national_code, m.card_number, m.full_name, m.sex, m.birth_date,
  m.ethnicity, m.position, m.category, m.group_id, g.name AS group_name, m.party_member, m.education,
  m.political_theory, m.joined_on, m.phone, m.email, s.kind AS status_kind, s.since AS status_on`;

export interface MemberFilter extends Omit<MemberListQuery, 'page' | 'pageSize' | 'sort' | 'dir'> {}

/** The filters on the member's own columns (the union, the search, sex, category, tổ). */
function memberConditions(orgId: number, f: MemberFilter) {
  const parts = [sql`m.org_id = ${orgId}`];
  if (f.q) {
    parts.push(sql`m.search_key LIKE ${`%${escapeLike(toSearchKey(f.q))}%`}`);
  }
  if (f.sex) {
    parts.push(sql`m.sex = ${f.sex}`);
  }
  if (f.category) {
    parts.push(sql`m.category = ${f.category}`);
  }
  if (f.groupId) {
    parts.push(sql`m.group_id = ${f.groupId}`);
  }
  return parts;
}

/** The status filter on a status row `alias` (kind, since) on `date`; null for 'all'. */
function statusCondition(alias: 's' | 'p', status: MemberFilter['status'], date: string) {
  const kind = sql.ref(`${alias}.kind`);
  const since = sql.ref(`${alias}.since`);
  switch (status) {
    case 'active':
      return sql`${kind} IN (${kindList(ACTIVE_KINDS)}) AND ${since} <= ${date}::date`;
    case 'suspended':
      return sql`${kind} = 'suspended' AND ${since} <= ${date}::date`;
    case 'current':
      return sql`${kind} IN (${kindList(MEMBER_KINDS)}) AND ${since} <= ${date}::date`;
    case 'inactive':
      return sql`(${kind} NOT IN (${kindList(MEMBER_KINDS)}) OR ${since} > ${date}::date)`;
    case 'all':
      return null;
  }
}

function whereClause(orgId: number, f: MemberFilter, date: string) {
  const status = statusCondition('s', f.status, date);
  return sql.join(status ? [...memberConditions(orgId, f), status] : memberConditions(orgId, f), sql` AND `);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The union's members whose period in force on `date` passes the status filter: one range of the (org_id,
 * valid_from) index. The periods of a member tile time, so exactly one is in force — the one the lateral lookup of
 * statusJoin finds — and a member without events has none, as the lateral finds nothing.
 */
const periodsInForce = (orgId: number, date: string, status: NonNullable<ReturnType<typeof statusCondition>>) => sql`
  derived.member_status_periods p WHERE p.org_id = ${orgId} AND p.valid_from <= ${date}::date
    AND p.valid_to > ${date}::date AND ${status}`;

/**
 * The list's filter, the status tested against the set of members having it, hashed once: `IS TRUE` keeps the IN
 * from becoming a join, so the members are still read in the order of their index and a page's walk stops at the
 * page, instead of joining and sorting the whole union.
 */
function listFilter(orgId: number, f: MemberFilter, date: string) {
  const status = statusCondition('p', f.status, date);
  const parts = memberConditions(orgId, f);
  if (status) {
    parts.push(sql`(m.id IN (SELECT p.member_id FROM ${periodsInForce(orgId, date, status)})) IS TRUE`);
  }
  return sql.join(parts, sql` AND `);
}

/** Nullable columns sort last in both directions; NOT NULL ones without the clause, so an index can give the order. */
const orderColumns = {
  name: { column: sql`m.sort_key COLLATE "C"`, nullable: false },
  code: { column: sql`m.code COLLATE "C"`, nullable: false },
  joinedOn: { column: sql`m.joined_on`, nullable: false },
  birthDate: { column: sql`m.birth_date`, nullable: true },
} as const;

function listOrder(q: MemberListQuery) {
  const { column, nullable } = orderColumns[q.sort];
  const dir = q.dir === 'desc' ? sql`DESC` : sql`ASC`;
  return sql`${column} ${dir}${nullable ? sql` NULLS LAST` : sql``}, m.sort_key COLLATE "C", m.id`;
}

/** Up to this many rows walked (offset and page size), a page looks up each member's status; past it, it hashes the set. */
const LOOKUP_WALK_LIMIT = 1000;

/**
 * The ids of a page's members, in list order. Near the start each member walked looks up its own period (one
 * index step each, cheaper than hashing the union's set); the lateral lookup also keeps PGlite, which plans
 * without statistics, walking the members in order rather than joining all the union's periods first.
 */
function pageIds(orgId: number, q: MemberListQuery, date: string, lookupWalkLimit: number) {
  const offset = (q.page - 1) * q.pageSize;
  const lookup = q.status !== 'all' && offset + q.pageSize <= lookupWalkLimit;
  const from = lookup
    ? sql`members m ${statusLookup(date)} WHERE ${whereClause(orgId, q, date)}`
    : sql`members m WHERE ${listFilter(orgId, q, date)}`;
  return sql`SELECT m.org_id, m.id FROM ${from} ORDER BY ${listOrder(q)} LIMIT ${q.pageSize} OFFSET ${offset}`;
}

/**
 * The number of members a list filter keeps. With the status filter alone it is the number of periods in force
 * that pass it, without reading the members (a period carries its member's union: the events' foreign key is
 * (org_id, member_id)); otherwise the members, with the same filter as the page.
 */
async function countMembers(db: Db, orgId: number, f: MemberFilter, date: string): Promise<number> {
  const status = statusCondition('p', f.status, date);
  const query = status && !f.q && !f.sex && !f.category && !f.groupId
    ? sql<{ n: number }>`SELECT count(*)::int AS n FROM ${periodsInForce(orgId, date, status)}`
    : sql<{ n: number }>`SELECT count(*)::int AS n FROM members m WHERE ${listFilter(orgId, f, date)}`;
  return (await query.execute(db)).rows[0].n;
}

/**
 * A page of the list and the number of matches, read apart: the page's members are chosen first, walking the
 * union's members in list order, and only its rows get their status and tổ.
 */
export async function findMembers(
  db: Db, orgId: number, q: MemberListQuery, date: string, lookupWalkLimit = LOOKUP_WALK_LIMIT,
) {
  const [{ rows }, total] = await Promise.all([
    sql<MemberRow>`SELECT ${memberColumns}
      FROM (${pageIds(orgId, q, date, lookupWalkLimit)}) page
      JOIN members m ON m.org_id = page.org_id AND m.id = page.id ${statusJoin(date)}
      ORDER BY ${listOrder(q)}`.execute(db),
    countMembers(db, orgId, q, date),
  ]);
  return { items: rows.map((r) => toMember(r, date)), total, page: q.page, pageSize: q.pageSize };
}

/** Every member matching the filter, in list order (exports). */
export async function findAllMembers(db: Db, orgId: number, f: MemberFilter, date: string): Promise<Member[]> {
  const { rows } = await sql<MemberRow>`SELECT ${memberColumns} FROM members m ${statusJoin(date)}
    WHERE ${whereClause(orgId, f, date)} ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
  return rows.map((r) => toMember(r, date));
}

export async function findMember(db: Db, orgId: number, memberId: number, date: string): Promise<MemberDetail | null> {
  const { rows } = await sql<MemberRow>`SELECT ${memberColumns} FROM members m ${statusJoin(date)}
    WHERE m.org_id = ${orgId} AND m.id = ${memberId}`.execute(db);
  if (!rows[0]) {
    return null;
  }
  const [history, children] = await Promise.all([
    db.selectFrom('member_status_events').select(['id', 'kind', 'on_date', 'reason'])
      .where('member_id', '=', memberId).orderBy('on_date').orderBy('id').execute(),
    db.selectFrom('member_children').select(['id', 'full_name', 'birth_date', 'sex'])
      .where('member_id', '=', memberId).orderBy('birth_date').execute(),
  ]);
  return {
    ...toMember(rows[0], date),
    history: history.map((h) => ({ id: h.id, kind: h.kind, onDate: h.on_date, reason: h.reason })),
    children: children.map((ch) => ({ id: ch.id, fullName: ch.full_name, birthDate: ch.birth_date, sex: ch.sex })),
  };
}

export function memberValues(input: MemberInput) {
  return {
    code: input.code, national_code: input.nationalCode, card_number: input.cardNumber, full_name: input.fullName,
    sort_key: vietnameseSortKey(input.fullName), search_key: toSearchKey(`${input.fullName} ${input.code}`),
    sex: input.sex, birth_date: input.birthDate, ethnicity: input.ethnicity, position: input.position,
    category: input.category, group_id: input.groupId, party_member: input.partyMember, education: input.education,
    political_theory: input.politicalTheory, joined_on: input.joinedOn, phone: input.phone, email: input.email,
  };
}

/** A new member with its first status event: admitted on the join date, or transferred in on `transferredInOn`. */
export async function insertMember(
  tx: Kysely<Database>, orgId: number, input: MemberInput, transferredInOn: string | null = null,
): Promise<number> {
  const row = await tx.insertInto('members').values({ ...memberValues(input), org_id: orgId }).returning('id').executeTakeFirstOrThrow();
  const first = transferredInOn
    ? { kind: 'transferred_in' as const, on_date: transferredInOn }
    : { kind: 'admitted' as const, on_date: input.joinedOn };
  await tx.insertInto('member_status_events')
    .values({ org_id: orgId, member_id: row.id, ...first, reason: null })
    .execute();
  return row.id;
}

interface StatsRow {
  sex: 'male' | 'female'; category: Member['category']; category_name: string; party_member: boolean;
  group_id: number | null; group_name: string | null; kind: StatusKind; age: number | null; n: number;
}

/**
 * The statistics counted in the database, grouped by everything they show (a few hundred rows, not one per member).
 * The age is `ageAt` of shared/vi/dates.ts written in SQL: a birthday of 29/02 falls on 28/02 in common years.
 */
export async function countMembersAt(db: Db, orgId: number, date: string): Promise<MemberStats> {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5, 7) + date.slice(8, 10);
  const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const feb29HasBirthday = monthDay === '0228' && !leapYear;
  const { rows } = await sql<StatsRow>`
    SELECT m.sex, m.category, c.name AS category_name, m.party_member, m.group_id, g.name AS group_name, s.kind,
      ${year}::int - extract(year FROM m.birth_date)::int - CASE
        WHEN to_char(m.birth_date, 'MMDD') <= ${monthDay}::text
          OR (to_char(m.birth_date, 'MMDD') = '0229' AND ${feb29HasBirthday}::boolean) THEN 0 ELSE 1 END AS age,
      count(*)::int AS n
    FROM members m
    JOIN member_categories c ON c.code = m.category
    ${statusJoin(date)}
    WHERE m.org_id = ${orgId} AND s.since <= ${date}::date AND s.kind IN (${kindList(MEMBER_KINDS)})
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ORDER BY 1, 2, 4, 5, 7, 8`.execute(db);
  return summarise(rows, date);
}

const AGE_BANDS: { band: string; max: number }[] = [
  { band: 'Dưới 30', max: 29 }, { band: '30–39', max: 39 }, { band: '40–49', max: 49 }, { band: '50–59', max: 59 },
  { band: 'Từ 60', max: Infinity },
];

function summarise(rows: StatsRow[], date: string): MemberStats {
  const byCategory = new Map<string, { category: Member['category']; name: string; count: number }>();
  const byGroup = new Map<number | null, { groupId: number | null; name: string; count: number }>();
  const bands = new Map<string, number>([...AGE_BANDS.map((b) => [b.band, 0] as const), ['Chưa rõ', 0]]);
  const count = (keep: (r: StatsRow) => boolean) => rows.reduce((sum, r) => sum + (keep(r) ? r.n : 0), 0);
  for (const r of rows) {
    const cat = byCategory.get(r.category) ?? { category: r.category, name: r.category_name, count: 0 };
    cat.count += r.n;
    byCategory.set(r.category, cat);
    const grp = byGroup.get(r.group_id) ?? { groupId: r.group_id, name: r.group_name ?? 'Chưa vào tổ', count: 0 };
    grp.count += r.n;
    byGroup.set(r.group_id, grp);
    const band = r.age === null ? 'Chưa rõ' : AGE_BANDS.find((b) => r.age! <= b.max)!.band;
    bands.set(band, (bands.get(band) ?? 0) + r.n);
  }
  return {
    asOf: date,
    total: count(() => true),
    suspended: count((r) => r.kind === 'suspended'),
    women: count((r) => r.sex === 'female'),
    men: count((r) => r.sex === 'male'),
    partyMembers: count((r) => r.party_member),
    byCategory: [...byCategory.values()].sort((a, b) => b.count - a.count),
    byAgeBand: [...bands].filter(([band, n]) => band !== 'Chưa rõ' || n > 0).map(([band, count]) => ({ band, count })),
    byGroup: [...byGroup.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}

/** The member categories a kind of union offers, by code. */
export async function findCategoryNames(db: Db, kind: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('member_categories as c')
    .innerJoin('org_kind_categories as kc', 'kc.category', 'c.code')
    .select(['c.code', 'c.name'])
    .where('kc.kind', '=', kind)
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Members counted on `date` (the same status rule as the statistics), women and suspended among them, per union; one query. */
export async function countMembersByOrg(
  db: Db, orgIds: readonly number[], date: string,
): Promise<Map<number, { members: number; women: number; suspended: number }>> {
  if (orgIds.length === 0) {
    return new Map();
  }
  const { rows } = await sql<{ org_id: number; members: number; women: number; suspended: number }>`
    SELECT m.org_id, count(*)::int AS members, count(*) FILTER (WHERE m.sex = 'female')::int AS women,
      count(*) FILTER (WHERE s.kind = 'suspended')::int AS suspended
    FROM members m
    ${statusJoin(date)}
    WHERE m.org_id IN (${sql.join(orgIds)}) AND s.since <= ${date}::date AND s.kind IN (${kindList(MEMBER_KINDS)})
    GROUP BY m.org_id`.execute(db);
  return new Map(rows.map((r) => [r.org_id, { members: r.members, women: r.women, suspended: r.suspended }]));
}
