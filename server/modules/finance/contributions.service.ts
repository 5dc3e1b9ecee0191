// Quỹ tự nguyện (voluntary funds decided by the members, e.g. the tour fund at 50.000 đ/người/tháng): the month-by-member
// grid (a month is due when the member is active on its first day, the fund is open and the member has not opted
// out; it costs the amount in force that month), "collected for month …" posting one receipt (category voluntary) for
// everyone in the same transaction as the lines that say whose month it paid, and the participation rate. As with
// dues, reversing the receipt in the ledger makes the months unpaid again, and months not begun are 'upcoming'.
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import type {
  CollectMonthInput, CollectResult, ContributionGrid, ContributionRow, ContributionStatus, FundAmountInput, MyContributionsView, OptOutCorrection,
  OptOutInput,
} from '../../../shared/contracts/contributions.contract.ts';
import type { FundView } from '../../../shared/contracts/finance.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  deleteOptOut, findAmountChanges, findCampaigns, findOptOuts, findPaidLines, findVoluntaryFunds, insertLines, insertOptOut, updateOptOut,
  upsertAmountChange, type StoredAmountChange, type StoredOptOut,
} from './contributions.repo.ts';
import { monthsOf } from './dues-calc.ts';
import { findMemberName, findOrgOfMember, lockUnionDues } from './dues.repo.ts';
import { findFund } from './ledger.repo.ts';
import { postEntriesIn } from './ledger.service.ts';
import { findMembersActiveOn } from './member-months.repo.ts';
import { assertDistinct, monthLines, monthNow, monthStart, monthVi, percent } from './month-collection.ts';

type VoluntaryFund = FundView & { monthlyAmount: number };

export async function canWriteFinance(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
}

async function requireVoluntaryFund(db: Db, orgId: number, fundId: number): Promise<VoluntaryFund> {
  const fund = await findFund(db, orgId, fundId);
  if (!fund) {
    throw notFound('Không tìm thấy quỹ này trong sổ của công đoàn');
  }
  if (fund.kind !== 'voluntary' || fund.monthlyAmount === null) {
    throw invalid(`fundId: Quỹ «${fund.name}» không phải quỹ tự nguyện có mức đóng hằng tháng`);
  }
  return fund as VoluntaryFund;
}

const optedOutIn = (optOuts: readonly StoredOptOut[], memberId: number, month: string) => optOuts.some((o) =>
  o.memberId === memberId && o.fromMonth <= month.slice(0, 7) && (o.toMonth === null || month.slice(0, 7) <= o.toMonth));

/** The amount each month of `months` costs: the latest change from that month or before, else the opening amount. */
export function monthlyAmounts(fund: VoluntaryFund, changes: readonly StoredAmountChange[], months: readonly string[]): number[] {
  return months.map((month) => changes.filter((c) => c.fromMonth <= month.slice(0, 7)).at(-1)?.amount ?? fund.monthlyAmount);
}

