// Phát triển đoàn viên: the year's page (target, admissions per month, prospects by status) and the writes — the
// target, and the workers reached out to — each in a transaction with its audit entry. A prospect's name, phone and
// note are personal data kept only with consent (Nghị định 13/2023/NĐ-CP): the audit log never holds them, so a
// withdrawal that erases them leaves no copy behind.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import type {
  ConsentWithdrawalInput, ProspectInput, ProspectJoinedInput, ProspectView, RecruitmentTargetInput, RecruitmentTargetView, RecruitmentYearView,
} from '../../../shared/contracts/recruitment.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  countAdmittedByMonth, countProspects, deleteProspect, eraseProspect, findMemberOfUnion, findProspectOfMember, findProspectRow, findProspects,
  findTarget, insertProspect, linkProspectMember, updateProspect, upsertTarget, type ProspectRow,
} from './recruitment.repo.ts';

const MISSING = 'Không tìm thấy người lao động này trong danh sách phát triển đoàn viên';

/** The last day a year's figures count: today within the current year, its end for a past one. */
export const recruitmentAsOf = (year: number, now: string) => (now < `${year}-12-31` ? now : `${year}-12-31`);

/** admitted / target in per cent, one decimal. */
export const percentOf = (admitted: number, target: number) => Math.round((admitted * 1000) / target) / 10;

export async function getRecruitmentYear(db: Db, caller: Caller, orgId: number, year: number): Promise<RecruitmentYearView> {
  await assertCan(db, caller, orgId, 'recruitment.read', today());
  const asOf = recruitmentAsOf(year, today());
  const [target, admittedByMonth, prospectsByStatus] = await Promise.all([
    findTarget(db, orgId, year), countAdmittedByMonth(db, orgId, year, asOf), countProspects(db, orgId, asOf),
  ]);
  const admitted = admittedByMonth.reduce((s, n) => s + n, 0);
  return { year, asOf, target, admittedByMonth, admitted, percentOfTarget: target ? percentOf(admitted, target.newMembers) : null, prospectsByStatus };
}

export async function listProspects(db: Db, caller: Caller, orgId: number): Promise<ProspectView[]> {
  await assertCan(db, caller, orgId, 'recruitment.read', today());
  return findProspects(db, orgId);
}

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'recruitment.write', today());
  await assertWritable(db, orgId);
}

export async function setTarget(db: Db, caller: Caller, orgId: number, year: number, input: RecruitmentTargetInput): Promise<RecruitmentTargetView> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await findTarget(tx, orgId, year);
    await upsertTarget(tx, orgId, year, input, caller.userId);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: before ? 'update' : 'create', entity: 'recruitment_target', entityId: year, before: before ?? undefined,
      after: { year, ...input },
    });
  });
  return (await findTarget(db, orgId, year))!;
}

/** What the audit log keeps of a prospect: nothing that names or reaches the worker. */
const auditable = (d: Pick<ProspectInput, 'team' | 'consentOn' | 'status' | 'lastContactOn'>) =>
  ({ team: d.team, consentOn: d.consentOn, status: d.status, lastContactOn: d.lastContactOn });
const auditableRow = (r: ProspectRow) => ({
  team: r.team, consentOn: r.consent_on, status: r.status, lastContactOn: r.last_contact_on, memberId: r.member_id,
  consentWithdrawnOn: r.consent_withdrawn_on,
});

function checkDates(d: ProspectInput) {
  if (d.consentOn > today()) {
    throw invalid('consentOn: Ngày đồng ý không sau hôm nay');
  }
  if (d.lastContactOn !== null && d.lastContactOn > today()) {
    throw invalid('lastContactOn: Ngày tiếp cận gần nhất không sau hôm nay');
  }
}

async function viewOf(db: Db, orgId: number, id: number): Promise<ProspectView> {
  const [view] = await findProspects(db, orgId, { id });
  if (view === undefined) {
    throw notFound(MISSING);
  }
  return view;
}

async function requireRow(db: Db, orgId: number, id: number): Promise<ProspectRow> {
  const row = await findProspectRow(db, orgId, id);
  if (!row) {
    throw notFound(MISSING);
  }
  return row;
}

