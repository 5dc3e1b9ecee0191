// Đoàn phí (member dues): each member's dues base, exemptions and the union's own rate; the month-by-member grid
// computed from them and the rules of each month (dues-calc.ts); "mark a month paid" posting one ledger receipt for
// everyone in the same transaction as the lines that say whose month it paid. A month is paid while its receipt is
// not reversed: reversing the receipt in the ledger makes the months unpaid again.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import type {
  CellStatus, DuesBaseInput, DuesGrid, DuesMemberRow, DuesMonthView, DuesSetupView, ExemptionCorrection, ExemptionInput, MarkPaidInput, MarkPaidResult, MyDuesView,
  UnionRateInput,
} from '../../../shared/contracts/dues.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { loadRuleSets, type LoadedRuleSet } from '../rules/rules.service.ts';
import type { ParameterValue } from '../rules/evaluate/parameters.ts';
import { basisPoints, capAmountOf, memberMonthDues, monthRule, monthsOf } from './dues-calc.ts';
import {
  deleteExemption, findDuesInputs, findGridMembers, findKindsByMonth, findMemberName, findOrgOfMember, findPaidMonths, findSetup, insertExemption,
  insertPayments, lockUnionDues, updateExemption, upsertBase, upsertUnionRate,
} from './dues.repo.ts';
import { findFund } from './ledger.repo.ts';
import { postEntriesIn } from './ledger.service.ts';
import { assertDistinct, monthLines, monthNow, monthStart, monthVi, percent as rate } from './month-collection.ts';

const shown = (p: ParameterValue | null) => (p ? { value: p.value, source: p.source, unverified: p.unverified } : null);

interface GridWork { grid: DuesGrid; kept: number }

/** The grid of a year (one member's row only when `memberId` is given), without an access check. */
async function computeGrid(db: Db, orgId: number, year: number, memberId?: number): Promise<DuesGrid> {
  return (await computeGridWithMembers(db, orgId, year, memberId)).grid;
}

/**
 * The grid of a year and the members it was built from (who was active in which month), without an access check:
 * for the annual report, which has checked access already and needs both.
 */
export async function computeGridWithMembers(db: Db, orgId: number, year: number, memberId?: number) {
  const months = monthsOf(year);
  const [sets, kinds, members, inputs, paid] = await Promise.all([
    loadRuleSets(db), findKindsByMonth(db, orgId, year), findGridMembers(db, orgId, year, memberId),
    findDuesInputs(db, orgId, months[11]), findPaidMonths(db, orgId, year),
  ]);
  return { grid: buildGrid(sets, year, months, kinds, members, inputs, paid).grid, members };
}

