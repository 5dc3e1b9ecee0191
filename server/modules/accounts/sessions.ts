import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import type { SessionCaller } from '../../core/http.ts';
import { AppError } from '../../core/errors.ts';

export const SESSION_COOKIE = 'congdoan_session';
const SESSION_DAYS = 14;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Kysely<Database>, userId: number): Promise<{ token: string; maxAge: number }> {
  const token = randomBytes(32).toString('base64url');
  const maxAge = SESSION_DAYS * 24 * 3600;
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: new Date(Date.now() + maxAge * 1000) })
    .execute();
  return { token, maxAge };
}

export async function findCallerBySession(db: Db, token: string): Promise<(SessionCaller & { mustChangePassword: boolean }) | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.is_admin', 'u.member_id', 'u.must_change_password'])
    .where('s.token_hash', '=', hashToken(token))
    .where('s.expires_at', '>', new Date())
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row ? { userId: row.id, isAdmin: row.is_admin, memberId: row.member_id, mustChangePassword: row.must_change_password } : null;
}

// What a session with a temporary password may still reach: who am I, change it, leave.
const OPEN_UNTIL_CHANGED = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout', '/api/auth/login', '/api/health']);

/** A temporary password must be changed before anything else. */
export function assertPasswordChanged(caller: { mustChangePassword?: boolean } | null, path: string): void {
  if (caller?.mustChangePassword && !OPEN_UNTIL_CHANGED.has(path.replace(/\/$/, ''))) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Bạn đang dùng mật khẩu tạm thời. Hãy đổi mật khẩu trước khi tiếp tục');
  }
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export async function deleteUserSessions(db: Db, userId: number, exceptToken?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptToken) {
    q = q.where('token_hash', '<>', hashToken(exceptToken));
  }
  await q.execute();
}
