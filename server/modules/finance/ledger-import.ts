// Moving a treasurer's Excel cash book in (issue 12, item 8): one row per voucher — date, fund, receipt or payment
// amount, category, who paid or received, what for. Every row is checked through the one import pipeline
// (core/xlsx); nothing is posted unless every row is good, then all rows are posted in date order in one transaction,
// numbered anew (the old number is kept as the attached document's reference).
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { openImportWorkbook } from '../../core/xlsx/open-import-workbook.ts';
import { noData, readSheetRows } from '../../core/xlsx/read-sheet-rows.ts';
import type { LedgerImportResult } from '../../../shared/contracts/finance.contract.ts';
import type { ImportRowError } from '../../../shared/contracts/import.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { findFunds, findMemberCodes } from './ledger.repo.ts';
import { ledgerColumns, parseLedgerRow, type LedgerField } from './ledger-row.ts';
import { postEntriesIn, type NewEntry } from './ledger.service.ts';

const maxLedgerRows = 5000;
const maxListedErrors = 1000;

export async function importLedger(
  db: Db, caller: Caller, orgId: number, file: ArrayBuffer | Buffer, { dryRun }: { dryRun: boolean },
): Promise<LedgerImportResult> {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
  const [funds, members] = await Promise.all([findFunds(db, orgId), findMemberCodes(db, orgId)]);
  const fundByKey = new Map(funds.flatMap((f) => [[matchKey(f.name), f], [matchKey(f.code), f]]));
  const fundByCode = new Map(funds.map((f) => [f.code, f]));
  const workbook = await openImportWorkbook(file);
  const sheet = workbook.sheets.find((s) => s.state === 'visible') ?? workbook.sheets[0];
  const entries: (NewEntry & { row: number })[] = [];
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const fail = (row: number, column: LedgerField, message: string) => {
    errorCount += 1;
    if (errors.length < maxListedErrors) {
      errors.push({ row, column: ledgerColumns.find((c) => c.field === column)!.header, message });
    }
  };
  const lookups = {
    fund: (text: string) => fundByKey.get(matchKey(text)),
    memberKnown: (code: string) => members.has(matchKey(code)),
  };
  const { dataRows } = await readSheetRows(workbook.rows(sheet), { columns: ledgerColumns, keyFields: ['date', 'fund', 'description'], maxRows: maxLedgerRows },
    (row, cells) => {
      const cell = (f: LedgerField) => cells.get(ledgerColumns.find((c) => c.field === f)!);
      const parsed = parseLedgerRow(cell, (field, message) => fail(row, field, message), lookups);
      if (parsed) {
        const { fundCode, memberCode, oldNumber, ...e } = parsed;
        entries.push({
          ...e, row, fundId: fundByCode.get(fundCode)!.id, memberId: memberCode === null ? null : members.get(matchKey(memberCode))!,
          documentRef: oldNumber ? `Số cũ ${oldNumber}` : null,
        });
      }
    });
  if (dataRows === 0) {
    throw new AppError('BAD_FILE', noData);
  }
  entries.sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.row - b.row);
  const sum = (d: 'receipt' | 'payment') => entries.filter((e) => e.direction === d).reduce((s, e) => s + e.amount, 0);
  const result: LedgerImportResult = {
    valid: errorCount === 0, rows: dataRows, imported: 0, receipts: sum('receipt'), payments: sum('payment'),
    errorCount, errors: errors.sort((a, b) => a.row - b.row),
  };
  if (!result.valid && !dryRun) {
    throw new AppError('VALIDATION', `Tệp có ${errorCount} lỗi; chưa ghi dòng nào`, result);
  }
  if (!result.valid || dryRun) {
    return result;
  }
  await db.transaction().execute((tx) => postEntriesIn(tx, orgId, caller.userId, entries.map(({ row: _row, ...e }) => e)));
  return { ...result, imported: entries.length };
}