function buildGrid(
  sets: readonly LoadedRuleSet[], year: number, months: string[], kinds: (string | null)[],
  members: Awaited<ReturnType<typeof findGridMembers>>, inputs: Awaited<ReturnType<typeof findDuesInputs>>,
  paid: Awaited<ReturnType<typeof findPaidMonths>>,
): GridWork {
  const paidBy = new Map(paid.map((p) => [`${p.memberId}|${p.month}`, p]));
  const basesOf = groupByMember(inputs.bases);
  const exemptionsOf = groupByMember(inputs.exemptions);
  // One rule per month for every member (a rule set has many parameters to look through).
  const rules = months.map((month, i) => (kinds[i] === null ? null : monthRule(sets, kinds[i]!, month)));
  const monthViews: DuesMonthView[] = months.map((month, i) => {
    const rule = rules[i];
    return {
      month: month.slice(0, 7), orgKind: kinds[i],
      rule: {
        ratePercent: shown(rule?.rate ?? null), capAmount: rule ? capAmountOf(rule) : null, baseSalary: shown(rule?.baseSalary ?? null),
        fixedMinimumPercent: shown(rule?.fixedMinimum ?? null), keptSharePercent: shown(rule?.keptShare ?? null),
      },
      due: 0, paid: 0, membersDue: 0, membersPaid: 0,
    };
  });
  let kept = 0;
  let paidTotal = 0;
  let membersDue = 0;
  let membersFullyPaid = 0;
  let membersWithoutBase = 0;
  const debtors: DuesGrid['debtors'] = [];
  // Months not begun yet are shown with their amount but not owed: the current year's rates speak of months passed.
  const currentMonth = monthNow(today());
  const rows: DuesMemberRow[] = members.map((m) => {
    const mine = { bases: basesOf.get(m.id) ?? [], exemptions: exemptionsOf.get(m.id) ?? [], unionRates: inputs.unionRates };
    const row: DuesMemberRow = { memberId: m.id, code: m.code, fullName: m.fullName, cells: [], due: 0, paid: 0, unpaid: 0 };
    const unpaidMonths: string[] = [];
    let lacksBase = false;
    months.forEach((month, i) => {
      const d = memberMonthDues(sets, { month, orgKind: kinds[i], active: m.active[i], ...mine, rule: rules[i] ?? undefined });
      const payment = paidBy.get(`${m.id}|${month}`);
      let status: CellStatus;
      let amount: number | null = null;
      if (d.status === 'due' && !payment && month > currentMonth) {
        // The month's column still shows what it will collect (and offers to collect it in advance).
        amount = d.amount;
        status = 'upcoming';
        monthViews[i].due += d.amount;
        monthViews[i].membersDue += 1;
      } else if (d.status === 'due') {
        amount = d.amount;
        status = payment ? 'paid' : 'unpaid';
        row.due += d.amount;
        monthViews[i].due += d.amount;
        monthViews[i].membersDue += 1;
        if (payment) {
          row.paid += payment.amount;
          monthViews[i].paid += payment.amount;
          monthViews[i].membersPaid += 1;
          // The share kept, on what the month costs; a payment of another amount (the rule changed since) counts as paid.
          kept += d.kept ?? d.amount;
        } else {
          unpaidMonths.push(month.slice(0, 7));
        }
      } else {
        status = payment ? 'paid' : d.status;
        lacksBase ||= d.status === 'no_base';
        if (payment) {
          // Paid, though nothing is due by today's records (an exemption entered afterwards): shown and counted.
          amount = payment.amount;
          row.paid += payment.amount;
          monthViews[i].paid += payment.amount;
          kept += payment.amount;
        }
      }
      row.cells.push({ month: month.slice(0, 7), status, amount, entryId: payment?.entryId ?? null, entryNumber: payment?.entryNumber ?? null });
    });
    row.unpaid = Math.max(0, row.due - row.paid);
    paidTotal += row.paid;
    if (row.due > 0) {
      membersDue += 1;
      if (unpaidMonths.length === 0) {
        membersFullyPaid += 1;
      }
    }
    if (unpaidMonths.length > 0) {
      debtors.push({
        memberId: m.id, fullName: m.fullName, months: unpaidMonths,
        amount: row.cells.filter((c) => c.status === 'unpaid').reduce((s, c) => s + (c.amount ?? 0), 0),
      });
    }
    if (lacksBase) {
      membersWithoutBase += 1;
    }
    return row;
  });
  const due = rows.reduce((s, r) => s + r.due, 0);
  const unpaid = debtors.reduce((s, d) => s + d.amount, 0);
  const paidDue = due - unpaid;
  return {
    kept,
    grid: {
      year, months: monthViews, members: rows, debtors,
      totals: {
        due, paid: paidTotal, unpaid, rateByAmount: rate(paidDue, due), rateByMembers: rate(membersFullyPaid, membersDue),
        membersDue, membersFullyPaid, membersWithoutBase, kept, toRemit: paidTotal - kept,
      },
    },
  };
}

/** Rows by member, each member's in the order given. */
function groupByMember<T extends { memberId: number }>(rows: readonly T[]): Map<number, T[]> {
  const by = new Map<number, T[]>();
  for (const r of rows) {
    const mine = by.get(r.memberId);
    if (mine) {
      mine.push(r);
    } else {
      by.set(r.memberId, [r]);
    }
  }
  return by;
}

export async function getDuesGrid(db: Db, caller: Caller, orgId: number, year: number): Promise<DuesGrid> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return computeGrid(db, orgId, year);
}

/** The logged-in member's own dues for a year (their phone page). */
export async function getMyDues(db: Db, caller: Caller, year: number): Promise<MyDuesView> {
  const orgId = caller.memberId ? await findOrgOfMember(db, caller.memberId) : null;
  if (!caller.memberId || orgId === null) {
    throw notFound('Tài khoản này không gắn với đoàn viên nào');
  }
  const grid = await computeGrid(db, orgId, year, caller.memberId);
  return { year, orgId, months: grid.months.map(({ month, rule }) => ({ month, rule })), row: grid.members[0] ?? null };
}

export async function getDuesSetup(db: Db, caller: Caller, orgId: number): Promise<DuesSetupView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return findSetup(db, orgId);
}

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
}

async function requireMemberName(db: Db, orgId: number, memberId: number): Promise<string> {
  const name = await findMemberName(db, orgId, memberId);
  if (name === null) {
    throw invalid('memberId: Không tìm thấy đoàn viên này trong công đoàn');
  }
  return name;
}

/** Tiền lương làm căn cứ đóng đoàn phí, or a fixed amount, from a month (again for the same month: replaced). */
export async function setDuesBase(db: Db, caller: Caller, orgId: number, input: DuesBaseInput): Promise<{ id: number }> {
  await canWrite(db, caller, orgId);
  await requireMemberName(db, orgId, input.memberId);
  const value = { ...input, fromMonth: monthStart(input.fromMonth) };
  return db.transaction().execute(async (tx) => {
    const { id, before } = await upsertBase(tx, orgId, value, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: before ? 'update' : 'create', entity: 'dues_base', entityId: id, before, after: input });
    return { id };
  });
}

