import type { Db } from '../../db/client.ts';
import type { Database, Role } from '../../db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { hashPassword, verifyPassword } from '../../core/passwords.ts';
import { writeAudit } from '../../core/audit.ts';
import type { SessionCaller as Caller } from '../../core/http.ts';
import type { Me } from '../../../shared/contracts/auth.contract.ts';
import { today } from '../../core/clock.ts';
import { assertPasswordAcceptable } from '../../core/password-policy.ts';
import { sql, type Kysely } from 'kysely';
import { addressKey, attemptSucceeded, reserveAttempt, usernameKey } from './throttle.ts';


export interface NewUser {
  username: string;
  fullName: string;
  /** null: no password until the person activates the account with a one-time code. */
  password: string | null;
  mustChangePassword?: boolean;
  isAdmin?: boolean;
  memberId?: number | null;
  roles?: { orgId: number; role: Role; validFrom?: string | null; validTo?: string | null }[];
}

/** Stored instead of a hash while an account waits for activation: no password can match it. */
export const NO_PASSWORD = '!activation-pending';

export async function createUser(db: Db, user: NewUser): Promise<number> {
  return db.transaction().execute((tx) => insertUser(tx, user));
}

/** Inside a caller's transaction (the demo loader makes its users in its own). */
export async function insertUser(tx: Kysely<Database>, user: NewUser): Promise<number> {
  if (user.password !== null) {
    assertPasswordAcceptable(user.password, user.username);
  }
  const row = await tx
    .insertInto('users')
    .values({
      username: user.username, full_name: user.fullName,
      password_hash: user.password === null ? NO_PASSWORD : await hashPassword(user.password),
      must_change_password: user.mustChangePassword ?? false,
      is_admin: user.isAdmin ?? false, member_id: user.memberId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const r of user.roles ?? []) {
    await tx.insertInto('role_assignments').values({
      user_id: row.id, org_id: r.orgId, role: r.role, valid_from: r.validFrom ?? null, valid_to: r.validTo ?? null,
    }).execute();
  }
  return row.id;
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Checks the password. The attempt is counted first (per username and per client address), so guesses are slowed
 * down however many arrive at once; a success clears the username's count.
 */
export async function authenticate(db: Db, username: string, password: string, address: string): Promise<number> {
  const keys = [usernameKey('login', username), addressKey(address)];
  await reserveAttempt(db, keys);
  const user = await db.selectFrom('users').select(['id', 'password_hash', 'active']).where('username', '=', username).executeTakeFirst();
  // Verify against a real hash even for unknown users so timing does not reveal which usernames exist.
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
  if (!user || !ok) {
    throw new AppError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng');
  }
  await attemptSucceeded(db, keys);
  if (!user.active) {
    throw new AppError('UNAUTHENTICATED', 'Tài khoản đã bị khóa. Hãy liên hệ chủ tịch công đoàn hoặc quản trị viên');
  }
  return user.id;
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword('not-a-real-password'));

export async function changePassword(db: Db, caller: Caller, current: string, next: string, address: string): Promise<void> {
  // A stolen session must not become a way to guess the password.
  const keys = [usernameKey('password', caller.userId), addressKey(address)];
  await reserveAttempt(db, keys);
  const user = await db.selectFrom('users').select(['password_hash', 'username']).where('id', '=', caller.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, current))) {
    throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng', { issues: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }] });
  }
  if (next === current) {
    throw new AppError('VALIDATION', 'Mật khẩu mới phải khác mật khẩu hiện tại', { issues: [{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại' }] });
  }
  await attemptSucceeded(db, keys);
  assertPasswordAcceptable(next, user.username, 'newPassword');
  const passwordHash = await hashPassword(next);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ password_hash: passwordHash, must_change_password: false }).where('id', '=', caller.userId).execute();
    await writeAudit(tx, { orgId: null, userId: caller.userId, action: 'update', entity: 'password', entityId: caller.userId });
  });
}

export async function getMe(db: Db, caller: Caller): Promise<Me> {
  const user = await db.selectFrom('users').selectAll().where('id', '=', caller.userId).executeTakeFirstOrThrow();
  const { rows: roles } = await sql<{ org_id: number; code: string; name: string; role: Role }>`
    SELECT r.org_id, o.code, v.name, r.role
    FROM role_assignments r
    JOIN organisations o ON o.id = r.org_id
    JOIN org_versions_at(${today()}::date) v ON v.org_id = r.org_id
    WHERE r.user_id = ${caller.userId}
      AND (r.valid_from IS NULL OR r.valid_from <= ${today()}::date)
      AND (r.valid_to IS NULL OR r.valid_to >= ${today()}::date)
    ORDER BY r.org_id, r.role`.execute(db);
  const member = user.member_id
    ? await db.selectFrom('members').select('org_id').where('id', '=', user.member_id).executeTakeFirst()
    : undefined;
  return {
    id: user.id,
    username: user.username,
    fullName: user.full_name,
    isAdmin: user.is_admin,
    mustChangePassword: user.must_change_password,
    memberId: user.member_id,
    memberOrgId: member?.org_id ?? null,
    roles: roles.map((r) => ({ orgId: r.org_id, orgCode: r.code, orgName: r.name, role: r.role })),
  };
}