/** The grid of a fund for a year (one member's row only when `memberId` is given), without an access check. */
async function computeGrid(db: Db, orgId: number, fund: VoluntaryFund, year: number, memberId?: number): Promise<ContributionGrid> {
  const months = monthsOf(year);
  const [members, optOuts, paid, changes] = await Promise.all([
    findMembersActiveOn(db, orgId, months, {
      memberId,
      alsoWhen: sql`EXISTS (SELECT 1 FROM fund_contributions c WHERE c.org_id = m.org_id AND c.member_id = m.id AND c.fund_id = ${fund.id}
        AND c.month BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 1))`,
    }),
    findOptOuts(db, orgId, fund.id, memberId), findPaidLines(db, orgId, [fund.id], year), findAmountChanges(db, orgId, fund.id),
  ]);
  const amounts = monthlyAmounts(fund, changes, months);
  const paidBy = new Map(paid.map((p) => [`${p.memberId}|${p.month}`, p]));
  const opening = monthStart(fund.openingOn.slice(0, 7));
  const open = (month: string) => month >= opening && (fund.closedOn === null || month <= fund.closedOn);
  const currentMonth = monthNow(today());
  const monthViews = months.map((month) => ({ month: month.slice(0, 7), due: 0, paid: 0, membersDue: 0, membersPaid: 0 }));
  let membersDue = 0;
  let membersFullyPaid = 0;
  let membersOptedOut = 0;
  const rows = members.map((m): ContributionRow => {
    const row: ContributionRow = { memberId: m.id, code: m.code, fullName: m.fullName, cells: [], due: 0, paid: 0, unpaid: 0 };
    let anyOptedOut = false;
    months.forEach((month, i) => {
      const payment = paidBy.get(`${m.id}|${month}`);
      const optedOut = open(month) && m.active[i] && optedOutIn(optOuts, m.id, month);
      const due = open(month) && m.active[i] && !optedOut;
      // A month not begun is shown with what it will cost (and may be collected in advance) but is not owed yet.
      const owed = due && month <= currentMonth;
      anyOptedOut ||= optedOut;
      let status: ContributionStatus = owed ? 'unpaid' : due ? 'upcoming' : optedOut ? 'opted_out' : 'not_due';
      if (due) {
        monthViews[i].due += amounts[i];
        monthViews[i].membersDue += 1;
      }
      if (owed) {
        row.due += amounts[i];
      }
      if (payment) {
        status = 'paid';
        row.paid += payment.amount;
        monthViews[i].paid += payment.amount;
        if (due) {
          monthViews[i].membersPaid += 1;
        }
      } else if (owed) {
        row.unpaid += amounts[i];
      }
      row.cells.push({
        month: month.slice(0, 7), status, amount: payment?.amount ?? (due ? amounts[i] : null),
        entryId: payment?.entryId ?? null, entryNumber: payment?.entryNumber ?? null,
      });
    });
    if (row.due > 0) {
      membersDue += 1;
      if (row.cells.every((c) => c.status !== 'unpaid')) {
        membersFullyPaid += 1;
      }
    }
    if (anyOptedOut) {
      membersOptedOut += 1;
    }
    return row;
  });
  const due = rows.reduce((s, r) => s + r.due, 0);
  const unpaid = rows.reduce((s, r) => s + r.unpaid, 0);
  const shownMonth = currentMonth < months[0] ? 0 : currentMonth > months[11] ? 11 : months.indexOf(currentMonth);
  return {
    fund: {
      id: fund.id, name: fund.name, openingOn: fund.openingOn, closedOn: fund.closedOn, monthlyAmount: amounts[shownMonth],
      amounts: [
        { id: null, fromMonth: fund.openingOn.slice(0, 7), amount: fund.monthlyAmount, decision: null },
        ...changes.map((c) => ({ id: c.id, fromMonth: c.fromMonth, amount: c.amount, decision: c.decision })),
      ],
    },
    year, months: monthViews, members: rows, optOuts,
    totals: {
      due, paid: rows.reduce((s, r) => s + r.paid, 0), unpaid,
      participationRate: percent(membersFullyPaid, membersDue), membersDue, membersFullyPaid, membersOptedOut,
    },
  };
}

export async function getContributionGrid(db: Db, caller: Caller, orgId: number, fundId: number, year: number): Promise<ContributionGrid> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return computeGrid(db, orgId, await requireVoluntaryFund(db, orgId, fundId), year);
}

/** Không tham gia quỹ từ tháng …: those months are no longer due for the member. */
export async function addOptOut(db: Db, caller: Caller, orgId: number, fundId: number, input: OptOutInput): Promise<{ id: number }> {
  await canWriteFinance(db, caller, orgId);
  await requireVoluntaryFund(db, orgId, fundId);
  if ((await findMemberName(db, orgId, input.memberId)) === null) {
    throw invalid('memberId: Không tìm thấy đoàn viên này trong công đoàn');
  }
  return db.transaction().execute(async (tx) => {
    const id = await insertOptOut(tx, orgId, fundId, {
      ...input, fromMonth: monthStart(input.fromMonth), toMonth: input.toMonth === null ? null : monthStart(input.toMonth),
    }, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'fund_opt_out', entityId: id, after: { fundId, ...input } });
    return { id };
  });
}

/** Ending (rejoining) or correcting an opt-out. */
export async function correctOptOut(
  db: Db, caller: Caller, orgId: number, fundId: number, optOutId: number, input: OptOutCorrection,
): Promise<{ id: number }> {
  await canWriteFinance(db, caller, orgId);
  await requireVoluntaryFund(db, orgId, fundId);
  return db.transaction().execute(async (tx) => {
    const before = await updateOptOut(tx, orgId, fundId, optOutId, {
      ...input, fromMonth: monthStart(input.fromMonth), toMonth: input.toMonth === null ? null : monthStart(input.toMonth),
    });
    if (!before) {
      throw notFound('Không tìm thấy lần không tham gia quỹ này');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'fund_opt_out', entityId: optOutId, before, after: { fundId, ...input } });
    return { id: optOutId };
  });
}

