import { sql } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import type { Permission } from '../../core/access.ts';
import type { OrganisationsTable } from '../../db/schema.ts';
import type { Updateable } from 'kysely';
import { addDays, formatDateVi } from '../../../shared/vi/dates.ts';
import type {
  createOrgRequest, OrgKindCode, orgChangeRequest, orgEndRequest, orgProfileRequest, OrgTreeNode, OrgView,
} from '../../../shared/contracts/orgs.contract.ts';
import {
  findCategories, findGroups, findGroupsEver, findHistory, findOrgAt, findRoleRoots, findSubtrees, findUpperLevelKinds,
  findEndedAncestors, findKinds, findOrgIdByCode,
} from './orgs.repo.ts';
import { restrictTree } from './visible-tree.ts';

/** The tree of `date`, cut to what the caller may see today (roles hold down the tree of today). */
export async function getOrgTree(db: Db, caller: Caller, date: string): Promise<OrgTreeNode[]> {
  if (caller.isAdmin) {
    return findSubtrees(db, 'all', date);
  }
  if (caller.userId === null) {
    return [];
  }
  const roots = await findRoleRoots(db, caller.userId, today());
  const visible = await findSubtrees(db, roots, today());
  return date === today() ? visible : restrictTree(await findSubtrees(db, 'all', date), new Set(visible.map((n) => n.id)));
}

export async function getOrg(db: Db, caller: Caller, orgId: number, date: string): Promise<OrgView> {
  await assertCan(db, caller, orgId, 'org.read', today());
  return requireOrgAt(db, orgId, date);
}

/** For other modules: the organisation as of a date, without an access check. */
export async function requireOrgAt(db: Db, orgId: number, date: string): Promise<OrgView> {
  const org = await findOrgAt(db, orgId, date);
  if (!org) {
    throw notFound(`Tổ chức chưa thành lập vào ngày ${formatDateVi(date)}`);
  }
  return org;
}

export async function getOrgHistory(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'org.read', today());
  return findHistory(db, orgId);
}

export async function getGroups(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'members.read', today());
  return findGroups(db, orgId, lastLivingDay(await requireOrgRow(db, orgId)));
}

export async function getCategories(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'members.read', today());
  return categoriesOf(db, orgId);
}

/** For other modules: the kind codes of upper levels (they have unions, not members, below them). */
export function upperLevelKinds(db: Db): Promise<Set<string>> {
  return findUpperLevelKinds(db);
}

/** For other modules: every tổ công đoàn ever under the union (a member may stay in one that later closed). */
export function groupsEverOf(db: Db, unionId: number) {
  return findGroupsEver(db, unionId);
}

export async function categoriesOf(db: Db, orgId: number) {
  const org = await requireOrgRow(db, orgId);
  const version = await requireOrgAt(db, orgId, lastLivingDay(org));
  return findCategories(db, version.kind);
}

/** Refuses writes to a union that has ended: its records are read-only. */
export async function assertWritable(db: Db, orgId: number): Promise<void> {
  const org = await requireOrgRow(db, orgId);
  if (org.ended_on && org.ended_on <= today()) {
    throw new AppError(
      'ORG_ENDED',
      `Tổ chức đã kết thúc hoạt động từ ngày ${formatDateVi(org.ended_on)}: dữ liệu chỉ được xem và xuất, không sửa được`,
    );
  }
}

/** The kinds of organisation, for the pickers: data (org_kinds), not code. */
export async function listKinds(db: Db) {
  return findKinds(db);
}

/** Shown for any code already taken: it must not tell whether an organisation outside the caller's reach holds it. */
export const CODE_TAKEN = 'Mã này không dùng được, hãy chọn mã khác';

/**
 * A tổ công đoàn is its union's own business (its chairperson: org.profile); every other organisation is
 * created, changed and ended by the officers above it (org.manage).
 */
function managePermission(kind: OrgKindCode): Permission {
  return kind === 'union_group' ? 'org.profile' : 'org.manage';
}

