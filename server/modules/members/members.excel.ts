import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import type { ImportMode, ImportResult, ImportRowError, MemberInput } from '../../../shared/contracts/members.contract.ts';
import { joinDateChange } from '../../../shared/contracts/member-rules.ts';
import type { MemberFilter } from './members.repo.ts';
import { assertWritable, categoriesOf, groupsEverOf, requireOrgAt } from '../orgs/orgs.service.ts';
import { findAllMembers } from './members.repo.ts';
import {
  type ChildRow, type ExistingMember, findChildren, findHistories, findMembersByCode, findNationalCodeHolders,
  insertAuditInBatches, insertMembersInBatches, moveStatusEvents, replaceChildren, updateMembersInBatches,
} from './member-import.repo.ts';
import { buildMemberTemplate } from './xlsx/member-template.ts';
import { maxListedErrors, parseMemberWorkbook, yieldToEventLoop } from './xlsx/member-import.ts';
import { exportMembersWorkbook } from './xlsx/member-export.ts';
import { type ChildValues, childrenText, type FieldChange, memberChanges, mergeRow } from './xlsx/member-diff.ts';

// Excel in and out of the member list: template, import (all rows valid or nothing), export.

async function lookups(db: Db, orgId: number) {
  const [categories, groups, org] = await Promise.all([
    categoriesOf(db, orgId), groupsEverOf(db, orgId), requireOrgAt(db, orgId, today()).catch(() => null),
  ]);
  return { categories, groups, orgName: org?.name ?? '' };
}

export async function memberTemplate(db: Db, caller: Caller, orgId: number): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'members.read', today());
  return buildMemberTemplate(await lookups(db, orgId));
}

export async function exportMembers(db: Db, caller: Caller, orgId: number, filter: MemberFilter): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'members.read', today());
  const date = today();
  const members = await findAllMembers(db, orgId, filter, date);
  const listed = new Set(members.map((m) => m.id));
  const children = (await findChildren(db, orgId)).filter((c) => listed.has(c.memberId));
  return exportMembersWorkbook(members, { ...(await lookups(db, orgId)), asOf: date, children });
}

export interface ImportOptions {
  dryRun: boolean;
  mode?: ImportMode;
}

const PREVIEW_ROWS = 500;
const joinedOnHeader = 'Ngày vào công đoàn';

interface PlannedRow {
  row: number;
  input: MemberInput;
  existing: ExistingMember | null;
  changes: FieldChange[];
  children: ChildValues[] | null;
}

/**
 * Streams and checks the whole file, compares it with the members already listed (by code), and writes nothing
 * unless every row is valid; then creates and updates in batches, in one transaction, with the audit log.
 * create: every code must be new; update: every code must exist; upsert: either.
 */
