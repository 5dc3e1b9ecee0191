// Tình hình lao động, việc làm of an enterprise union (issue 14, item 1): the figures per date, entered by the
// committee or imported from the employer's Excel (workforce-import.ts); read by the report (workforce.report.ts).
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { WorkforceInput, WorkforceListView, WorkforceView } from '../../../shared/contracts/workforce.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { deleteFigures, findFigures, findFiguresBetween, findFiguresOn, insertFigures, updateFigures } from './workforce.repo.ts';
import { workforceViews } from './workforce.view.ts';

const missing = 'Không tìm thấy số liệu lao động';

export async function listWorkforce(db: Db, caller: Caller, orgId: number, year: number): Promise<WorkforceListView> {
  await assertCan(db, caller, orgId, 'workforce.read', today());
  const rows = await findFiguresBetween(db, orgId, `${year}-01-01`, `${year}-12-31`);
  return { year, figures: await workforceViews(db, orgId, rows) };
}

export async function assertCanWriteWorkforce(db: Db, caller: Caller, orgId: number): Promise<void> {
  await assertCan(db, caller, orgId, 'workforce.write', today());
  await assertWritable(db, orgId);
}

async function viewOf(db: Db, orgId: number, id: number): Promise<WorkforceView> {
  const row = await findFigures(db, orgId, id);
  if (!row) {
    throw notFound(missing);
  }
  return (await workforceViews(db, orgId, [row]))[0];
}

async function assertDateFree(db: Db, orgId: number, asOf: string, exceptId: number | null) {
  const taken = await findFiguresOn(db, orgId, asOf);
  if (taken && taken.id !== exceptId) {
    throw new AppError('CONFLICT', `Đã có số liệu lao động ngày ${formatDateVi(asOf)}; hãy sửa số liệu đó`);
  }
}

export async function createWorkforce(db: Db, caller: Caller, orgId: number, input: WorkforceInput): Promise<WorkforceView> {
  await assertCanWriteWorkforce(db, caller, orgId);
  await assertDateFree(db, orgId, input.asOf, null);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertFigures(tx, orgId, input, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'workforce_figures', entityId: newId, after: input });
    return newId;
  });
  return viewOf(db, orgId, id);
}

export async function editWorkforce(db: Db, caller: Caller, orgId: number, id: number, input: WorkforceInput): Promise<WorkforceView> {
  await assertCanWriteWorkforce(db, caller, orgId);
  const before = await findFigures(db, orgId, id);
  if (!before) {
    throw notFound(missing);
  }
  await assertDateFree(db, orgId, input.asOf, id);
  await db.transaction().execute(async (tx) => {
    await updateFigures(tx, orgId, id, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'workforce_figures', entityId: id, before, after: input });
  });
  return viewOf(db, orgId, id);
}

/** Figures entered by mistake are deleted; the audit log keeps what they were. */
export async function removeWorkforce(db: Db, caller: Caller, orgId: number, id: number): Promise<void> {
  await assertCanWriteWorkforce(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const before = await findFigures(tx, orgId, id);
    if (!before) {
      throw notFound(missing);
    }
    await deleteFigures(tx, orgId, id);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'workforce_figures', entityId: id, before });
  });
}
