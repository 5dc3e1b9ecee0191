// Công khai tài chính: a statement of a period's receipts and payments by fund and category, for the notice board
// (.docx, .xlsx) and for members' phones. Computed from the ledger; nothing is typed. And the record that a statement
// was made public (when, where), which the annual report reads.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import {
  categoryLabels, type DisclosureMadeInput, type DisclosureMadeView, type DisclosureView,
} from '../../../shared/contracts/finance.contract.ts';
import { getOwnMember } from '../members/members.service.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { canWriteFinance } from './contributions.service.ts';
import { deleteDisclosureMade, findCarried, findCategoryTotals, findDisclosuresMade, insertDisclosureMade } from './disclosure.repo.ts';

async function statement(db: Db, orgId: number, from: string, to: string): Promise<DisclosureView> {
  if (to < from) {
    throw invalid('to: Ngày cuối kỳ phải từ ngày đầu kỳ trở đi');
  }
  const [org, carried, totals] = await Promise.all([
    requireOrgAt(db, orgId, to).catch(() => requireOrgAt(db, orgId, today())), findCarried(db, orgId, from, to), findCategoryTotals(db, orgId, from, to),
  ]);
  const funds = carried.map((f) => {
    const lines = totals.filter((t) => t.fundId === f.fundId)
      .map((t) => ({ direction: t.direction, category: t.category, label: categoryLabels[t.category], amount: t.amount, count: t.count }));
    const sum = (d: 'receipt' | 'payment') => lines.filter((l) => l.direction === d).reduce((s, l) => s + l.amount, 0);
    const receipts = sum('receipt');
    const payments = sum('payment');
    return { fundId: f.fundId, name: f.name, kind: f.kind, opening: f.opening, receipts, payments, closing: f.opening + receipts - payments, lines };
  });
  const add = (k: 'opening' | 'receipts' | 'payments' | 'closing') => funds.reduce((s, f) => s + f[k], 0);
  return {
    org: { id: org.id, name: org.name }, from, to, funds,
    totals: { opening: add('opening'), receipts: add('receipts'), payments: add('payments'), closing: add('closing') },
  };
}

export async function getDisclosure(db: Db, caller: Caller, orgId: number, q: { from: string; to: string }): Promise<DisclosureView> {
  await assertCan(db, caller, orgId, 'finance.disclosure', today());
  return statement(db, orgId, q.from, q.to);
}

/** A member's own union's statement (the phone page). */
export async function getOwnDisclosure(db: Db, caller: Caller, q: { from: string; to: string }): Promise<DisclosureView> {
  const member = await getOwnMember(db, caller);
  return statement(db, member.orgId, q.from, q.to);
}

/** The statements of a year's periods made public, for every reader of the disclosure. */
export async function listDisclosuresMade(db: Db, caller: Caller, orgId: number, year: number): Promise<{ items: DisclosureMadeView[] }> {
  await assertCan(db, caller, orgId, 'finance.disclosure', today());
  return { items: await findDisclosuresMade(db, orgId, year) };
}

/** Đã công khai: the period's statement was made public on a day at a place (not in the future). */
export async function recordDisclosureMade(db: Db, caller: Caller, orgId: number, input: DisclosureMadeInput): Promise<{ id: number }> {
  await canWriteFinance(db, caller, orgId);
  if (input.publishedOn > today()) {
    throw invalid('publishedOn: Ngày công khai không được sau hôm nay');
  }
  return db.transaction().execute(async (tx) => {
    const id = await insertDisclosureMade(tx, orgId, input, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'finance_disclosure', entityId: id, after: input });
    return { id };
  });
}

export async function removeDisclosureMade(db: Db, caller: Caller, orgId: number, id: number): Promise<{ id: number }> {
  await canWriteFinance(db, caller, orgId);
  return db.transaction().execute(async (tx) => {
    const before = await deleteDisclosureMade(tx, orgId, id);
    if (!before) {
      throw notFound('Không tìm thấy lần công khai này');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'finance_disclosure', entityId: id, before });
    return { id };
  });
}