export async function importMembers(
  db: Db, caller: Caller, orgId: number, file: ArrayBuffer | Buffer, { dryRun, mode = 'create' }: ImportOptions,
): Promise<ImportResult> {
  await assertCan(db, caller, orgId, 'members.write', today());
  await assertWritable(db, orgId);
  const lists = await lookups(db, orgId);
  const parsed = await parseMemberWorkbook(file, { ...lists, today: today() });
  const errors: ImportRowError[] = [...parsed.errors];
  let errorCount = parsed.errorCount;
  const fail = (e: ImportRowError) => {
    errorCount += 1;
    errors.push(e);
  };
  const existing = await findMembersByCode(db, orgId, parsed.rows.map((r) => r.input.code));
  const labels = {
    categories: new Map(lists.categories.map((c) => [c.code as string, c.name])),
    groups: new Map(lists.groups.map((g) => [g.id, g.name])),
  };
  const childrenOf = groupChildren(parsed.children);
  const oldChildren = groupChildren((await findChildren(db, orgId, [...existing.values()].map((e) => e.id)))
    .map((c) => ({ memberCode: c.code, child: c })));
  await yieldToEventLoop();

  const plan: PlannedRow[] = [];
  for (const { row, input } of parsed.rows) {
    const found = existing.get(input.code) ?? null;
    if (found && mode === 'create') {
      fail({ row, column: 'Mã đoàn viên', message: `Mã đoàn viên "${input.code}" đã có trong danh sách của công đoàn (chọn "Cập nhật" để sửa đoàn viên đã có)` });
      continue;
    }
    if (!found && mode === 'update') {
      fail({ row, column: 'Mã đoàn viên', message: `Mã đoàn viên "${input.code}" chưa có trong danh sách của công đoàn (chế độ cập nhật chỉ sửa đoàn viên đã có)` });
      continue;
    }
    const merged = found ? mergeRow(found.input, input, parsed.presentFields) : input;
    const changes = found ? memberChanges(found.input, merged, labels) : [];
    const children = childrenOf.get(input.code) ?? null;
    if (found && children && childrenText(children) !== childrenText(oldChildren.get(input.code) ?? [])) {
      changes.push({ column: 'Con', field: 'children', from: childrenText(oldChildren.get(input.code) ?? []), to: childrenText(children) });
    }
    plan.push({ row, input: merged, existing: found, changes, children });
  }
  const moves = await admissionMoves(db, plan, fail);
  await refuseTakenNationalCodes(db, orgId, plan, fail);
  errors.sort((a, b) => Number(a.sheet !== undefined) - Number(b.sheet !== undefined) || a.row - b.row);

  const created = plan.filter((p) => !p.existing);
  const updated = plan.filter((p) => p.existing && p.changes.length > 0);
  const result: ImportResult = {
    valid: errorCount === 0,
    mode,
    rows: parsed.dataRows,
    imported: 0,
    created: created.length,
    updated: updated.length,
    unchanged: plan.length - created.length - updated.length,
    children: parsed.children.length,
    errorCount,
    errors: errors.slice(0, maxListedErrors),
    preview: [...updated, ...created, ...plan.filter((p) => p.existing && p.changes.length === 0)].slice(0, PREVIEW_ROWS).map((p) => ({
      row: p.row, code: p.input.code, fullName: p.input.fullName,
      action: !p.existing ? 'create' as const : p.changes.length > 0 ? 'update' as const : 'unchanged' as const,
      changes: p.changes.map(({ column, from, to }) => ({ column, from, to })),
    })),
  };
  if (!result.valid) {
    if (dryRun) {
      return result;
    }
    throw new AppError('VALIDATION', `Tệp có ${errorCount} lỗi; chưa nhập dòng nào`, result);
  }
  if (dryRun) {
    return result;
  }
  await db.transaction().execute(async (tx) => {
    const ids = await insertMembersInBatches(tx, orgId, created.map((p) => p.input), yieldToEventLoop);
    await updateMembersInBatches(tx, orgId, updated.map((p) => ({ id: p.existing!.id, input: p.input })), yieldToEventLoop);
    await moveStatusEvents(tx, moves);
    // Children: a member listed on the "Con" sheet gets exactly the children listed there; others keep theirs.
    const withChildren = plan.filter((p) => p.children !== null);
    const idOf = (p: PlannedRow) => p.existing?.id ?? ids.get(p.input.code)!;
    const childRows: ChildRow[] = withChildren.flatMap((p) => p.children!.map((c) => ({ ...c, memberId: idOf(p) })));
    await replaceChildren(tx, orgId, withChildren.filter((p) => p.existing).map(idOf), childRows);
    await insertAuditInBatches(tx, updated.map((p) => ({
      orgId, userId: caller.userId, action: 'update', entity: 'member', entityId: p.existing!.id,
      before: Object.fromEntries(p.changes.map((c) => [c.field, c.from])),
      after: Object.fromEntries(p.changes.map((c) => [c.field, c.to])),
    })));
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'import', entity: 'member', entityId: null,
      after: { mode, count: created.length + updated.length, created: created.map((p) => p.input.code), updated: updated.map((p) => p.input.code) },
    });
  });
  return { ...result, imported: created.length + updated.length };
}

function groupChildren(rows: readonly { memberCode: string; child: ChildValues }[]): Map<string, ChildValues[]> {
  const byCode = new Map<string, ChildValues[]>();
  for (const { memberCode, child } of rows) {
    byCode.set(memberCode, [...(byCode.get(memberCode) ?? []), { fullName: child.fullName, birthDate: child.birthDate, sex: child.sex }]);
  }
  return byCode;
}

/** A corrected join date moves the admission with it, by the member form's own rule (joinDateChange), or is refused. */
async function admissionMoves(db: Db, plan: PlannedRow[], fail: (e: ImportRowError) => void) {
  const moved = plan.filter((p) => p.existing && p.existing.input.joinedOn !== p.input.joinedOn);
  const histories = await findHistories(db, moved.map((p) => p.existing!.id));
  const moves: { memberId: number; id: number; onDate: string }[] = [];
  for (const p of moved) {
    const change = joinDateChange(histories.get(p.existing!.id) ?? [], p.existing!.input.joinedOn, p.input.joinedOn);
    if ('problem' in change) {
      fail({ row: p.row, column: joinedOnHeader, message: change.problem });
    } else if (change.move) {
      moves.push({ memberId: p.existing!.id, ...change.move });
    }
  }
  return moves;
}

/** A national code (mã QLĐV) held by another member of the union is refused on its row (it is unique per union). */
async function refuseTakenNationalCodes(db: Db, orgId: number, plan: PlannedRow[], fail: (e: ImportRowError) => void) {
  const holders = await findNationalCodeHolders(db, orgId, plan.flatMap((p) => (p.input.nationalCode ? [p.input.nationalCode] : [])));
  const holderOf = new Map(holders.map((h) => [h.national_code, h]));
  for (const p of plan) {
    const holder = p.input.nationalCode ? holderOf.get(p.input.nationalCode) : undefined;
    if (holder && holder.code !== p.input.code) {
      fail({ row: p.row, column: 'Mã đoàn viên QLĐV', message: `Mã đoàn viên QLĐV "${p.input.nationalCode}" đã được dùng cho một đoàn viên khác` });
    }
  }
}
