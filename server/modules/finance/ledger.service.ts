// The ledger: funds, receipts and payments posted once and never changed, reversals, balances and the cash book.
// Other modules (dues, welfare, campaigns) post through `postEntriesIn` inside their own transaction, so a welfare
// event and the payment that funded it are written together or not at all.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type {
  BalanceView, CashBookView, EntryInput, EntryView, FundInput, FundView,
} from '../../../shared/contracts/finance.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import type { Account } from './finance.tables.ts';
import {
  deleteEntryAttachment, findAccountBalanceBefore, findBalances, findEntries, findEntry, findFund, findFunds, insertEntry, insertEntryAttachment,
  insertFund, nextSeq,
} from './ledger.repo.ts';
import { findLinkableAttachment } from '../attachments/attachments.service.ts';

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';

export async function listFunds(db: Db, caller: Caller, orgId: number): Promise<{ items: FundView[] }> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return { items: await findFunds(db, orgId) };
}

export async function createFund(db: Db, caller: Caller, orgId: number, input: FundInput): Promise<{ id: number }> {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
  if (input.kind === 'voluntary' && input.monthlyAmount === null) {
    throw invalid('monthlyAmount: Quỹ tự nguyện cần mức đóng hằng tháng mỗi người');
  }
  try {
    return await db.transaction().execute(async (tx) => {
      const id = await insertFund(tx, orgId, input);
      await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'fund', entityId: id, after: input });
      return { id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('CONFLICT', `Mã quỹ «${input.code}» đã có`);
    }
    throw err;
  }
}

/** What another module posts: an entry without its number (given here) and, unless a reversal, a positive amount. */
export type NewEntry = Omit<EntryInput, 'account' | 'attachmentIds'> & { account?: Account; reversesId?: number | null; attachmentIds?: readonly number[] };

/**
 * Posts entries inside the caller's transaction, for any module: checks each fund (of this union, open on the date),
 * numbers each voucher in its kind and year, and writes one audit entry per voucher. No access check: the calling
 * service has done its own.
 */
export async function postEntriesIn(tx: Db, orgId: number, userId: number | null, entries: readonly NewEntry[]): Promise<EntryView[]> {
  const ids: number[] = [];
  for (const [i, e] of entries.entries()) {
    const fund = await findFund(tx, orgId, e.fundId);
    const where = entries.length > 1 ? `entries.${i}.` : '';
    if (!fund) {
      throw invalid(`${where}fundId: Không tìm thấy quỹ này trong sổ của công đoàn`);
    }
    if (e.entryDate < fund.openingOn || (fund.closedOn !== null && e.entryDate > fund.closedOn)) {
      throw invalid(`${where}entryDate: Ngày ${formatDateVi(e.entryDate)} ngoài thời gian mở sổ của quỹ «${fund.name}»`);
    }
    const year = Number(e.entryDate.slice(0, 4));
    const seq = await nextSeq(tx, orgId, e.direction, year);
    const id = await insertEntry(tx, orgId, {
      fundId: e.fundId, direction: e.direction, year, seq, entryDate: e.entryDate, account: e.account ?? 'cash',
      amount: e.amount, category: e.category, memberId: e.memberId, counterparty: e.counterparty, description: e.description,
      documentRef: e.documentRef, reversesId: e.reversesId ?? null,
    }, userId);
    for (const [k, attachmentId] of (e.attachmentIds ?? []).entries()) {
      if (!(await findLinkableAttachment(tx, orgId, attachmentId, 'voucher'))) {
        throw invalid(`${where}attachmentIds.${k}: Không tìm thấy tệp chứng từ này của công đoàn`);
      }
      await insertEntryAttachment(tx, orgId, id, attachmentId, userId);
    }
    await writeAudit(tx, { orgId, userId, action: 'create', entity: 'ledger_entry', entityId: id, after: { ...e, seq } });
    ids.push(id);
  }
  return findEntries(tx, orgId, { ids });
}

async function canPost(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
}

export async function postEntry(db: Db, caller: Caller, orgId: number, input: EntryInput): Promise<EntryView> {
  await canPost(db, caller, orgId);
  const [posted] = await db.transaction().execute((tx) => postEntriesIn(tx, orgId, caller.userId, [input]));
  return posted;
}

