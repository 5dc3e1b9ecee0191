// A year of welfare events from Excel (issue 12, item 8): one row per beneficiary; rows with the same date, kind,
// fund and description make one event paid by one payment. Every row is checked through the one import pipeline,
// each event against the records as the form is (member active in the year, child theirs and young enough, a
// woman for 8/3); nothing is written unless everything is good, then every event and its payment in one transaction.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import { cellText } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { openImportWorkbook } from '../../core/xlsx/open-import-workbook.ts';
import { noData, readSheetRows } from '../../core/xlsx/read-sheet-rows.ts';
import type { ImportRowError } from '../../../shared/contracts/import.contract.ts';
import type { WelfareEventInput, WelfareImportResult } from '../../../shared/contracts/welfare.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { findFunds, findMemberCodes } from './ledger.repo.ts';
import { findChildrenByMember } from './welfare.repo.ts';
import { checkedLines, writeWelfareEventIn, type Line } from './welfare.service.ts';
import { parseWelfareRow, welfareColumns, type WelfareField } from './welfare-row.ts';

const maxWelfareRows = 5000;
const maxListedErrors = 1000;

interface Group { rows: number[]; input: WelfareEventInput }

export async function importWelfare(
  db: Db, caller: Caller, orgId: number, file: ArrayBuffer | Buffer, { dryRun }: { dryRun: boolean },
): Promise<WelfareImportResult> {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
  const [funds, members, children] = await Promise.all([findFunds(db, orgId), findMemberCodes(db, orgId), findChildrenByMember(db, orgId)]);
  const fundByKey = new Map(funds.flatMap((f) => [[matchKey(f.name), f], [matchKey(f.code), f]]));
  const workbook = await openImportWorkbook(file);
  const sheet = workbook.sheets.find((s) => s.state === 'visible') ?? workbook.sheets[0];
  const groups = new Map<string, Group>();
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const fail = (row: number, field: WelfareField | null, message: string) => {
    errorCount += 1;
    if (errors.length < maxListedErrors) {
      errors.push({ row, column: field ? welfareColumns.find((c) => c.field === field)!.header : '', message });
    }
  };
  const { dataRows } = await readSheetRows(workbook.rows(sheet), { columns: welfareColumns, keyFields: ['date', 'kind', 'memberCode'], maxRows: maxWelfareRows },
    (row, cells) => {
      const before = errorCount;
      const cell = (f: WelfareField) => cells.get(welfareColumns.find((c) => c.field === f)!);
      const parsed = parseWelfareRow(cell, (field, message) => fail(row, field, message), (code) => members.has(matchKey(code)));
      const fund = fundByKey.get(matchKey(cellText(cell('fund'))));
      if (!fund) {
        fail(row, 'fund', `Không có quỹ «${cellText(cell('fund'))}» trong sổ của công đoàn`);
      }
      const memberId = parsed ? members.get(matchKey(parsed.memberCode))! : undefined;
      let childId: number | null = null;
      if (parsed?.child && memberId !== undefined) {
        childId = children.get(memberId)?.find((c) => matchKey(c.fullName) === matchKey(parsed.child!))?.id ?? null;
        if (childId === null) {
          fail(row, 'recipient', `Không có người con tên «${parsed.child}» trong hồ sơ của đoàn viên này`);
        }
      }
      if (errorCount > before || !parsed) {
        return;
      }
      const { eventDate: date, kind, description, amount } = parsed;
      const key = `${date}|${kind}|${fund!.id}|${matchKey(description)}`;
      const group = groups.get(key) ?? { rows: [], input: {
        kind, eventDate: date, description, fundId: fund!.id, account: 'cash', amount: 0, counterparty: null, documentRef: null, beneficiaries: [],
      } };
      group.rows.push(row);
      group.input.amount += amount;
      group.input.beneficiaries.push({ memberId: memberId!, childId, amount, relativeName: parsed.relativeName, relation: parsed.relation });
      groups.set(key, group);
    });
  if (dataRows === 0) {
    throw new AppError('BAD_FILE', noData);
  }
  // Each event as the form checks it; a refusal names the line, which is a row of the file.
  const checked: { input: WelfareEventInput; lines: Line[] }[] = [];
  for (const { rows, input } of groups.values()) {
    try {
      checked.push({ input, lines: await checkedLines(db, orgId, input) });
    } catch (err) {
      const message = err instanceof AppError ? err.message : String(err);
      const line = /^beneficiaries\.(\d+)/.exec(message);
      fail(line ? rows[Number(line[1])] : rows[0], null, message.replace(/^[\w.]+: /, ''));
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const result: WelfareImportResult = {
    valid: errorCount === 0, rows: dataRows, events: groups.size, amount: [...groups.values()].reduce((s, g) => s + g.input.amount, 0),
    imported: 0, errorCount, errors,
  };
  if (!result.valid && !dryRun) {
    throw new AppError('VALIDATION', `Tệp có ${errorCount} lỗi; chưa ghi dòng nào`, result);
  }
  if (!result.valid || dryRun) {
    return result;
  }
  checked.sort((a, b) => a.input.eventDate.localeCompare(b.input.eventDate));
  await db.transaction().execute(async (tx) => {
    for (const { input, lines } of checked) {
      await writeWelfareEventIn(tx, orgId, caller.userId, input, lines);
    }
  });
  return { ...result, imported: checked.length };
}
