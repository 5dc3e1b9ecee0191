// Roles on organisations: grant (with optional dates of validity), revoke, and who holds what on a union.
import type { Db } from '../../db/client.ts';
import type { SessionCaller as Caller } from '../../core/http.ts';
import { assertCan } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { AccountView, OrgRoleHolder, RoleGrantInput } from '../../../shared/contracts/users.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { findAccount, findRoleHolders } from './users.repo.ts';
import { assertMayGrant, loadReach, requireManageable, toAccountView } from './users.service.ts';

export async function grantRole(db: Db, caller: Caller, userId: number, input: RoleGrantInput): Promise<AccountView> {
  const reach = await loadReach(db, caller);
  const row = await requireManageable(db, reach, userId);
  assertMayGrant(reach, input.role, input.orgId);
  await assertWritable(db, input.orgId);
  if (row.roles.some((r) => r.orgId === input.orgId && r.role === input.role)) {
    throw new AppError('CONFLICT', 'Tài khoản đã có vai trò này trên tổ chức này');
  }
  await db.transaction().execute(async (tx) => {
    const { id } = await tx.insertInto('role_assignments').values({
      user_id: userId, org_id: input.orgId, role: input.role, valid_from: input.validFrom, valid_to: input.validTo,
    }).returning('id').executeTakeFirstOrThrow();
    await writeAudit(tx, {
      orgId: input.orgId, userId: caller.userId, action: 'grant', entity: 'role', entityId: id,
      after: { username: row.username, orgName: reach.orgName(input.orgId), ...input },
    });
  });
  return toAccountView((await findAccount(db, userId))!, reach);
}

export async function revokeRole(db: Db, caller: Caller, userId: number, roleId: number): Promise<AccountView> {
  const reach = await loadReach(db, caller);
  const row = await requireManageable(db, reach, userId);
  const role = row.roles.find((r) => r.id === roleId);
  if (!role) {
    throw notFound('Không tìm thấy vai trò này của tài khoản');
  }
  assertMayGrant(reach, role.role, role.orgId);
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('role_assignments').where('id', '=', roleId).execute();
    await writeAudit(tx, {
      orgId: role.orgId, userId: caller.userId, action: 'revoke', entity: 'role', entityId: roleId,
      before: { username: row.username, orgName: reach.orgName(role.orgId), ...role },
    });
  });
  return toAccountView((await findAccount(db, userId))!, reach);
}

/** Who holds which role on the union and its tổ (every date of validity, today's marked). */
export async function listOrgRoles(db: Db, caller: Caller, orgId: number): Promise<OrgRoleHolder[]> {
  await assertCan(db, caller, orgId, 'users.manage', today());
  const reach = await loadReach(db, caller);
  const day = today();
  const rows = await findRoleHolders(db, reach.subtree(orgId));
  return rows.map((r) => ({
    id: r.id, userId: r.user_id, username: r.username, fullName: r.full_name, active: r.active,
    orgId: r.org_id, orgName: reach.orgName(r.org_id), role: r.role, validFrom: r.valid_from, validTo: r.valid_to,
    current: (r.valid_from === null || r.valid_from <= day) && (r.valid_to === null || r.valid_to >= day),
  }));
}