export async function addExemption(db: Db, caller: Caller, orgId: number, input: ExemptionInput): Promise<{ id: number }> {
  await canWrite(db, caller, orgId);
  await requireMemberName(db, orgId, input.memberId);
  return db.transaction().execute(async (tx) => {
    const id = await insertExemption(tx, orgId, {
      ...input, fromMonth: monthStart(input.fromMonth), toMonth: input.toMonth === null ? null : monthStart(input.toMonth),
    }, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'dues_exemption', entityId: id, after: input });
    return { id };
  });
}

/** Ending an exemption (its last month) or correcting one entered wrong. */
export async function correctExemption(db: Db, caller: Caller, orgId: number, exemptionId: number, input: ExemptionCorrection): Promise<{ id: number }> {
  await canWrite(db, caller, orgId);
  return db.transaction().execute(async (tx) => {
    const before = await updateExemption(tx, orgId, exemptionId, {
      ...input, fromMonth: monthStart(input.fromMonth), toMonth: input.toMonth === null ? null : monthStart(input.toMonth),
    });
    if (!before) {
      throw notFound('Không tìm thấy lần miễn đóng đoàn phí này');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'dues_exemption', entityId: exemptionId, before, after: input });
    return { id: exemptionId };
  });
}

/** An exemption entered by mistake (the audit log keeps it). */
export async function removeExemption(db: Db, caller: Caller, orgId: number, exemptionId: number): Promise<{ id: number }> {
  await canWrite(db, caller, orgId);
  return db.transaction().execute(async (tx) => {
    const before = await deleteExemption(tx, orgId, exemptionId);
    if (!before) {
      throw notFound('Không tìm thấy lần miễn đóng đoàn phí này');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'dues_exemption', entityId: exemptionId, before });
    return { id: exemptionId };
  });
}

/** The union's own higher rate: only where the rules of that month allow one, and above the rule's rate. */
export async function setUnionRate(db: Db, caller: Caller, orgId: number, input: UnionRateInput): Promise<{ id: number }> {
  await canWrite(db, caller, orgId);
  const month = monthStart(input.fromMonth);
  const year = Number(month.slice(0, 4));
  const kind = (await findKindsByMonth(db, orgId, year))[Number(month.slice(5, 7)) - 1];
  const rule = kind === null ? null : monthRule(await loadRuleSets(db), kind, month);
  if (!rule?.unionRateAllowed) {
    throw invalid(`fromMonth: Chỉ công đoàn cơ sở doanh nghiệp và đơn vị sự nghiệp tự chủ được quy định mức đóng đoàn phí cao hơn (theo quy định áp dụng tháng ${monthVi(month)})`);
  }
  const rateBp = basisPoints(input.ratePercent);
  if (rule.rate && rateBp <= basisPoints(rule.rate.value)) {
    throw invalid(`ratePercent: Mức của công đoàn phải cao hơn mức chung (${String(rule.rate.value).replace('.', ',')} %)`);
  }
  return db.transaction().execute(async (tx) => {
    const id = await upsertUnionRate(tx, orgId, { ...input, fromMonth: month, rateBp }, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'dues_union_rate', entityId: id, after: input });
    return { id };
  });
}

/**
 * Đã thu đoàn phí tháng …: one receipt (category dues) for every member due and unpaid that month, or those listed,
 * and one line per member, in one transaction. Postings of a union take turns, so a month is never collected twice.
 */
export async function markMonthPaid(db: Db, caller: Caller, orgId: number, input: MarkPaidInput): Promise<MarkPaidResult> {
  await canWrite(db, caller, orgId);
  const fund = await findFund(db, orgId, input.fundId);
  if (!fund) {
    throw invalid('fundId: Không tìm thấy quỹ này trong sổ của công đoàn');
  }
  if (fund.kind !== 'union_finance') {
    throw invalid(`fundId: Đoàn phí thu vào quỹ kinh phí, đoàn phí của công đoàn, không vào quỹ «${fund.name}»`);
  }
  assertDistinct(input.memberIds);
  const month = monthStart(input.month);
  return db.transaction().execute(async (tx) => {
    await lockUnionDues(tx, orgId);
    const grid = await computeGrid(tx, orgId, Number(month.slice(0, 4)));
    const lines = await monthLines({
      rows: grid.members, month, memberIds: input.memberIds, collectable: ['unpaid', 'upcoming'], verb: 'nộp', what: 'đoàn phí',
      nameOf: (id) => findMemberName(tx, orgId, id),
    });
    const total = lines.reduce((s, l) => s + l.amount, 0);
    const [entry] = await postEntriesIn(tx, orgId, caller.userId, [{
      fundId: input.fundId, direction: 'receipt', entryDate: input.entryDate, account: input.account, amount: total, category: 'dues',
      memberId: lines.length === 1 ? lines[0].memberId : null, counterparty: null,
      description: `Thu đoàn phí tháng ${monthVi(month)} của ${lines.length} đoàn viên`, documentRef: input.documentRef,
    }]);
    await insertPayments(tx, orgId, month, entry.id, lines);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'create', entity: 'dues_payment', entityId: entry.id,
      after: { month: input.month, entry: entry.number, total, lines },
    });
    return { entry, lines };
  });
}
