import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import { openImportWorkbook } from '../../core/xlsx/open-import-workbook.ts';
import { noData, readSheetRows, yieldToEventLoop } from '../../core/xlsx/read-sheet-rows.ts';
import type { ImportRowError } from '../../../shared/contracts/import.contract.ts';
import type { EmulationImportResult } from '../../../shared/contracts/emulation-import.contract.ts';
import { assertWritable, categoriesOf, requireOrgAt } from '../orgs/orgs.service.ts';
import { findSheetMembers, type SheetWrites, writeSheet } from './emulation-sheet.repo.ts';
import { gradeShort, headerOf, sheetColumns, SheetRowChecker, type SheetRowPlan, titleShort } from './emulation-sheet.ts';
import { buildEmulationSummary, buildEmulationTemplate } from './emulation-workbook.ts';

// Excel in and out of an emulation year: the template, the summary table (bảng tổng hợp), and the import of
// registrations, ratings and proposed results — every row checked, nothing written unless all rows are good.

/** A union's year fits in a few thousand rows; a bigger file is a mistake (or an attack), refused while it streams. */
export const maxEmulationRows = 5000;
const maxListedErrors = 1000;
const previewRows = 500;

async function orgName(db: Db, orgId: number): Promise<string> {
  return (await requireOrgAt(db, orgId, today()).catch(() => null))?.name ?? '';
}

export async function emulationTemplate(db: Db, caller: Caller, orgId: number, year: number): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  return buildEmulationTemplate(await findSheetMembers(db, orgId, year), { orgName: await orgName(db, orgId), year });
}

export async function exportEmulationSummary(db: Db, caller: Caller, orgId: number, year: number): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  const [members, categories, name] = await Promise.all([findSheetMembers(db, orgId, year), categoriesOf(db, orgId), orgName(db, orgId)]);
  return buildEmulationSummary(members, categories, { orgName: name, year });
}

/** What one good row changes: registrations and results not yet recorded are added; a rating is set. */
function changesOf(plan: SheetRowPlan, fail: (e: ImportRowError) => void): { writes: SheetWrites; changes: string[] } {
  const { member } = plan;
  const registrations = plan.registrations.filter((t) => !member.registrations.includes(t));
  const results = plan.results.filter((t) => !member.results.some((r) => r.title === t));
  const ratings = plan.rating !== null && plan.rating !== member.rating?.grade ? [plan.rating] : [];
  if (ratings.length > 0 && member.rating?.decided) {
    fail({ row: plan.row, column: headerOf('rating'),
      message: `Đồng chí ${member.fullName} đã có xếp loại ${gradeShort[member.rating.grade]} theo quyết định; sửa trên trang Thi đua, không qua tệp` });
    return { writes: { registrations: [], ratings: [], results: [] }, changes: [] };
  }
  return {
    writes: {
      registrations: registrations.map((title) => ({ memberId: member.id, title })),
      ratings: ratings.map((grade) => ({ memberId: member.id, grade })),
      results: results.map((title) => ({ memberId: member.id, title })),
    },
    changes: [
      ...registrations.map((t) => `Đăng ký ${titleShort[t]}`),
      ...ratings.map((g) => (member.rating ? `Xếp loại ${gradeShort[member.rating.grade]} → ${gradeShort[g]}` : `Xếp loại ${gradeShort[g]}`)),
      ...results.map((t) => `Đề nghị ${titleShort[t]}`),
    ],
  };
}

/**
 * Streams and checks the whole sheet against the union's members of the year; writes nothing unless every row is
 * good, then writes all of it in one transaction with its audit entry. A dry run only answers the check and preview.
 */
export async function importEmulation(
  db: Db, caller: Caller, orgId: number, year: number, file: ArrayBuffer | Buffer, { dryRun }: { dryRun: boolean },
): Promise<EmulationImportResult> {
  await assertCan(db, caller, orgId, 'emulation.write', today());
  await assertWritable(db, orgId);
  const workbook = await openImportWorkbook(file);
  const sheet = workbook.sheets.find((s) => s.state === 'visible') ?? workbook.sheets[0];
  const checker = new SheetRowChecker(await findSheetMembers(db, orgId, year), year);
  const plans: SheetRowPlan[] = [];
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const fail = (e: ImportRowError) => {
    errorCount += 1;
    if (errors.length < maxListedErrors) {
      errors.push(e);
    }
  };
  const { dataRows } = await readSheetRows(workbook.rows(sheet), { columns: sheetColumns, keyFields: ['code', 'fullName'], maxRows: maxEmulationRows },
    (row, cells) => {
      const checked = checker.check(row, cells);
      if ('plan' in checked) {
        plans.push(checked.plan);
      } else {
        checked.errors.forEach(fail);
      }
    });
  if (dataRows === 0) {
    throw new AppError('BAD_FILE', noData);
  }
  await yieldToEventLoop();
  const writes: SheetWrites = { registrations: [], ratings: [], results: [] };
  const preview: EmulationImportResult['preview'] = [];
  let changedRows = 0;
  for (const plan of plans) {
    const { writes: w, changes } = changesOf(plan, fail);
    writes.registrations.push(...w.registrations);
    writes.ratings.push(...w.ratings);
    writes.results.push(...w.results);
    changedRows += Number(changes.length > 0);
    if (changes.length > 0 && preview.length < previewRows) {
      preview.push({ row: plan.row, code: plan.member.code, fullName: plan.member.fullName, changes });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const result: EmulationImportResult = {
    valid: errorCount === 0, rows: dataRows, imported: 0,
    registrations: writes.registrations.length, ratings: writes.ratings.length, results: writes.results.length,
    errorCount, errors, preview,
  };
  if (!result.valid && !dryRun) {
    throw new AppError('VALIDATION', `Tệp có ${errorCount} lỗi; chưa nhập dòng nào`, result);
  }
  if (!result.valid || dryRun) {
    return result;
  }
  const yearEnd = `${year}-12-31`;
  await db.transaction().execute(async (tx) => {
    await writeSheet(tx, orgId, year, today() < yearEnd ? today() : yearEnd, writes);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'import', entity: 'emulation_year', entityId: year,
      after: { rows: dataRows, changed: changedRows, ...writes },
    });
  });
  return { ...result, imported: changedRows };
}
