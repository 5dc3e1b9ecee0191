// The SQL of account administration: accounts with their roles, linked member and pending code.
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database, Role } from '../../db/schema.ts';
import { roleValidOn } from '../../core/access.ts';
import type { OrgNode, HeldRole } from './reach.ts';

export interface AccountRow {
  id: number;
  username: string;
  fullName: string;
  isAdmin: boolean;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  memberId: number | null;
  member: { id: number; fullName: string; orgId: number } | null;
  roles: { id: number; orgId: number; role: Role; validFrom: string | null; validTo: string | null }[];
  pendingActivation: { expiresAt: Date } | null;
}

/** Every organisation in the tree of `date` (ended ones where they ended), with its name that day. */
export async function findOrgNodes(db: Db, date: string): Promise<OrgNode[]> {
  const { rows } = await sql<{ org_id: number; parent_id: number | null; name: string }>`
    SELECT org_id, parent_id, name FROM org_versions_at(${date}::date)`.execute(db);
  return rows.map((r) => ({ id: r.org_id, parentId: r.parent_id, name: r.name }));
}

export async function findHeldRoles(db: Db, userId: number, date: string): Promise<HeldRole[]> {
  const rows = await db.selectFrom('role_assignments').select(['org_id', 'role'])
    .where('user_id', '=', userId).where(roleValidOn(date)).execute();
  return rows.map((r) => ({ orgId: r.org_id, role: r.role }));
}

/** Accounts holding a role on one of the organisations or linked to a member of one. */
export async function findAccountIdsOn(db: Db, orgIds: number[]): Promise<number[]> {
  if (orgIds.length === 0) {
    return [];
  }
  const { rows } = await sql<{ id: number }>`
    SELECT user_id AS id FROM role_assignments WHERE org_id IN (${sql.join(orgIds)})
    UNION
    SELECT u.id FROM users u JOIN members m ON m.id = u.member_id WHERE m.org_id IN (${sql.join(orgIds)})`.execute(db);
  return rows.map((r) => r.id);
}

export async function findAccounts(db: Db, ids: number[] | 'all'): Promise<AccountRow[]> {
  if (ids !== 'all' && ids.length === 0) {
    return [];
  }
  let q = db.selectFrom('users as u').leftJoin('members as m', 'm.id', 'u.member_id')
    .select(['u.id', 'u.username', 'u.full_name', 'u.is_admin', 'u.active', 'u.must_change_password', 'u.last_login_at',
      'u.member_id', 'm.full_name as member_name', 'm.org_id as member_org_id'])
    .orderBy('u.username');
  if (ids !== 'all') {
    q = q.where('u.id', 'in', ids);
  }
  const users = await q.execute();
  if (users.length === 0) {
    return [];
  }
  const userIds = users.map((u) => u.id);
  const roles = await db.selectFrom('role_assignments').selectAll().where('user_id', 'in', userIds)
    .orderBy('org_id').orderBy('role').execute();
  const codes = await db.selectFrom('activation_codes').select(['user_id', 'expires_at']).where('user_id', 'in', userIds).execute();
  const codeOf = new Map(codes.map((c) => [c.user_id, c.expires_at]));
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    isAdmin: u.is_admin,
    active: u.active,
    mustChangePassword: u.must_change_password,
    lastLoginAt: u.last_login_at,
    memberId: u.member_id,
    member: u.member_id !== null && u.member_org_id !== null
      ? { id: u.member_id, fullName: u.member_name ?? '', orgId: u.member_org_id } : null,
    roles: roles.filter((r) => r.user_id === u.id)
      .map((r) => ({ id: r.id, orgId: r.org_id, role: r.role, validFrom: r.valid_from, validTo: r.valid_to })),
    pendingActivation: codeOf.has(u.id) ? { expiresAt: new Date(codeOf.get(u.id)!) } : null,
  }));
}

export async function findAccount(db: Db, id: number): Promise<AccountRow | null> {
  return (await findAccounts(db, [id]))[0] ?? null;
}

export async function usernameTaken(db: Kysely<Database>, username: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
}

export async function findMemberRef(db: Db, memberId: number) {
  return db.selectFrom('members').select(['id', 'org_id', 'full_name']).where('id', '=', memberId).executeTakeFirst();
}

/**
 * Inside the transaction that links accounts to these members: the members still exist, and stay until it commits
 * (a row lock as a foreign key's check takes; users is a reference table on Citus, so users.member_id has no foreign
 * key since migration 0035). members.removal.ts locks the member for update before it checks for an account.
 */
export async function lockMembersForLink(tx: Kysely<Database>, memberIds: readonly number[]): Promise<boolean> {
  if (memberIds.length === 0) {
    return true;
  }
  const { rows } = await sql<{ id: number }>`SELECT id FROM members WHERE id = ANY(${[...memberIds]}::int[]) FOR KEY SHARE`.execute(tx);
  return rows.length === new Set(memberIds).size;
}

export async function findAccountOfMember(db: Kysely<Database>, memberId: number) {
  return db.selectFrom('users').select('id').where('member_id', '=', memberId).executeTakeFirst();
}

/** Replaces any pending code of the account. */
export async function saveActivationCode(tx: Kysely<Database>, userId: number, codeHash: string, expiresAt: Date, createdBy: number | null) {
  await tx.deleteFrom('activation_codes').where('user_id', '=', userId).execute();
  await tx.insertInto('activation_codes').values({ user_id: userId, code_hash: codeHash, expires_at: expiresAt, created_by: createdBy }).execute();
}

export async function findRoleHolders(db: Db, orgIds: number[]) {
  if (orgIds.length === 0) {
    return [];
  }
  return db.selectFrom('role_assignments as r').innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'r.org_id', 'r.role', 'r.valid_from', 'r.valid_to', 'u.username', 'u.full_name', 'u.active'])
    .where('r.org_id', 'in', orgIds)
    .orderBy('r.org_id').orderBy('u.full_name')
    .execute();
}
