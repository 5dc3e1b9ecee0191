// An toàn vệ sinh lao động and tranh chấp lao động: the year's page (network, inspections, accidents with the support
// paid, disputes) and the writes of its four records, each in a transaction with its audit entry. References stay
// within the union: a member of it, a welfare event of it (whose payment is the accident's support).
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import type {
  LabourDisputeInput, LabourDisputeView, SafetyInspectionInput, SafetyInspectionView, SafetyOfficerInput, SafetyOfficerView, SafetyYearView,
  WorkAccidentInput, WorkAccidentView,
} from '../../../shared/contracts/safety.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  deleteRow, findAccidents, findDisputes, findInspections, findOfficers, findRow, insertAccident, insertDispute, insertInspection, insertOfficer,
  findAccidentOfWelfareEvent, memberExists, updateAccident, updateDispute, updateInspection, updateOfficer, welfareEventExists, type SafetyTable,
} from './safety.repo.ts';

export async function getSafetyYear(db: Db, caller: Caller, orgId: number, year: number): Promise<SafetyYearView> {
  await assertCan(db, caller, orgId, 'safety.read', today());
  const [officers, inspections, accidents, disputes] = await Promise.all([
    findOfficers(db, orgId), findInspections(db, orgId, { year }), findAccidents(db, orgId, { year }), findDisputes(db, orgId, { year }),
  ]);
  return { year, officers, inspections, accidents, disputes };
}

/** What differs between the four records: their table, audit name, checks and SQL. */
interface RecordKind<I, V> {
  table: SafetyTable;
  entity: string;
  missing: string;
  /** `id`: the record being edited, none when creating. */
  check(db: Db, orgId: number, input: I, id?: number): Promise<void>;
  insert(tx: Db, orgId: number, input: I): Promise<number>;
  update(tx: Db, orgId: number, id: number, input: I): Promise<void>;
  find(db: Db, orgId: number, id: number): Promise<V[]>;
}

async function checkMember(db: Db, orgId: number, memberId: number | null) {
  if (memberId !== null && !(await memberExists(db, orgId, memberId))) {
    throw invalid('memberId: Không tìm thấy đoàn viên này trong công đoàn');
  }
}

function checkNotFuture(field: string, date: string | null, what: string) {
  if (date !== null && date > today()) {
    throw invalid(`${field}: ${what} không sau hôm nay`);
  }
}

export const officerRecord: RecordKind<SafetyOfficerInput, SafetyOfficerView> = {
  table: 'safety_officers', entity: 'safety_officer', missing: 'Không tìm thấy an toàn vệ sinh viên',
  check: (db, orgId, d) => checkMember(db, orgId, d.memberId),
  insert: insertOfficer, update: updateOfficer, find: (db, orgId, id) => findOfficers(db, orgId, { id }),
};

export const inspectionRecord: RecordKind<SafetyInspectionInput, SafetyInspectionView> = {
  table: 'safety_inspections', entity: 'safety_inspection', missing: 'Không tìm thấy đợt kiểm tra',
  check: async (_db, _orgId, d) => {
    checkNotFuture('inspectedOn', d.inspectedOn, 'Ngày kiểm tra');
    checkNotFuture('doneOn', d.doneOn, 'Ngày khắc phục xong');
  },
  insert: insertInspection, update: updateInspection, find: (db, orgId, id) => findInspections(db, orgId, { id }),
};

export const accidentRecord: RecordKind<WorkAccidentInput, WorkAccidentView> = {
  table: 'work_accidents', entity: 'work_accident', missing: 'Không tìm thấy vụ tai nạn lao động',
  check: async (db, orgId, d, id) => {
    checkNotFuture('occurredOn', d.occurredOn, 'Ngày xảy ra tai nạn');
    await checkMember(db, orgId, d.memberId);
    if (d.welfareEventId === null) {
      return;
    }
    if (!(await welfareEventExists(db, orgId, d.welfareEventId))) {
      throw invalid('welfareEventId: Không tìm thấy khoản chăm lo, hỗ trợ này trong công đoàn');
    }
    const linked = await findAccidentOfWelfareEvent(db, orgId, d.welfareEventId);
    if (linked !== undefined && linked !== id) {
      throw invalid('welfareEventId: Khoản hỗ trợ này đã gắn với một vụ tai nạn lao động khác');
    }
  },
  insert: insertAccident, update: updateAccident, find: (db, orgId, id) => findAccidents(db, orgId, { id }),
};

export const disputeRecord: RecordKind<LabourDisputeInput, LabourDisputeView> = {
  table: 'labour_disputes', entity: 'labour_dispute', missing: 'Không tìm thấy vụ tranh chấp lao động',
  check: async (_db, _orgId, d) => {
    checkNotFuture('startedOn', d.startedOn, 'Ngày phát sinh');
    checkNotFuture('endedOn', d.endedOn, 'Ngày kết thúc');
  },
  insert: insertDispute, update: updateDispute, find: (db, orgId, id) => findDisputes(db, orgId, { id }),
};

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'safety.write', today());
  await assertWritable(db, orgId);
}

async function viewOf<I, V>(kind: RecordKind<I, V>, db: Db, orgId: number, id: number): Promise<V> {
  const [view] = await kind.find(db, orgId, id);
  if (view === undefined) {
    throw notFound(kind.missing);
  }
  return view;
}

export async function createRecord<I, V>(kind: RecordKind<I, V>, db: Db, caller: Caller, orgId: number, input: I): Promise<V> {
  await canWrite(db, caller, orgId);
  await kind.check(db, orgId, input);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await kind.insert(tx, orgId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: kind.entity, entityId: newId, after: input });
    return newId;
  });
  return viewOf(kind, db, orgId, id);
}

export async function editRecord<I, V>(kind: RecordKind<I, V>, db: Db, caller: Caller, orgId: number, id: number, input: I): Promise<V> {
  await canWrite(db, caller, orgId);
  const before = await findRow(db, kind.table, orgId, id);
  if (!before) {
    throw notFound(kind.missing);
  }
  await kind.check(db, orgId, input, id);
  await db.transaction().execute(async (tx) => {
    await kind.update(tx, orgId, id, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: kind.entity, entityId: id, before, after: input });
  });
  return viewOf(kind, db, orgId, id);
}

/** A record entered by mistake is deleted; the audit log keeps what it was (an accident's welfare event stays). */
export async function removeRecord<I, V>(kind: RecordKind<I, V>, db: Db, caller: Caller, orgId: number, id: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await findRow(tx, kind.table, orgId, id);
    if (!before) {
      throw notFound(kind.missing);
    }
    await deleteRow(tx, kind.table, orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: kind.entity, entityId: id, before });
  });
}
