// Accounts administered in the app: list, create, rename, reset, deactivate, link to a member.
// Every method starts with the caller's reach (reach.ts); every change writes the audit log in its transaction.
import type { Db } from '../../db/client.ts';
import type { SessionCaller as Caller } from '../../core/http.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, forbidden, invalid, notFound } from '../../core/errors.ts';
import { hashPassword } from '../../core/passwords.ts';
import { assertPasswordAcceptable } from '../../core/password-policy.ts';
import { toSearchKey } from '../../../shared/vi/search-key.ts';
import type {
  AccountView, AccountWithTicket, ActivationTicket, CreateAccountInput, CredentialInput,
} from '../../../shared/contracts/users.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { insertUser, NO_PASSWORD } from './accounts.service.ts';
import { activationExpiry, generateActivationCode, hashActivationCode } from './activation-codes.ts';
import { Reach, type AccountScope } from './reach.ts';
import {
  findAccount, findAccountIdsOn, findAccountOfMember, findAccounts, findHeldRoles, findMemberRef, findOrgNodes, lockMembersForLink,
  saveActivationCode, usernameTaken, type AccountRow,
} from './users.repo.ts';

export const usernameConflict = () => new AppError('CONFLICT', 'Tên đăng nhập này đã được dùng; hãy chọn tên khác');
const memberHasAccount = () => new AppError('CONFLICT', 'Đoàn viên này đã có tài khoản');

export async function loadReach(db: Db, caller: Caller): Promise<Reach> {
  const date = today();
  const [orgs, held] = await Promise.all([findOrgNodes(db, date), caller.isAdmin ? [] : findHeldRoles(db, caller.userId, date)]);
  return new Reach(caller.userId, caller.isAdmin, orgs, held);
}

const scopeOf = (row: AccountRow): AccountScope => ({
  id: row.id, isAdmin: row.isAdmin, roles: row.roles, memberOrgId: row.member?.orgId ?? null,
});

export function toAccountView(row: AccountRow, reach: Reach, now = new Date()): AccountView {
  const day = today();
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    isAdmin: row.isAdmin,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    pendingActivation: row.pendingActivation
      ? { expiresAt: row.pendingActivation.expiresAt.toISOString(), expired: row.pendingActivation.expiresAt <= now } : null,
    lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
    member: row.member ? { ...row.member, orgName: reach.orgName(row.member.orgId) } : null,
    roles: row.roles.map((r) => ({
      ...r, orgName: reach.orgName(r.orgId),
      current: (r.validFrom === null || r.validFrom <= day) && (r.validTo === null || r.validTo >= day),
    })),
    manageable: reach.verdictOn(scopeOf(row)) === 'ok',
  };
}

/** The account, if the caller may change it; otherwise "not found" or "forbidden" as the reach says. */
export async function requireManageable(db: Db, reach: Reach, userId: number): Promise<AccountRow> {
  const row = await findAccount(db, userId);
  const verdict = row ? reach.verdictOn(scopeOf(row)) : 'notFound';
  switch (verdict) {
    case 'ok':
      return row!;
    case 'self':
      throw new AppError('FORBIDDEN', 'Bạn không thể tự thay đổi tài khoản hoặc vai trò của chính mình');
    case 'forbidden':
      throw forbidden();
    case 'notFound':
      throw notFound('Không tìm thấy tài khoản');
  }
}

/** The organisation an account's changes are logged under: one the caller manages, else its first role's. */
export function auditOrgOf(row: AccountRow, reach: Reach): number | null {
  const orgs = [...row.roles.map((r) => r.orgId), ...(row.member ? [row.member.orgId] : [])];
  return orgs.find((id) => reach.manages(id)) ?? orgs[0] ?? null;
}

export function assertMayGrant(reach: Reach, role: AccountScope['roles'][number]['role'], orgId: number): void {
  if (!reach.canGrant(role, orgId)) {
    throw reach.refusal([orgId]) === 'forbidden' ? forbidden() : notFound('Không tìm thấy tổ chức');
  }
}

