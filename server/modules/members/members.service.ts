import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import type {
  childInput, MemberDetail, MemberInput, MemberListQuery, NewMemberInput, statusEventInput,
} from '../../../shared/contracts/members.contract.ts';
import { joinDateChange, memberDateIssues, statusEventProblem, type FieldIssue } from '../../../shared/contracts/member-rules.ts';
import { assertWritable, categoriesOf, groupsEverOf } from '../orgs/orgs.service.ts';
import { countMembersAt, countMembersByOrg, findMember, findMembers, insertMember, memberValues } from './members.repo.ts';

export async function listMembers(db: Db, caller: Caller, orgId: number, query: MemberListQuery) {
  await assertCan(db, caller, orgId, 'members.read', today());
  return findMembers(db, orgId, query, today());
}

export async function getMember(db: Db, caller: Caller, orgId: number, memberId: number): Promise<MemberDetail> {
  if (caller.memberId !== memberId) {
    await assertCan(db, caller, orgId, 'members.read', today());
  }
  return requireMember(db, orgId, memberId);
}

/** The logged-in member's own record (the member's phone page). */
export async function getOwnMember(db: Db, caller: Caller): Promise<MemberDetail> {
  if (!caller.memberId) {
    throw notFound('Tài khoản này không gắn với đoàn viên nào');
  }
  const row = await db.selectFrom('members').select('org_id').where('id', '=', caller.memberId).executeTakeFirstOrThrow();
  return requireMember(db, row.org_id, caller.memberId);
}

export async function getMemberStats(db: Db, caller: Caller, orgId: number, date: string) {
  await assertCan(db, caller, orgId, 'members.read', today());
  return countMembersAt(db, orgId, date);
}

/** For other modules (an upper level's list of unions): members and women per union on `date`, without an access check. */
export function memberCountsOf(db: Db, orgIds: readonly number[], date: string) {
  return countMembersByOrg(db, orgIds, date);
}

export async function createMember(db: Db, caller: Caller, orgId: number, input: NewMemberInput): Promise<MemberDetail> {
  await assertCan(db, caller, orgId, 'members.write', today());
  await assertWritable(db, orgId);
  assertNoIssues(memberDateIssues(input, today()));
  await assertMemberRefs(db, orgId, [input]);
  const id = await db.transaction().execute(async (tx) => {
    const memberId = await insertMember(tx, orgId, input, input.transferredInOn);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'member', entityId: memberId, after: input });
    return memberId;
  });
  return requireMember(db, orgId, id);
}

export async function updateMember(db: Db, caller: Caller, orgId: number, memberId: number, input: MemberInput) {
  await assertCan(db, caller, orgId, 'members.write', today());
  await assertWritable(db, orgId);
  const before = await requireMember(db, orgId, memberId);
  assertNoIssues(memberDateIssues(input, today()));
  await assertMemberRefs(db, orgId, [input]);
  // A corrected join date carries the admission event along, in the same transaction, or is refused.
  const change = joinDateChange(before.history, before.joinedOn, input.joinedOn);
  if ('problem' in change) {
    throw fieldInvalid([{ path: 'joinedOn', message: change.problem }]);
  }
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('members').set({ ...memberValues(input), updated_at: new Date() })
      .where('org_id', '=', orgId).where('id', '=', memberId).execute();
    if (change.move) {
      await tx.updateTable('member_status_events').set({ on_date: change.move.onDate })
        .where('member_id', '=', memberId).where('id', '=', change.move.id).execute();
    }
    const { history: _h, children: _c, ...plain } = before;
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'member', entityId: memberId, before: plain, after: input });
  });
  return requireMember(db, orgId, memberId);
}

export async function addStatusEvent(
  db: Db, caller: Caller, orgId: number, memberId: number, event: z.infer<typeof statusEventInput>,
) {
  await assertCan(db, caller, orgId, 'members.write', today());
  await assertWritable(db, orgId);
  const before = await requireMember(db, orgId, memberId);
  const problem = statusEventProblem(before.history, event, today());
  if (problem) {
    throw fieldInvalid([{ path: 'onDate', message: problem }]);
  }
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('member_status_events')
      .values({ org_id: orgId, member_id: memberId, kind: event.kind, on_date: event.onDate, reason: event.reason })
      .execute();
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'status', entity: 'member', entityId: memberId, before: { status: before.status }, after: event });
  });
  return requireMember(db, orgId, memberId);
}

export async function addChild(db: Db, caller: Caller, orgId: number, memberId: number, child: z.infer<typeof childInput>) {
  await assertCan(db, caller, orgId, 'members.write', today());
  await assertWritable(db, orgId);
  await requireMember(db, orgId, memberId);
  await db.transaction().execute(async (tx) => {
    const row = await tx.insertInto('member_children')
      .values({ org_id: orgId, member_id: memberId, full_name: child.fullName, birth_date: child.birthDate, sex: child.sex })
      .returning('id').executeTakeFirstOrThrow();
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'member_child', entityId: row.id, after: { memberId, ...child } });
  });
  return requireMember(db, orgId, memberId);
}

export async function removeChild(db: Db, caller: Caller, orgId: number, memberId: number, childId: number) {
  await assertCan(db, caller, orgId, 'members.write', today());
  await assertWritable(db, orgId);
  await db.transaction().execute(async (tx) => {
    const removed = await tx.deleteFrom('member_children')
      .where('org_id', '=', orgId).where('member_id', '=', memberId).where('id', '=', childId)
      .returningAll().executeTakeFirst();
    if (!removed) {
      throw notFound('Không tìm thấy con của đoàn viên');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'member_child', entityId: childId, before: removed });
  });
  return requireMember(db, orgId, memberId);
}

/** A refusal naming its fields, as the contract's own validation does (the form shows each on its field). */
export function fieldInvalid(issues: FieldIssue[]) {
  return invalid(`${issues[0].path}: ${issues[0].message}`, { issues });
}

function assertNoIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) {
    throw fieldInvalid(issues);
  }
}

export async function requireMember(db: Db, orgId: number, memberId: number): Promise<MemberDetail> {
  const m = await findMember(db, orgId, memberId, today());
  if (!m) {
    throw notFound('Không tìm thấy đoàn viên');
  }
  return m;
}

/** The category must be one the union's kind offers, the tổ one of the union's. */
export async function assertMemberRefs(db: Db, orgId: number, inputs: Pick<MemberInput, 'category' | 'groupId'>[]) {
  const categories = new Set((await categoriesOf(db, orgId)).map((c) => c.code));
  const groups = new Set((await groupsEverOf(db, orgId)).map((g) => g.id));
  for (const input of inputs) {
    if (!categories.has(input.category)) {
      throw new AppError('VALIDATION', 'category: Đối tượng này không áp dụng cho loại hình công đoàn của đơn vị');
    }
    if (input.groupId !== null && !groups.has(input.groupId)) {
      throw new AppError('VALIDATION', 'groupId: Tổ công đoàn không thuộc công đoàn này');
    }
  }
}
