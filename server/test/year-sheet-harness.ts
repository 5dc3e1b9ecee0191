import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import type { Db } from '../db/client.ts';
import { SYSTEM_CALLER } from '../core/access.ts';
import { AppError } from '../core/errors.ts';
import { exportYearWorkbook, importYearWorkbook } from '../modules/year-workbook/year-workbook.service.ts';
import type { YearSheet } from '../modules/year-workbook/year-sheet.ts';
import type { YearImportResult } from '../../shared/contracts/year-workbook.contract.ts';

// For the year sheets' tests: a fresh union holding copies of the demo union's members and their children (as the
// members sheet would have moved them in), and a year workbook of some sheets exported from one union and imported
// into another.

let unions = 0;

/** A new union beside `fromOrg` with its members (same codes, no tổ) and children; returns its id. */
export async function freshUnionWithMembersOf(db: Db, fromOrg: number): Promise<number> {
  unions += 1;
  const code = `CDCS-SONAM-${process.pid}-${unions}`;
  const parent = await db.selectFrom('org_versions').select('parent_id').where('org_id', '=', fromOrg).orderBy('valid_from', 'desc')
    .executeTakeFirstOrThrow();
  const { id } = await db.insertInto('organisations').values({ code, established_on: '2000-01-01' } as never).returning('id').executeTakeFirstOrThrow();
  await sql`INSERT INTO org_versions (org_id, valid_from, name, short_name, kind, parent_id)
    SELECT ${id}, valid_from, 'Công đoàn cơ sở nhận sổ năm', 'CĐCS nhận sổ năm', kind, ${parent.parent_id} FROM org_versions WHERE org_id = ${fromOrg}
    ORDER BY valid_from LIMIT 1`.execute(db);
  await sql`INSERT INTO members (org_id, code, full_name, sort_key, search_key, sex, birth_date, ethnicity, position, category, party_member,
      education, political_theory, joined_on)
    SELECT ${id}, code, full_name, sort_key, search_key, sex, birth_date, ethnicity, position, category, party_member, education,
      political_theory, joined_on FROM members WHERE org_id = ${fromOrg}`.execute(db);
  await sql`INSERT INTO member_status_events (org_id, member_id, kind, on_date, reason)
    SELECT ${id}, n.id, e.kind, e.on_date, e.reason FROM member_status_events e JOIN members o ON o.id = e.member_id
    JOIN members n ON n.org_id = ${id} AND n.code = o.code WHERE e.org_id = ${fromOrg}`.execute(db);
  await sql`INSERT INTO member_children (org_id, member_id, full_name, birth_date, sex)
    SELECT ${id}, n.id, c.full_name, c.birth_date, c.sex FROM member_children c JOIN members o ON o.id = c.member_id
    JOIN members n ON n.org_id = ${id} AND n.code = o.code WHERE c.org_id = ${fromOrg}`.execute(db);
  return id;
}

/** The workbook of `sheets` for `year` exported from one union. */
export async function exportSheets(db: Db, orgId: number, year: number, sheets: readonly YearSheet[]): Promise<Buffer> {
  return (await exportYearWorkbook(db, SYSTEM_CALLER, orgId, year, sheets)).xlsx;
}

/** Imports a workbook of `sheets` for `year` into a union (as the system); bad cells come back as the result. */
export async function importSheets(db: Db, orgId: number, year: number, file: Buffer, sheets: readonly YearSheet[], dryRun = false): Promise<YearImportResult> {
  try {
    return await importYearWorkbook(db, SYSTEM_CALLER, orgId, year, file, { dryRun }, sheets);
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION' && (err.details as YearImportResult | undefined)?.errors) {
      return err.details as YearImportResult;
    }
    throw err;
  }
}

/** The workbook with one cell changed: sheet by name, Excel row, the column by its header. */
export async function withCell(file: Buffer, sheetName: string, row: number, header: string, value: ExcelJS.CellValue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName)!;
  let col = 0;
  ws.getRow(1).eachCell((cell, n) => {
    if (cell.value === header) {
      col = n;
    }
  });
  ws.getRow(row).getCell(col).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