export async function listAccounts(db: Db, caller: Caller, filter: { orgId?: number; q?: string }): Promise<AccountView[]> {
  const reach = await loadReach(db, caller);
  let orgIds = reach.visibleOrgs();
  if (filter.orgId !== undefined) {
    if (!reach.manages(filter.orgId)) {
      throw reach.refusal([filter.orgId]) === 'forbidden' ? forbidden() : notFound('Không tìm thấy tổ chức');
    }
    orgIds = reach.subtree(filter.orgId);
  }
  const rows = await findAccounts(db, orgIds === null ? 'all' : await findAccountIdsOn(db, orgIds));
  const key = filter.q ? toSearchKey(filter.q) : '';
  const now = new Date();
  return rows
    .filter((r) => reach.sees(scopeOf(r)))
    .filter((r) => !key || toSearchKey(`${r.username} ${r.fullName} ${r.member?.fullName ?? ''}`).includes(key))
    .map((r) => toAccountView(r, reach, now));
}

/** A one-time code (returned once, stored hashed) or a temporary password to change at first login. */
async function credentialValues(credential: CredentialInput, username: string) {
  if (credential.kind === 'password') {
    assertPasswordAcceptable(credential.password, username, 'password');
    return { passwordHash: await hashPassword(credential.password), mustChange: true, code: null };
  }
  const code = generateActivationCode();
  return { passwordHash: NO_PASSWORD, mustChange: false, code: { code, expiresAt: activationExpiry(new Date(), credential.validDays) } };
}

export async function createAccount(db: Db, caller: Caller, input: CreateAccountInput): Promise<AccountWithTicket> {
  const reach = await loadReach(db, caller);
  if (input.orgId === null || input.role === null) {
    if (!caller.isAdmin) {
      throw invalid('orgId: Chọn tổ chức và vai trò cho tài khoản', { issues: [{ path: 'orgId', message: 'Chọn tổ chức và vai trò' }] });
    }
  } else {
    assertMayGrant(reach, input.role, input.orgId);
    await assertWritable(db, input.orgId);
  }
  if (input.memberId !== null) {
    const member = await findMemberRef(db, input.memberId);
    if (!member || !reach.manages(member.org_id)) {
      throw notFound('Không tìm thấy đoàn viên');
    }
    if (await findAccountOfMember(db, input.memberId)) {
      throw memberHasAccount();
    }
  }
  if (await usernameTaken(db, input.username)) {
    throw usernameConflict();
  }
  const cred = await credentialValues(input.credential, input.username);
  const id = await db.transaction().execute(async (tx) => {
    if (input.memberId !== null && !(await lockMembersForLink(tx, [input.memberId]))) {
      throw notFound('Không tìm thấy đoàn viên');
    }
    const userId = await insertUser(tx, {
      username: input.username, fullName: input.fullName, password: null, memberId: input.memberId,
      roles: input.orgId !== null && input.role !== null
        ? [{ orgId: input.orgId, role: input.role, validFrom: input.validFrom, validTo: input.validTo }] : [],
    });
    await tx.updateTable('users').set({ password_hash: cred.passwordHash, must_change_password: cred.mustChange })
      .where('id', '=', userId).execute();
    if (cred.code) {
      await saveActivationCode(tx, userId, hashActivationCode(cred.code.code), cred.code.expiresAt, caller.userId);
    }
    const { credential: _c, ...logged } = input;
    await writeAudit(tx, {
      orgId: input.orgId, userId: caller.userId, action: 'create', entity: 'user', entityId: userId,
      after: { ...logged, credential: input.credential.kind },
    });
    return userId;
  });
  return { account: toAccountView((await findAccount(db, id))!, reach), activation: ticketOf(cred.code) };
}

