import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../core/errors.ts';

// Guessing is counted BEFORE the password or code is checked, under a row lock, so fifty guesses sent at once are
// fifty attempts. The first few are free; then each attempt must wait a delay that doubles, up to a cap. A username
// is capped low (the real user, from a new address, gets in after at most a minute); a client address high.

export interface ThrottleRule {
  /** Attempts allowed in a window before delays start. */
  free: number;
  /** The longest delay between two attempts, in seconds. */
  maxDelaySeconds: number;
}

const WINDOW_MINUTES = 15;
export const USERNAME_RULE: ThrottleRule = { free: 5, maxDelaySeconds: 60 };
// Offices share one address behind their router: a higher allowance, a longer cap.
export const ADDRESS_RULE: ThrottleRule = { free: 30, maxDelaySeconds: 15 * 60 };

export interface ThrottleKey { key: string; rule: ThrottleRule }

interface Row { key: string; attempts: number; window_start: Date; next_allowed_at: Date }

/** Seconds to wait after the attempt numbered `attempts` (1-based), once the free ones are used up. */
export function delayAfter(attempts: number, rule: ThrottleRule): number {
  return attempts < rule.free ? 0 : Math.min(2 ** (attempts - rule.free + 1), rule.maxDelaySeconds);
}

function waitText(seconds: number): string {
  return seconds < 90 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

/**
 * Counts one attempt on every key, or refuses it (429) when any key must still wait; the caller checks the
 * password only after this returns.
 */
export async function reserveAttempt(db: Db, keys: readonly ThrottleKey[], now = new Date()): Promise<void> {
  const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
  const wait = await db.transaction().execute(async (tx) => {
    for (const { key } of sorted) {
      await sql`INSERT INTO auth_throttle (key, attempts, window_start, next_allowed_at)
        VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT (key) DO NOTHING`.execute(tx);
    }
    const { rows } = await sql<Row>`SELECT key, attempts, window_start, next_allowed_at FROM auth_throttle
      WHERE key IN (${sql.join(sorted.map((k) => k.key))}) ORDER BY key FOR UPDATE`.execute(tx);
    const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
    const fresh = rows.map((r) => (new Date(r.window_start) < windowStart ? { ...r, attempts: 0, window_start: now, next_allowed_at: now } : r));
    const longest = Math.max(0, ...fresh.map((r) => new Date(r.next_allowed_at).getTime() - now.getTime()));
    if (longest > 0) {
      return Math.ceil(longest / 1000);
    }
    for (const r of fresh) {
      const rule = sorted.find((k) => k.key === r.key)!.rule;
      const attempts = r.attempts + 1;
      const next = new Date(now.getTime() + delayAfter(attempts, rule) * 1000);
      await sql`UPDATE auth_throttle SET attempts = ${attempts}, window_start = ${r.window_start}, next_allowed_at = ${next}
        WHERE key = ${r.key}`.execute(tx);
    }
    return 0;
  });
  if (wait > 0) {
    throw new AppError('TOO_MANY_ATTEMPTS', `Nhập sai nhiều lần. Vui lòng thử lại sau ${waitText(wait)}`);
  }
}

/**
 * After a success: the username starts afresh, and the client address gets back the attempt it spent (an office
 * behind one address logs in all morning; only its failures add up).
 */
export async function attemptSucceeded(db: Db, keys: readonly ThrottleKey[]): Promise<void> {
  const [user, ...addresses] = keys;
  await db.deleteFrom('auth_throttle').where('key', '=', user.key).execute();
  for (const { key } of addresses) {
    await sql`UPDATE auth_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE key = ${key}`.execute(db);
  }
}

export const usernameKey = (scope: 'login' | 'activate' | 'password', name: string | number): ThrottleKey =>
  ({ key: `${scope}:${name}`, rule: USERNAME_RULE });
export const addressKey = (address: string): ThrottleKey => ({ key: `address:${address}`, rule: ADDRESS_RULE });