/** An opt-out entered by mistake (the audit log keeps it). */
export async function removeOptOut(db: Db, caller: Caller, orgId: number, fundId: number, optOutId: number): Promise<{ id: number }> {
  await canWriteFinance(db, caller, orgId);
  await requireVoluntaryFund(db, orgId, fundId);
  return db.transaction().execute(async (tx) => {
    const before = await deleteOptOut(tx, orgId, fundId, optOutId);
    if (!before) {
      throw notFound('Không tìm thấy lần không tham gia quỹ này');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'fund_opt_out', entityId: optOutId, before });
    return { id: optOutId };
  });
}

/**
 * Mức đóng mới từ tháng …: months from it cost the new amount; months already collected keep what was paid. A month
 * before the fund opened is refused (the opening amount is the fund's own).
 */
export async function setFundAmount(db: Db, caller: Caller, orgId: number, fundId: number, input: FundAmountInput): Promise<{ id: number }> {
  await canWriteFinance(db, caller, orgId);
  const fund = await requireVoluntaryFund(db, orgId, fundId);
  if (input.fromMonth <= fund.openingOn.slice(0, 7)) {
    throw invalid(`fromMonth: Mức đóng mới phải áp dụng từ sau tháng mở quỹ (${monthVi(fund.openingOn)})`);
  }
  return db.transaction().execute(async (tx) => {
    const { id, before } = await upsertAmountChange(tx, orgId, fundId, { ...input, fromMonth: monthStart(input.fromMonth) }, caller.userId);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: before ? 'update' : 'create', entity: 'fund_amount', entityId: id, before, after: { fundId, ...input },
    });
    return { id };
  });
}

/**
 * Đã thu quỹ tháng …: one receipt (category voluntary) into the fund for every member due and unpaid that month, or
 * those listed, and one line per member, in one transaction. A union's postings take turns (the dues' lock), so a
 * month is never collected twice.
 */
export async function collectMonth(db: Db, caller: Caller, orgId: number, fundId: number, input: CollectMonthInput): Promise<CollectResult> {
  await canWriteFinance(db, caller, orgId);
  const fund = await requireVoluntaryFund(db, orgId, fundId);
  assertDistinct(input.memberIds);
  const month = monthStart(input.month);
  return db.transaction().execute(async (tx) => {
    await lockUnionDues(tx, orgId);
    const grid = await computeGrid(tx, orgId, fund, Number(month.slice(0, 4)));
    const lines = await monthLines({
      rows: grid.members, month, memberIds: input.memberIds, collectable: ['unpaid', 'upcoming'], verb: 'đóng', what: `quỹ «${fund.name}»`,
      nameOf: (id) => findMemberName(tx, orgId, id),
    });
    const total = lines.reduce((s, l) => s + l.amount, 0);
    const [entry] = await postEntriesIn(tx, orgId, caller.userId, [{
      fundId, direction: 'receipt', entryDate: input.entryDate, account: input.account, amount: total, category: 'voluntary',
      memberId: lines.length === 1 ? lines[0].memberId : null, counterparty: null,
      description: `Thu ${fund.name} tháng ${monthVi(month)} của ${lines.length} đoàn viên`, documentRef: input.documentRef,
    }]);
    await insertLines(tx, orgId, fundId, entry.id, month, lines);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'create', entity: 'fund_contribution', entityId: entry.id,
      after: { fundId, month: input.month, entry: entry.number, total, lines },
    });
    return { entry, lines };
  });
}

/** The logged-in member's own months in each voluntary fund, and what they gave to the year's campaigns. */
export async function getMyContributions(db: Db, caller: Caller, year: number): Promise<MyContributionsView> {
  const orgId = caller.memberId ? await findOrgOfMember(db, caller.memberId) : null;
  if (!caller.memberId || orgId === null) {
    throw notFound('Tài khoản này không gắn với đoàn viên nào');
  }
  const memberId = caller.memberId;
  const [funds, campaigns] = await Promise.all([findVoluntaryFunds(db, orgId), findCampaigns(db, orgId, { year })]);
  const rows = await Promise.all(funds.map(async (f) => {
    const fund = await findFund(db, orgId, f.id);
    return (await computeGrid(db, orgId, fund as VoluntaryFund, year, memberId)).members[0] ?? null;
  }));
  const lines = (await findPaidLines(db, orgId, campaigns.map((c) => c.fundId))).filter((l) => l.memberId === memberId);
  return {
    year, orgId,
    funds: funds.map((f, i) => ({ fundId: f.id, name: f.name, monthlyAmount: f.monthlyAmount, row: rows[i] })),
    campaigns: campaigns.map((c) => ({
      fundId: c.fundId, name: c.name, launchedOn: c.launchedOn,
      amount: lines.filter((l) => l.fundId === c.fundId).reduce((s, l) => s + l.amount, 0),
    })),
  };
}