/** Ghi âm: a new voucher of the same fund and kind with the opposite amount, naming the one it reverses. */
export async function reverseEntry(
  db: Db, caller: Caller, orgId: number, entryId: number, input: { entryDate: string; reason: string },
): Promise<EntryView> {
  await canPost(db, caller, orgId);
  const original = await findEntry(db, orgId, entryId);
  if (!original) {
    throw notFound('Không tìm thấy chứng từ');
  }
  if (original.reversesId !== null) {
    throw invalid('Chứng từ này là chứng từ điều chỉnh: không điều chỉnh tiếp được');
  }
  if (original.reversedById !== null) {
    throw new AppError('CONFLICT', `Chứng từ ${original.number} đã được điều chỉnh`);
  }
  if (input.entryDate < original.entryDate) {
    throw invalid(`entryDate: Ngày điều chỉnh không trước ngày chứng từ gốc (${formatDateVi(original.entryDate)})`);
  }
  try {
    const [posted] = await db.transaction().execute((tx) => postEntriesIn(tx, orgId, caller.userId, [{
      fundId: original.fundId, direction: original.direction, entryDate: input.entryDate, account: original.account,
      amount: -original.amount, category: original.category, memberId: original.memberId, counterparty: original.counterparty,
      description: `Điều chỉnh ${original.number}: ${input.reason}`, documentRef: original.number, reversesId: original.id,
    }]));
    return posted;
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('CONFLICT', `Chứng từ ${original.number} đã được điều chỉnh`);
    }
    throw err;
  }
}

/** Chứng từ kèm theo added after posting (a scan made later): the voucher itself does not change. */
export async function attachToEntry(db: Db, caller: Caller, orgId: number, entryId: number, attachmentId: number): Promise<EntryView> {
  await canPost(db, caller, orgId);
  return db.transaction().execute(async (tx) => {
    const entry = await findEntry(tx, orgId, entryId);
    if (!entry) {
      throw notFound('Không tìm thấy chứng từ');
    }
    if (!(await findLinkableAttachment(tx, orgId, attachmentId, 'voucher'))) {
      throw invalid('attachmentId: Không tìm thấy tệp chứng từ này của công đoàn');
    }
    await insertEntryAttachment(tx, orgId, entryId, attachmentId, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'ledger_entry', entityId: entryId, after: { attached: attachmentId } });
    return (await findEntry(tx, orgId, entryId))!;
  });
}

/** A file linked to the wrong voucher is unlinked (the file stays; the audit log keeps the link). */
export async function detachFromEntry(db: Db, caller: Caller, orgId: number, entryId: number, attachmentId: number): Promise<EntryView> {
  await canPost(db, caller, orgId);
  return db.transaction().execute(async (tx) => {
    if (!(await deleteEntryAttachment(tx, orgId, entryId, attachmentId))) {
      throw notFound('Tệp này không kèm theo chứng từ đó');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'ledger_entry', entityId: entryId, before: { attached: attachmentId } });
    return (await findEntry(tx, orgId, entryId))!;
  });
}

export async function listEntries(
  db: Db, caller: Caller, orgId: number, q: { fundId?: number; account?: Account; from?: string; to?: string },
): Promise<{ items: EntryView[] }> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return { items: await findEntries(db, orgId, q) };
}

export async function getEntry(db: Db, caller: Caller, orgId: number, entryId: number): Promise<EntryView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  const entry = await findEntry(db, orgId, entryId);
  if (!entry) {
    throw notFound('Không tìm thấy chứng từ');
  }
  return entry;
}

export async function getBalances(db: Db, caller: Caller, orgId: number, date: string): Promise<BalanceView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return { date, funds: await findBalances(db, orgId, date) };
}

/** Sổ quỹ tiền mặt / sổ tiền gửi: every entry of the account in the period, with the running balance. */
export async function getCashBook(db: Db, caller: Caller, orgId: number, q: { account: Account; from: string; to: string }): Promise<CashBookView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  if (q.to < q.from) {
    throw invalid('to: Ngày cuối kỳ phải từ ngày đầu kỳ trở đi');
  }
  const [opening, entries] = await Promise.all([
    findAccountBalanceBefore(db, orgId, q.account, q.from), findEntries(db, orgId, { account: q.account, from: q.from, to: q.to }),
  ]);
  let balance = opening;
  const lines = entries.map((e) => {
    balance += e.direction === 'receipt' ? e.amount : -e.amount;
    return { ...e, balanceAfter: balance };
  });
  return { ...q, opening, closing: balance, lines };
}
