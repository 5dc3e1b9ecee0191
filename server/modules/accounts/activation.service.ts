// One-time codes in use: a person activates their account; a chairperson creates accounts for members in bulk
// and prints the sheet of codes to hand out.
import type { Db } from '../../db/client.ts';
import type { SessionCaller as Caller } from '../../core/http.ts';
import { assertCan } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, forbidden, invalid, notFound } from '../../core/errors.ts';
import { hashPassword } from '../../core/passwords.ts';
import { assertPasswordAcceptable } from '../../core/password-policy.ts';
import type { BulkMemberAccountsResult, SheetEntry } from '../../../shared/contracts/users.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { insertUser } from './accounts.service.ts';
import { addressKey, attemptSucceeded, reserveAttempt, usernameKey } from './throttle.ts';
import { activationCodeMatches, activationExpiry, generateActivationCode, hashActivationCode } from './activation-codes.ts';
import { activationSheetDocx } from './activation-sheet.ts';
import { freeUsername, usernameBase } from './usernames.ts';
import { lockMembersForLink, saveActivationCode } from './users.repo.ts';
import { loadReach } from './users.service.ts';

const WRONG_CODE = 'Tên đăng nhập hoặc mã kích hoạt không đúng, hoặc mã đã hết hạn / đã dùng';

/** Single use: the code is deleted as the password is set. Failures count towards the same throttle as logins. */
export async function activateAccount(
  db: Db, input: { username: string; code: string; password: string }, address: string, now = new Date(),
): Promise<void> {
  const keys = [usernameKey('activate', input.username), addressKey(address)];
  await reserveAttempt(db, keys, now);
  const row = await db.selectFrom('users as u').innerJoin('activation_codes as a', 'a.user_id', 'u.id')
    .select(['u.id', 'u.active', 'a.code_hash', 'a.expires_at'])
    .where('u.username', '=', input.username).executeTakeFirst();
  const ok = row !== undefined && row.active
    && activationCodeMatches({ codeHash: row.code_hash, expiresAt: new Date(row.expires_at) }, input.code, now);
  if (!ok) {
    throw invalid(WRONG_CODE, { issues: [{ path: 'code', message: WRONG_CODE }] });
  }
  assertPasswordAcceptable(input.password, input.username, 'password');
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (tx) => {
    // Deleting by hash as well makes a second, concurrent use of the same code find nothing.
    const used = await tx.deleteFrom('activation_codes').where('user_id', '=', row.id).where('code_hash', '=', row.code_hash)
      .executeTakeFirst();
    if (Number(used.numDeletedRows) !== 1) {
      throw invalid(WRONG_CODE);
    }
    await tx.updateTable('users').set({ password_hash: passwordHash, must_change_password: false }).where('id', '=', row.id).execute();
    await writeAudit(tx, { orgId: null, userId: row.id, action: 'activate', entity: 'user', entityId: row.id });
  });
  await attemptSucceeded(db, keys);
}

/** Accounts with the 'member' role for members of the union, each with a one-time code shown once. */
export async function createMemberAccounts(
  db: Db, caller: Caller, orgId: number, memberIds: number[], validDays: number,
): Promise<BulkMemberAccountsResult> {
  await assertCan(db, caller, orgId, 'users.manage', today());
  const reach = await loadReach(db, caller);
  if (!reach.canGrant('member', orgId)) {
    throw forbidden();
  }
  await assertWritable(db, orgId);
  const members = await db.selectFrom('members as m').leftJoin('users as u', 'u.member_id', 'm.id')
    .select(['m.id', 'm.org_id', 'm.full_name', 'u.username'])
    .where('m.id', 'in', [...new Set(memberIds)]).execute();
  const byId = new Map(members.map((m) => [m.id, m]));
  const skipped: BulkMemberAccountsResult['skipped'] = [];
  const wanted: { id: number; fullName: string; base: string }[] = [];
  for (const id of new Set(memberIds)) {
    const m = byId.get(id);
    if (!m || m.org_id !== orgId) {
      skipped.push({ memberId: id, fullName: m && reach.manages(m.org_id) ? m.full_name : `#${id}`, reason: 'Không phải đoàn viên của công đoàn này' });
    } else if (m.username) {
      skipped.push({ memberId: id, fullName: m.full_name, reason: `Đã có tài khoản ${m.username}` });
    } else {
      wanted.push({ id, fullName: m.full_name, base: usernameBase(m.full_name) });
    }
  }
  const expiresAt = activationExpiry(new Date(), validDays);
  const created = await db.transaction().execute(async (tx) => {
    if (!(await lockMembersForLink(tx, wanted.map((w) => w.id)))) {
      throw notFound('Không tìm thấy đoàn viên');
    }
    const bases = [...new Set(wanted.map((w) => w.base))];
    const taken = new Set(bases.length === 0 ? [] : (await tx.selectFrom('users').select('username')
      .where((eb) => eb.or(bases.map((b) => eb('username', 'like', `${b.replace(/[_%]/g, '\\$&')}%`)))).execute()).map((u) => u.username));
    const out: SheetEntry[] = [];
    for (const w of wanted) {
      const username = freeUsername(w.base, taken);
      taken.add(username);
      const code = generateActivationCode();
      const userId = await insertUser(tx, { username, fullName: w.fullName, password: null, memberId: w.id, roles: [{ orgId, role: 'member' }] });
      await saveActivationCode(tx, userId, hashActivationCode(code), expiresAt, caller.userId);
      await writeAudit(tx, {
        orgId, userId: caller.userId, action: 'create', entity: 'user', entityId: userId,
        after: { username, fullName: w.fullName, memberId: w.id, orgId, role: 'member', credential: 'code' },
      });
      out.push({ memberId: w.id, fullName: w.fullName, username, code, expiresAt: expiresAt.toISOString() });
    }
    return out;
  });
  return { created, skipped };
}

/**
 * The printable sheet of codes just created. The codes come back from the browser (they are stored only hashed),
 * so each is checked against its account's pending code before it is printed.
 */
export async function memberAccountsSheet(
  db: Db, caller: Caller, orgId: number, entries: SheetEntry[], activationUrl: string,
): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'users.manage', today());
  const reach = await loadReach(db, caller);
  const rows = await db.selectFrom('users as u').innerJoin('activation_codes as a', 'a.user_id', 'u.id')
    .leftJoin('members as m', 'm.id', 'u.member_id')
    .select(['u.username', 'u.full_name', 'a.code_hash', 'a.expires_at', 'm.org_id as member_org'])
    .where('u.username', 'in', entries.map((e) => e.username)).execute();
  const byName = new Map(rows.map((r) => [r.username, r]));
  const now = new Date();
  const checked = entries.map((e) => {
    const r = byName.get(e.username);
    const valid = r && r.member_org !== null && reach.manages(r.member_org)
      && activationCodeMatches({ codeHash: r.code_hash, expiresAt: new Date(r.expires_at) }, e.code, now);
    if (!valid) {
      throw new AppError('VALIDATION', `Mã kích hoạt của tài khoản ${e.username} không còn hiệu lực`);
    }
    return { ...e, fullName: r.full_name, expiresAt: new Date(r.expires_at).toISOString() };
  });
  return activationSheetDocx(db, orgId, checked, activationUrl);
}