export async function createOrg(db: Db, caller: Caller, input: z.infer<typeof createOrgRequest>): Promise<OrgView> {
  if (input.parentId === null) {
    if (!caller.isAdmin) {
      throw new AppError('FORBIDDEN', 'Chỉ quản trị hệ thống được tạo tổ chức cấp cao nhất; hãy chọn tổ chức cấp trên');
    }
    if (input.kind === 'union_group') {
      throw invalid('Tổ công đoàn phải thuộc một công đoàn cơ sở');
    }
  } else {
    // A chairperson adds tổ công đoàn to their union; other organisations need an upper-level officer.
    await assertCan(db, caller, input.parentId, managePermission(input.kind), today());
    await assertWritable(db, input.parentId);
    const parent = await findOrgAt(db, input.parentId, input.establishedOn);
    if (!parent) {
      throw invalid('Tổ chức cấp trên chưa tồn tại vào ngày thành lập');
    }
    assertParentFits(input.kind, parent);
  }
  await assertCodeFree(db, caller, input.code);
  const id = await db.transaction().execute(async (tx) => {
    const org = await tx
      .insertInto('organisations')
      .values({
        code: input.code, established_on: input.establishedOn, established_decision: input.establishedDecision,
        host_name: input.hostName, address: input.address, place_name: input.placeName,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('org_versions')
      .values({
        org_id: org.id, valid_from: input.establishedOn, name: input.name, short_name: input.shortName,
        kind: input.kind, parent_id: input.parentId,
      })
      .execute();
    await writeAudit(tx, { orgId: org.id, userId: caller.userId, action: 'create', entity: 'organisation', entityId: org.id, after: input });
    return org.id;
  });
  return requireOrgAt(db, id, input.establishedOn);
}

/** A tổ sits under a grassroots union; nothing sits under a tổ; a grassroots union sits under an upper level. */
function assertParentFits(kind: OrgKindCode, parent: OrgView) {
  if (parent.kind === 'union_group') {
    throw invalid('Không thể đặt tổ chức dưới một tổ công đoàn');
  }
  if (kind === 'union_group' && parent.isUpperLevel) {
    throw invalid('Tổ công đoàn chỉ thuộc công đoàn cơ sở, không thuộc công đoàn cấp trên');
  }
  if (kind !== 'union_group' && !parent.isUpperLevel) {
    throw invalid('Dưới công đoàn cơ sở chỉ có tổ công đoàn; hãy chọn công đoàn cấp trên');
  }
}

/**
 * Codes are unique across the system (the CLI and the demo find organisations by them), so a taken code is
 * refused with the same words whoever holds it; only an administrator, who sees everything, is told which.
 */
async function assertCodeFree(db: Db, caller: Caller, code: string) {
  const holder = await findOrgIdByCode(db, code);
  if (holder === null) {
    return;
  }
  if (caller.isAdmin) {
    const org = await findOrgAt(db, holder, lastLivingDay(await requireOrgRow(db, holder)));
    throw new AppError('CONFLICT', `Mã ${code} đã dùng cho ${org?.name ?? 'một tổ chức khác'}; hãy chọn mã khác`);
  }
  throw new AppError('CONFLICT', CODE_TAKEN);
}

/** A dated change: the version covering `from` is split there, so earlier dates keep the old values. */
export async function changeOrg(db: Db, caller: Caller, orgId: number, change: z.infer<typeof orgChangeRequest>) {
  const kind = await currentKind(db, caller, orgId);
  // The union's chairperson renames its tổ; a change of kind or parent needs the officers above.
  const renameOnly = change.kind === undefined && change.parentId === undefined;
  await assertCan(db, caller, orgId, renameOnly ? managePermission(kind) : 'org.manage', today());
  await assertWritable(db, orgId);
  const org = await requireOrgRow(db, orgId);
  if (change.from < org.established_on) {
    throw invalid('Ngày thay đổi trước ngày thành lập tổ chức');
  }
  if (change.parentId !== undefined) {
    await assertCan(db, caller, change.parentId, 'org.manage', today());
    await assertNoCycle(db, orgId, change.parentId, change.from);
    const parent = await findOrgAt(db, change.parentId, change.from);
    if (!parent) {
      throw invalid('Tổ chức cấp trên mới chưa tồn tại vào ngày thay đổi');
    }
    assertParentFits(change.kind ?? kind, parent);
  }
  await db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('org_versions')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('valid_from', '<=', change.from)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', change.from)]))
      .executeTakeFirstOrThrow();
    const next = {
      name: change.name ?? current.name,
      short_name: change.shortName ?? current.short_name,
      kind: change.kind ?? current.kind,
      parent_id: change.parentId ?? current.parent_id,
      change_note: change.note,
    };
    if (current.valid_from === change.from) {
      await tx.updateTable('org_versions').set(next).where('id', '=', current.id).execute();
    } else {
      await tx.updateTable('org_versions').set({ valid_to: change.from }).where('id', '=', current.id).execute();
      await tx
        .insertInto('org_versions')
        .values({ ...next, org_id: orgId, valid_from: change.from, valid_to: current.valid_to })
        .execute();
    }
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: change.parentId ? 'move' : 'rename', entity: 'organisation', entityId: orgId,
      before: { name: current.name, shortName: current.short_name, kind: current.kind, parentId: current.parent_id },
      after: { from: change.from, ...next },
    });
  });
  return findHistory(db, orgId);
}

