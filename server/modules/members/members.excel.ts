import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import type { ImportResult } from '../../../shared/contracts/members.contract.ts';
import type { MemberFilter } from './members.repo.ts';
import { assertWritable, categoriesOf, groupsEverOf, requireOrgAt } from '../orgs/orgs.service.ts';
import { findAllMembers, insertMember } from './members.repo.ts';
import { memberDateIssues } from '../../../shared/contracts/member-rules.ts';
import { memberColumns } from './xlsx/columns.ts';
import { buildMemberTemplate } from './xlsx/member-template.ts';
import { parseMemberWorkbook } from './xlsx/member-import.ts';
import { exportMembersWorkbook } from './xlsx/member-export.ts';

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
  return exportMembersWorkbook(members, { ...(await lookups(db, orgId)), asOf: date });
}

/** Validates every row first; imports nothing unless all are valid, then all in one transaction. */
export async function importMembers(
  db: Db, caller: Caller, orgId: number, file: ArrayBuffer, dryRun: boolean,
): Promise<ImportResult> {
  await assertCan(db, caller, orgId, 'members.write', today());
  await assertWritable(db, orgId);
  const { rows, errors } = await parseMemberWorkbook(file, await lookups(db, orgId));
  const codes = rows.map((r) => r.input.code);
  const existing = codes.length
    ? await db.selectFrom('members').select('code').where('org_id', '=', orgId).where('code', 'in', codes).execute()
    : [];
  const taken = new Set(existing.map((e) => e.code));
  const headerOf = (field: string) => memberColumns.find((c) => c.field === field)?.header ?? field;
  for (const r of rows) {
    if (taken.has(r.input.code)) {
      errors.push({ row: r.row, column: 'Mã đoàn viên', message: `Mã đoàn viên "${r.input.code}" đã có trong danh sách của công đoàn` });
    }
    // The same date rules as the member form: birth before joining and not in the future, joining at most a year ahead.
    for (const issue of memberDateIssues(r.input, today())) {
      errors.push({ row: r.row, column: headerOf(issue.path), message: issue.message });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const result: ImportResult = {
    valid: errors.length === 0,
    rows: rows.length + new Set(errors.map((e) => e.row)).size - countValidRowsWithErrors(rows, errors),
    imported: 0,
    errors,
    preview: rows.slice(0, 200).map((r) => ({ row: r.row, code: r.input.code, fullName: r.input.fullName })),
  };
  if (dryRun || !result.valid) {
    if (!dryRun) {
      throw new AppError('VALIDATION', `Tệp có ${errors.length} lỗi; chưa nhập dòng nào`, result);
    }
    return result;
  }
  await db.transaction().execute(async (tx) => {
    for (const r of rows) {
      await insertMember(tx, orgId, r.input);
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'import', entity: 'member', entityId: null, after: { count: rows.length, codes } });
  });
  return { ...result, imported: rows.length };
}

/** Rows that parsed but then failed a database check are counted once, not twice. */
function countValidRowsWithErrors(rows: { row: number }[], errors: { row: number }[]): number {
  const errorRows = new Set(errors.map((e) => e.row));
  return rows.filter((r) => errorRows.has(r.row)).length;
}
