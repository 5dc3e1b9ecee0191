// A member entered by mistake: deleted by the chairperson while nothing refers to it, the whole record kept in the
// audit log, and restored from there. A member who really left is not deleted: "thôi sinh hoạt" is recorded instead.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { MemberDetail } from '../../../shared/contracts/members.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  deleteMemberRow, findCodeHolders, findLinkedUsernames, findMemberDeletion, insertMemberRecord, lockMemberForDelete, memberIdExists,
  snapshotMemberRecord, type MemberRecord,
} from './member-record.repo.ts';
import { requireMember } from './members.service.ts';

const useLeftInstead = 'Nếu người này đã rời công đoàn, hãy ghi "Thôi sinh hoạt" thay vì xoá.';

/** Deletes the member, its status events and children in one transaction; answers the audit entry that keeps them. */
export async function deleteMember(db: Db, caller: Caller, orgId: number, memberId: number): Promise<{ auditId: number }> {
  await assertCan(db, caller, orgId, 'members.delete', today());
  await assertWritable(db, orgId);
  const detail = await requireMember(db, orgId, memberId);
  try {
    return await db.transaction().execute(async (tx) => {
      // The row locked before the check: an account linked meanwhile waits for this transaction (users.repo.ts
      // lockMembersForLink), since users.member_id has no foreign key into members (migration 0035).
      await lockMemberForDelete(tx, orgId, memberId);
      const accounts = await findLinkedUsernames(tx, memberId);
      if (accounts.length > 0) {
        throw new AppError(
          'CONFLICT',
          `Không xoá được đoàn viên ${detail.fullName}: hồ sơ đang gắn với tài khoản đăng nhập ${accounts.join(', ')}. ` +
            `Gỡ liên kết tài khoản trước. ${useLeftInstead}`,
          { references: ['account'], suggest: 'left' },
        );
      }
      const record = (await snapshotMemberRecord(tx, orgId, memberId))!;
      await deleteMemberRow(tx, orgId, memberId);
      const { history, children, ...plain } = detail;
      await writeAudit(tx, {
        orgId, userId: caller.userId, action: 'delete', entity: 'member', entityId: memberId,
        before: { ...plain, history, children, _record: record },
      });
      const entry = await tx.selectFrom('audit_log').select('id').where('entity', '=', 'member')
        .where('entity_id', '=', String(memberId)).where('action', '=', 'delete').orderBy('id', 'desc').executeTakeFirstOrThrow();
      return { auditId: Number(entry.id) };
    });
  } catch (err) {
    // Another module's row still points at the member (a foreign key): nothing was deleted.
    if ((err as { code?: string } | null)?.code === '23503') {
      throw new AppError('CONFLICT', `Không xoá được đoàn viên ${detail.fullName}: hồ sơ còn được dùng ở nơi khác trong phần mềm. ${useLeftInstead}`,
        { references: ['other'], suggest: 'left' });
    }
    throw err;
  }
}

/** Puts a deleted member back, with the same id, events and children, unless its code has been taken since. */
export async function restoreMember(db: Db, caller: Caller, orgId: number, auditId: number): Promise<MemberDetail> {
  await assertCan(db, caller, orgId, 'members.delete', today());
  await assertWritable(db, orgId);
  const entry = await findMemberDeletion(db, orgId, auditId);
  const record = (entry?.before as { _record?: MemberRecord } | null)?._record;
  if (!entry || !record) {
    throw notFound('Không tìm thấy lần xoá đoàn viên này trong nhật ký');
  }
  const memberId = Number(record.member.id);
  const code = String(record.member.code);
  const fullName = String(record.member.full_name);
  if (await memberIdExists(db, memberId)) {
    throw new AppError('CONFLICT', `Đoàn viên ${fullName} đã được khôi phục trước đó`);
  }
  const holders = await findCodeHolders(db, orgId, code, (record.member.national_code as string | null) ?? null);
  if (holders.byCode) {
    throw new AppError('CONFLICT', `Không khôi phục được: mã đoàn viên "${code}" nay đã dùng cho ${holders.byCode.full_name}. ` +
      'Đổi mã của người đó trước rồi khôi phục lại.');
  }
  if (holders.byNational) {
    throw new AppError('CONFLICT', `Không khôi phục được: mã đoàn viên QLĐV "${String(record.member.national_code)}" nay đã được dùng.`);
  }
  await db.transaction().execute(async (tx) => {
    await insertMemberRecord(tx, record);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'restore', entity: 'member', entityId: memberId,
      after: { fullName, code, fromAuditId: auditId },
    });
  });
  return requireMember(db, orgId, memberId);
}