const PROFILE_COLUMNS = {
  hostName: 'host_name', address: 'address', placeName: 'place_name', signerTitle: 'signer_title',
  signerName: 'signer_name', deputyTitle: 'deputy_title', deputyName: 'deputy_name',
  reportNumberSuffix: 'report_number_suffix', reportRecipients: 'report_recipients',
} as const satisfies Record<keyof z.infer<typeof orgProfileRequest>, keyof OrganisationsTable>;

/** Changes only the fields sent: an absent field keeps its value, an empty one is cleared. */
export async function updateOrgProfile(db: Db, caller: Caller, orgId: number, patch: z.infer<typeof orgProfileRequest>) {
  await assertCan(db, caller, orgId, 'org.profile', today());
  await assertWritable(db, orgId);
  const set: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(PROFILE_COLUMNS) as [keyof typeof PROFILE_COLUMNS, string][]) {
    if (patch[field] !== undefined) {
      set[column] = patch[field];
    }
  }
  if (Object.keys(set).length > 0) {
    await db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirstOrThrow();
      const before = Object.fromEntries(Object.keys(set).map((c) => [c, row[c as keyof typeof row]]));
      await tx.updateTable('organisations').set(set as Updateable<OrganisationsTable>).where('id', '=', orgId).execute();
      await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'organisation', entityId: orgId, before, after: set });
    });
  }
  return requireOrgAt(db, orgId, today());
}

