import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../db/client.ts';
import type { Database, Role } from '../db/schema.ts';
import { forbidden, notFound } from './errors.ts';

export interface Caller {
  /** null for the command line, which acts as the system administrator. */
  userId: number | null;
  isAdmin: boolean;
  memberId: number | null;
}

export type Permission =
  | 'org.read'
  | 'org.profile'
  | 'org.manage'
  | 'members.read'
  | 'members.write'
  | 'members.delete'
  | 'audit.read'
  | 'reports.read'
  | 'reports.write'
  | 'reports.finalise'
  | 'reports.inbox'
  | 'users.manage'
  | 'emulation.read'
  | 'emulation.write'
  | 'emulation.decide'
  | 'emulation.recordDecision'
  | 'classification.thresholds'
  | 'finance.read'
  | 'finance.write'
  | 'finance.disclosure'
  | 'documents.read'
  | 'documents.write'
  | 'activities.read'
  | 'activities.write'
  | 'plans.read'
  | 'plans.write'
  | 'workforce.read'
  | 'workforce.write'
  | 'safety.read'
  | 'safety.write'
  | 'agreements.read'
  | 'agreements.write'
  | 'dialogue.read'
  | 'dialogue.write'
  | 'recruitment.read'
  | 'recruitment.write'
  | 'federation.read';

// Which roles grant what. A role on an organisation holds for everything below it in the tree of the day.
const grants: Record<Permission, readonly Role[]> = {
  'org.read': ['officer', 'chair', 'committee', 'treasurer'],
  'org.profile': ['officer', 'chair'],
  'org.manage': ['officer'],
  'members.read': ['officer', 'chair', 'committee', 'treasurer'],
  'members.write': ['chair', 'committee'],
  // A member entered by mistake is deleted (and restored from the audit log) by the chairperson only.
  'members.delete': ['chair'],
  'audit.read': ['officer', 'chair'],
  'reports.read': ['officer', 'chair', 'committee', 'treasurer'],
  'reports.write': ['chair', 'committee'],
  'reports.finalise': ['chair'],
  'reports.inbox': ['officer'],
  // Accounts and roles: which roles each may grant is decided in modules/accounts/reach.ts.
  'users.manage': ['officer', 'chair'],
  // Thi đua: the committee records registrations, ratings, initiatives, proposals; only the chairperson records decisions.
  'emulation.read': ['officer', 'chair', 'committee', 'treasurer'],
  'emulation.write': ['chair', 'committee'],
  'emulation.decide': ['chair'],
  // A decision is entered by the chairperson, or by an officer of the upper body that issued it (the union's grade).
  'emulation.recordDecision': ['officer', 'chair'],
  // Xếp loại CĐCS: an upper level sets the thresholds for the unions beneath it.
  'classification.thresholds': ['officer'],
  // Tài chính: the treasurer and the chairperson post receipts and payments; the committee and upper levels read.
  'finance.read': ['officer', 'chair', 'committee', 'treasurer'],
  'finance.write': ['chair', 'treasurer'],
  // Công khai tài chính: every member of the union reads it (on the notice board, and on their phone).
  'finance.disclosure': ['officer', 'chair', 'committee', 'treasurer', 'member'],
  // Văn bản chỉ đạo đến: the committee follows up the documents received; everyone who runs the union reads them.
  'documents.read': ['officer', 'chair', 'committee', 'treasurer'],
  'documents.write': ['chair', 'committee'],
  // Hoạt động, điểm danh, gia đình văn hóa: the committee keeps them; a member sees their own through /me.
  'activities.read': ['officer', 'chair', 'committee', 'treasurer'],
  'activities.write': ['chair', 'committee'],
  // Kế hoạch, chỉ tiêu: the committee sets the year's targets and records hand-read values; everyone who runs the union follows them.
  'plans.read': ['officer', 'chair', 'committee', 'treasurer'],
  'plans.write': ['chair', 'committee'],
  // Tình hình lao động: the committee enters the employer's figures; everyone who runs the union reads them.
  'workforce.read': ['officer', 'chair', 'committee', 'treasurer'],
  'workforce.write': ['chair', 'committee'],
  // An toàn lao động, tranh chấp: the committee keeps the records; everyone who runs the union reads them.
  'safety.read': ['officer', 'chair', 'committee', 'treasurer'],
  'safety.write': ['chair', 'committee'],
  // Thỏa ước lao động tập thể: the committee bargains and records the agreement; everyone who runs the union reads it.
  'agreements.read': ['officer', 'chair', 'committee', 'treasurer'],
  'agreements.write': ['chair', 'committee'],
  // Đối thoại, hội nghị người lao động: the committee keeps the records; everyone who runs the union reads them.
  'dialogue.read': ['officer', 'chair', 'committee', 'treasurer'],
  'dialogue.write': ['chair', 'committee'],
  // Phát triển đoàn viên: the committee sets the target and keeps the workers it reaches out to; everyone who runs the union reads them.
  'recruitment.read': ['officer', 'chair', 'committee', 'treasurer'],
  'recruitment.write': ['chair', 'committee'],
  // Tổng hợp các công đoàn trực thuộc (roll-up, its exports): the upper level's officers only, not a union's chairperson.
  'federation.read': ['officer'],
};

/** A role assignment holds on `date` when the date lies within its optional validity. */
export const roleValidOn = (date: string) => (eb: ExpressionBuilder<Database, 'role_assignments'>) =>
  eb.and([
    eb.or([eb('role_assignments.valid_from', 'is', null), eb('role_assignments.valid_from', '<=', date)]),
    eb.or([eb('role_assignments.valid_to', 'is', null), eb('role_assignments.valid_to', '>=', date)]),
  ]);

export const SYSTEM_CALLER: Caller = { userId: null, isAdmin: true, memberId: null };

/**
 * The caller's roles holding on the organisation on `date`: on it and on its ancestors in the tree of that date (an
 * ended one hangs where it ended), in one query.
 */
export async function rolesOn(db: Db, caller: Caller, orgId: number, date: string): Promise<Set<Role>> {
  if (caller.userId === null) {
    return new Set();
  }
  const { rows } = await sql<{ role: Role }>`
    WITH RECURSIVE v AS (SELECT * FROM org_versions_at(${date}::date)),
    up AS (
      SELECT org_id, parent_id FROM v WHERE org_id = ${orgId}
      UNION
      SELECT v.org_id, v.parent_id FROM v JOIN up ON v.org_id = up.parent_id
    )
    SELECT DISTINCT r.role FROM role_assignments r JOIN up ON up.org_id = r.org_id
    WHERE r.user_id = ${caller.userId}
      AND (r.valid_from IS NULL OR r.valid_from <= ${date}::date)
      AND (r.valid_to IS NULL OR r.valid_to >= ${date}::date)`.execute(db);
  return new Set(rows.map((r) => r.role));
}

/**
 * Throws unless the caller may do `permission` on the organisation today.
 * A caller with no role at all over it gets "not found", so another union's existence is not revealed.
 */
export async function assertCan(db: Db, caller: Caller, orgId: number, permission: Permission, date: string): Promise<void> {
  if (caller.isAdmin) {
    const exists = await db.selectFrom('organisations').select('id').where('id', '=', orgId).executeTakeFirst();
    if (!exists) {
      throw notFound('Không tìm thấy tổ chức');
    }
    return;
  }
  const roles = await rolesOn(db, caller, orgId, date);
  if (grants[permission].some((r) => roles.has(r))) {
    return;
  }
  throw roles.size > 0 ? forbidden() : notFound('Không tìm thấy tổ chức');
}
