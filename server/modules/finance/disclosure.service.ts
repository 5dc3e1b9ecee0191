// Công khai tài chính: a statement of a period's receipts and payments by fund and category, for the notice board
// (.docx, .xlsx) and for members' phones. Computed from the ledger; nothing is typed.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { invalid } from '../../core/errors.ts';
import { categoryLabels, type DisclosureView } from '../../../shared/contracts/finance.contract.ts';
import { getOwnMember } from '../members/members.service.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { findCarried, findCategoryTotals } from './disclosure.repo.ts';

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
