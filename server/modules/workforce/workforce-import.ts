// The employer's workforce figures moved in from Excel: one row per date (Ngày số liệu, Tổng số lao động, Lao động
// nữ, …). Every row is checked through the one import pipeline (core/xlsx); nothing is written unless every row is
// good, then each date's figures are created or replaced in one transaction, each with its audit entry.
import type { Db } from '../../db/client.ts';
import type { Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { AppError } from '../../core/errors.ts';
import { openImportWorkbook } from '../../core/xlsx/open-import-workbook.ts';
import { noData, readSheetRows } from '../../core/xlsx/read-sheet-rows.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type { ImportRowError } from '../../../shared/contracts/import.contract.ts';
import type { WorkforceImportResult, WorkforceInput } from '../../../shared/contracts/workforce.contract.ts';
import { findFiguresOn, insertFigures, updateFigures } from './workforce.repo.ts';
import { parseWorkforceRow, workforceColumns, type WorkforceField } from './workforce-row.ts';
import { assertCanWriteWorkforce } from './workforce.service.ts';

const maxWorkforceRows = 500;

export async function importWorkforce(
  db: Db, caller: Caller, orgId: number, file: ArrayBuffer | Buffer, { dryRun }: { dryRun: boolean },
): Promise<WorkforceImportResult> {
  await assertCanWriteWorkforce(db, caller, orgId);
  const workbook = await openImportWorkbook(file);
  const sheet = workbook.sheets.find((s) => s.state === 'visible') ?? workbook.sheets[0];
  const figures: { row: number; input: WorkforceInput }[] = [];
  const errors: ImportRowError[] = [];
  const firstRowOfDate = new Map<string, number>();
  const fail = (row: number, field: WorkforceField, message: string) => {
    errors.push({ row, column: workforceColumns.find((c) => c.field === field)!.header, message });
  };
  const { dataRows } = await readSheetRows(workbook.rows(sheet),
    { columns: workforceColumns, keyFields: ['asOf', 'employees'], maxRows: maxWorkforceRows },
    (row, cells) => {
      const input = parseWorkforceRow((f) => cells.get(workforceColumns.find((c) => c.field === f)!), (field, message) => fail(row, field, message));
      if (!input) {
        return;
      }
      const earlier = firstRowOfDate.get(input.asOf);
      if (earlier !== undefined) {
        fail(row, 'asOf', `Ngày ${formatDateVi(input.asOf)} đã có ở dòng ${earlier}`);
        return;
      }
      firstRowOfDate.set(input.asOf, row);
      figures.push({ row, input });
    });
  if (dataRows === 0) {
    throw new AppError('BAD_FILE', noData);
  }
  const existing = new Map<string, number>();
  for (const { input } of figures) {
    const found = await findFiguresOn(db, orgId, input.asOf);
    if (found) {
      existing.set(input.asOf, found.id);
    }
  }
  const result: WorkforceImportResult = {
    valid: errors.length === 0, rows: dataRows, imported: 0,
    created: figures.filter((f) => !existing.has(f.input.asOf)).length, updated: existing.size,
    dates: figures.map((f) => f.input.asOf).sort(), errorCount: errors.length, errors: errors.sort((a, b) => a.row - b.row),
  };
  if (!result.valid && !dryRun) {
    throw new AppError('VALIDATION', `Tệp có ${errors.length} lỗi; chưa ghi dòng nào`, result);
  }
  if (!result.valid || dryRun) {
    return result;
  }
  await db.transaction().execute(async (tx) => {
    for (const { input } of figures) {
      const id = existing.get(input.asOf);
      if (id === undefined) {
        const newId = await insertFigures(tx, orgId, input, caller.userId);
        await writeAudit(tx, { orgId, userId: caller.userId, action: 'import', entity: 'workforce_figures', entityId: newId, after: input });
      } else {
        await updateFigures(tx, orgId, id, input);
        await writeAudit(tx, { orgId, userId: caller.userId, action: 'import', entity: 'workforce_figures', entityId: id, after: input });
      }
    }
  });
  return { ...result, imported: figures.length };
}
