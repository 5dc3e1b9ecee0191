import type { Db } from '../db/client.ts';
import { loadRuleSets } from '../modules/rules/rules.service.ts';
import { memberMonthDues } from '../modules/finance/dues-calc.ts';
import { findDuesInputs, findGridMembers, findKindsByMonth, findPaidMonths, insertPayments, upsertBase } from '../modules/finance/dues.repo.ts';
import { postEntriesIn } from '../modules/finance/ledger.service.ts';

// The demo's dues, written the way the dues service writes them (its repository and the ledger's postEntriesIn),
// inside the demo's one transaction, where the service's own transactions cannot open. Amounts are never typed: each
// month costs what the calculator says under the rules of that month.

/** Sets each member's dues base (social-insurance salary) from a month, as "Lương đóng BHXH" on the dues page. */
export async function setDemoBases(
  tx: Db, orgId: number, rows: readonly { memberId: number; fromMonth: string; amount: number; note?: string }[],
): Promise<void> {
  for (const r of rows) {
    await upsertBase(tx, orgId, { memberId: r.memberId, fromMonth: `${r.fromMonth}-01`, kind: 'insurance_salary', amount: r.amount, note: r.note ?? null }, null);
  }
}

export interface CollectedMonth { entryId: number; total: number; kept: number; lines: number }

/**
 * "Đã thu đoàn phí tháng …" for every member due and unpaid that month: one receipt and its lines, as markMonthPaid
 * does. Returns the receipt, its total and the share the union keeps (the rest is remitted upward).
 */
export async function collectDemoDuesMonth(
  tx: Db, orgId: number, fundId: number, month: string, entryDate: string,
): Promise<CollectedMonth> {
  const first = `${month}-01`;
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1;
  const [sets, kinds, members, inputs, paid] = await Promise.all([
    loadRuleSets(tx), findKindsByMonth(tx, orgId, year), findGridMembers(tx, orgId, year), findDuesInputs(tx, orgId, first),
    findPaidMonths(tx, orgId, year),
  ]);
  const paidKeys = new Set(paid.map((p) => `${p.memberId}|${p.month}`));
  const lines: { memberId: number; amount: number }[] = [];
  let kept = 0;
  for (const m of members) {
    const d = memberMonthDues(sets, {
      month: first, orgKind: kinds[index], active: m.active[index],
      bases: inputs.bases.filter((b) => b.memberId === m.id), exemptions: inputs.exemptions.filter((e) => e.memberId === m.id),
      unionRates: inputs.unionRates,
    });
    if (d.status === 'no_rule') {
      throw new Error(`Dữ liệu mẫu: thiếu quy định đoàn phí tháng ${month} (${d.missing})`);
    }
    if (d.status === 'due' && !paidKeys.has(`${m.id}|${first}`)) {
      lines.push({ memberId: m.id, amount: d.amount });
      kept += d.kept ?? d.amount;
    }
  }
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const [entry] = await postEntriesIn(tx, orgId, null, [{
    fundId, direction: 'receipt', entryDate, account: 'cash', amount: total, category: 'dues', memberId: null, counterparty: null,
    description: `Thu đoàn phí tháng ${month.slice(5, 7)}/${month.slice(0, 4)} của ${lines.length} đoàn viên`, documentRef: null,
  }]);
  await insertPayments(tx, orgId, first, entry.id, lines);
  return { entryId: entry.id, total, kept, lines: lines.length };
}