const ticketOf = (code: { code: string; expiresAt: Date } | null): ActivationTicket | null =>
  code ? { code: code.code, expiresAt: code.expiresAt.toISOString() } : null;

export async function renameAccount(db: Db, caller: Caller, userId: number, fullName: string): Promise<AccountView> {
  const reach = await loadReach(db, caller);
  const row = await requireManageable(db, reach, userId);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ full_name: fullName }).where('id', '=', userId).execute();
    await writeAudit(tx, {
      orgId: auditOrgOf(row, reach), userId: caller.userId, action: 'update', entity: 'user', entityId: userId,
      before: { fullName: row.fullName }, after: { fullName },
    });
  });
  return toAccountView((await findAccount(db, userId))!, reach);
}

/** A new one-time code or temporary password; the old password and every session stop working at once. */
export async function resetAccount(db: Db, caller: Caller, userId: number, credential: CredentialInput): Promise<AccountWithTicket> {
  const reach = await loadReach(db, caller);
  const row = await requireManageable(db, reach, userId);
  const cred = await credentialValues(credential, row.username);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ password_hash: cred.passwordHash, must_change_password: cred.mustChange })
      .where('id', '=', userId).execute();
    await tx.deleteFrom('activation_codes').where('user_id', '=', userId).execute();
    if (cred.code) {
      await saveActivationCode(tx, userId, hashActivationCode(cred.code.code), cred.code.expiresAt, caller.userId);
    }
    await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await writeAudit(tx, {
      orgId: auditOrgOf(row, reach), userId: caller.userId, action: 'reset', entity: 'user', entityId: userId,
      after: { username: row.username, credential: credential.kind },
    });
  });
  return { account: toAccountView((await findAccount(db, userId))!, reach), activation: ticketOf(cred.code) };
}

/** Deactivation ends every session of the account at once; a deactivated account cannot log in. */
export async function setAccountActive(db: Db, caller: Caller, userId: number, active: boolean): Promise<AccountView> {
  const reach = await loadReach(db, caller);
  const row = await requireManageable(db, reach, userId);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ active }).where('id', '=', userId).execute();
    if (!active) {
      await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    }
    await writeAudit(tx, {
      orgId: auditOrgOf(row, reach), userId: caller.userId, action: active ? 'reactivate' : 'deactivate', entity: 'user',
      entityId: userId, before: { username: row.username, active: row.active }, after: { username: row.username, active },
    });
  });
  return toAccountView((await findAccount(db, userId))!, reach);
}

/** Links the account to a member of a union the caller manages; a member has at most one account. */
export async function linkMember(db: Db, caller: Caller, userId: number, memberId: number | null): Promise<AccountView> {
  const reach = await loadReach(db, caller);
  const row = await requireManageable(db, reach, userId);
  let memberOrg: number | null = row.member?.orgId ?? null;
  if (memberId !== null) {
    const member = await findMemberRef(db, memberId);
    if (!member || !reach.manages(member.org_id)) {
      throw notFound('Không tìm thấy đoàn viên');
    }
    const holder = await findAccountOfMember(db, memberId);
    if (holder && holder.id !== userId) {
      throw new AppError('CONFLICT', 'Đoàn viên này đã gắn với một tài khoản khác');
    }
    memberOrg = member.org_id;
  }
  await db.transaction().execute(async (tx) => {
    if (memberId !== null && !(await lockMembersForLink(tx, [memberId]))) {
      throw notFound('Không tìm thấy đoàn viên');
    }
    await tx.updateTable('users').set({ member_id: memberId }).where('id', '=', userId).execute();
    await writeAudit(tx, {
      orgId: memberOrg ?? auditOrgOf(row, reach), userId: caller.userId, action: memberId === null ? 'unlink' : 'link', entity: 'user',
      entityId: userId, before: { username: row.username, member: row.member }, after: { username: row.username, memberId },
    });
  });
  return toAccountView((await findAccount(db, userId))!, reach);
}