/** Dissolution, merger or consolidation: memberships still open end on that date with the union. */
export async function endOrg(db: Db, caller: Caller, orgId: number, input: z.infer<typeof orgEndRequest>) {
  const kind = await currentKind(db, caller, orgId);
  await assertCan(db, caller, orgId, managePermission(kind), today());
  await assertWritable(db, orgId);
  const org = await requireOrgRow(db, orgId);
  if (input.on <= org.established_on) {
    throw invalid('Ngày kết thúc phải sau ngày thành lập');
  }
  if (input.successorId === orgId) {
    throw invalid('Tổ chức tiếp nhận phải là tổ chức khác');
  }
  if (input.reason !== 'dissolved' && input.successorId !== undefined) {
    await assertSuccessor(db, caller, kind, input.successorId, input.on);
  }
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('organisations')
      .set({
        ended_on: input.on, end_reason: input.reason, end_decision_number: input.decisionNumber,
        end_decision_date: input.decisionDate, end_decision_issuer: input.decisionIssuer,
        successor_id: input.successorId ?? null,
      })
      .where('id', '=', orgId)
      .execute();
    const ended = await sql<{ id: number }>`
      INSERT INTO member_status_events (org_id, member_id, kind, on_date, reason)
      SELECT m.org_id, m.id, 'ended_with_union', ${input.on}::date, ${`Công đoàn kết thúc theo quyết định ${input.decisionNumber}`}
      FROM members m
      WHERE m.org_id = ${orgId}
        AND (SELECT e.kind FROM member_status_events e WHERE e.org_id = m.org_id AND e.member_id = m.id AND e.on_date <= ${input.on}::date
             ORDER BY e.on_date DESC, e.id DESC LIMIT 1) IN ('admitted', 'transferred_in', 'resumed', 'suspended')
      RETURNING member_id AS id`.execute(tx);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'end', entity: 'organisation', entityId: orgId,
      after: { ...input, membershipsEnded: ended.rows.length },
    });
  });
  return requireOrgAt(db, orgId, addDays(input.on, -1));
}

/**
 * The organisation taking over after a merger or consolidation: one the caller may manage (any other is
 * "not found", as elsewhere), alive on that date, and of the same level (a tổ into a tổ).
 */
async function assertSuccessor(db: Db, caller: Caller, kind: OrgKindCode, successorId: number, on: string) {
  const successorKind = await currentKind(db, caller, successorId);
  await assertCan(db, caller, successorId, managePermission(successorKind), today());
  const row = await requireOrgRow(db, successorId);
  if (!(await findOrgAt(db, successorId, on)) || (row.ended_on !== null && row.ended_on <= on)) {
    throw invalid(`Tổ chức tiếp nhận không hoạt động vào ngày ${formatDateVi(on)}`);
  }
  if ((successorKind === 'union_group') !== (kind === 'union_group')) {
    throw invalid(kind === 'union_group' ? 'Tổ công đoàn chỉ sáp nhập vào một tổ công đoàn khác' : 'Tổ chức tiếp nhận không thể là một tổ công đoàn');
  }
}

/** The kind the organisation has today (or last had); a caller with no role over it only learns "not found". */
async function currentKind(db: Db, caller: Caller, orgId: number): Promise<OrgKindCode> {
  const row = await db.selectFrom('organisations').select(['id', 'ended_on']).where('id', '=', orgId).executeTakeFirst();
  const org = row ? await findOrgAt(db, orgId, lastLivingDay(row)) : null;
  if (!org) {
    throw notFound('Không tìm thấy tổ chức');
  }
  return org.kind;
}

/** For the report: organisations once above the union that had ended by `date`, under each name they had. */
export function endedAncestorsOf(db: Db, orgId: number, date: string) {
  return findEndedAncestors(db, orgId, date);
}

async function requireOrgRow(db: Db, orgId: number) {
  const org = await db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirst();
  if (!org) {
    throw notFound('Không tìm thấy tổ chức');
  }
  return org;
}

/** The last day an organisation existed, or today if it still does. */
function lastLivingDay(org: { ended_on: string | null }): string {
  const t = today();
  return org.ended_on && org.ended_on <= t ? addDays(org.ended_on, -1) : t;
}

async function assertNoCycle(db: Db, orgId: number, newParentId: number, date: string) {
  const { rows } = await sql<{ org_id: number }>`
    WITH RECURSIVE v AS (SELECT * FROM org_versions_at(${date}::date)),
    up AS (SELECT org_id, parent_id FROM v WHERE org_id = ${newParentId}
           UNION SELECT v.org_id, v.parent_id FROM v JOIN up ON v.org_id = up.parent_id)
    SELECT org_id FROM up WHERE org_id = ${orgId}`.execute(db);
  if (rows.length > 0) {
    throw invalid('Không thể chuyển tổ chức vào dưới chính nó hoặc tổ chức con của nó');
  }
}