/** A record only with consent; withdrawn ones hold nothing to edit. */
function assertConsented(row: ProspectRow) {
  if (row.consent_withdrawn_on !== null) {
    throw invalid('consentWithdrawnOn: Người lao động đã rút lại sự đồng ý; thông tin đã được xóa và không ghi thêm được');
  }
}

export async function createProspect(db: Db, caller: Caller, orgId: number, input: ProspectInput): Promise<ProspectView> {
  await canWrite(db, caller, orgId);
  if (input.status === 'joined') {
    throw invalid('status: Chọn «Đã vào công đoàn» trên danh sách để gắn với đoàn viên đã kết nạp');
  }
  checkDates(input);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertProspect(tx, orgId, input, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'recruitment_prospect', entityId: newId, after: auditable(input) });
    return newId;
  });
  return viewOf(db, orgId, id);
}

/** Editing a joined prospect to another status unlinks the member (a link made by mistake). */
export async function editProspect(db: Db, caller: Caller, orgId: number, id: number, input: ProspectInput): Promise<ProspectView> {
  await canWrite(db, caller, orgId);
  const before = await requireRow(db, orgId, id);
  assertConsented(before);
  if (input.status === 'joined' && before.member_id === null) {
    throw invalid('status: Chọn «Đã vào công đoàn» trên danh sách để gắn với đoàn viên đã kết nạp');
  }
  checkDates(input);
  await db.transaction().execute(async (tx) => {
    await updateProspect(tx, orgId, id, input, input.status === 'joined' ? before.member_id : null);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'recruitment_prospect', entityId: id, before: auditableRow(before),
      after: auditable(input) });
  });
  return viewOf(db, orgId, id);
}

/** Đã vào công đoàn: the prospect becomes the member admitted in this union. */
export async function markJoined(db: Db, caller: Caller, orgId: number, id: number, input: ProspectJoinedInput): Promise<ProspectView> {
  await canWrite(db, caller, orgId);
  const before = await requireRow(db, orgId, id);
  assertConsented(before);
  const member = await findMemberOfUnion(db, orgId, input.memberId);
  if (!member) {
    throw invalid('memberId: Không tìm thấy đoàn viên này trong công đoàn');
  }
  const linked = await findProspectOfMember(db, orgId, input.memberId);
  if (linked !== undefined && linked !== id) {
    throw invalid('memberId: Đoàn viên này đã được gắn với một người lao động khác trong danh sách');
  }
  await db.transaction().execute(async (tx) => {
    await linkProspectMember(tx, orgId, id, member.id, member.joinedOn);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'link', entity: 'recruitment_prospect', entityId: id, before: auditableRow(before),
      after: { status: 'joined', memberId: member.id } });
  });
  return viewOf(db, orgId, id);
}

/** Rút lại sự đồng ý: the name, phone and note are erased at once; the row stays, anonymous, as a count. */
export async function withdrawConsent(db: Db, caller: Caller, orgId: number, id: number, input: ConsentWithdrawalInput): Promise<ProspectView> {
  await canWrite(db, caller, orgId);
  const before = await requireRow(db, orgId, id);
  assertConsented(before);
  if (input.withdrawnOn < before.consent_on) {
    throw invalid('withdrawnOn: Ngày rút lại sự đồng ý không trước ngày đồng ý');
  }
  if (input.withdrawnOn > today()) {
    throw invalid('withdrawnOn: Ngày rút lại sự đồng ý không sau hôm nay');
  }
  await db.transaction().execute(async (tx) => {
    await eraseProspect(tx, orgId, id, input.withdrawnOn);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'status', entity: 'recruitment_prospect', entityId: id, before: auditableRow(before),
      after: { consentWithdrawnOn: input.withdrawnOn, erased: ['fullName', 'phone', 'note'] } });
  });
  return viewOf(db, orgId, id);
}

/** A row entered by mistake is deleted; the audit log keeps only its non-personal fields. */
export async function removeProspect(db: Db, caller: Caller, orgId: number, id: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await findProspectRow(tx, orgId, id);
    if (!before) {
      throw notFound(MISSING);
    }
    await deleteProspect(tx, orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'recruitment_prospect', entityId: id, before: auditableRow(before) });
  });
}
