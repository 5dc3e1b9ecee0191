import type ExcelJS from 'exceljs';
import type { ImportRowError, MemberInput } from '../../../../shared/contracts/members.contract.ts';
import { AppError } from '../../../core/errors.ts';
import { type CellContent, readCell } from './cell-content.ts';
import { buildLookups } from './cell-to-field.ts';
import { type MemberColumn, maxImportRows } from './columns.ts';
import { mapHeaders } from './header-map.ts';
import { readMemberSheet } from './read-workbook.ts';
import { type CellProblem, rowToMember } from './row-to-member.ts';

export interface MemberImportOptions {
  categories: { code: string; name: string }[];
  groups: { id: number; name: string }[];
}

export interface ParsedMemberWorkbook {
  /** Rows without any problem, with their Excel row numbers. */
  rows: { row: number; input: MemberInput }[];
  /** Every problem, by Excel row number and Vietnamese column header, in sheet order. */
  errors: ImportRowError[];
}

interface SheetRow {
  row: number;
  cells: Map<MemberColumn, CellContent>;
}

const noData = 'Tệp không có dòng dữ liệu nào';

/**
 * Reads a member list (.xlsx) and checks every row; nothing is written here. The caller imports
 * only when `errors` is empty. Whole-file problems throw AppError('BAD_FILE').
 */
export async function parseMemberWorkbook(
  file: Buffer | ArrayBuffer,
  opts: MemberImportOptions,
): Promise<ParsedMemberWorkbook> {
  const sheet = await readMemberSheet(file);
  if (sheet.actualRowCount === 0) {
    throw new AppError('BAD_FILE', noData);
  }
  const { headerRow, columns } = mapHeaders(sheet);
  const dataRows = readDataRows(sheet, headerRow, columns);
  if (dataRows.length === 0) {
    throw new AppError('BAD_FILE', noData);
  }
  if (dataRows.length > maxImportRows) {
    throw new AppError(
      'BAD_FILE',
      `Tệp có ${dataRows.length} dòng dữ liệu, vượt quá giới hạn ${maxImportRows} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`,
    );
  }

  const lookups = buildLookups(opts);
  const firstRowOf = { code: new Map<string, number>(), nationalCode: new Map<string, number>() };
  const result: ParsedMemberWorkbook = { rows: [], errors: [] };
  for (const { row, cells } of dataRows) {
    const converted = rowToMember(cells, lookups);
    const problems = converted.ok ? [] : converted.problems;
    for (const field of ['code', 'nationalCode'] as const) {
      const duplicate = duplicateProblem(cells, field, row, firstRowOf[field]);
      if (duplicate && !problems.some((p) => p.column === duplicate.column)) {
        problems.push(duplicate);
      }
    }
    if (converted.ok && problems.length === 0) {
      result.rows.push({ row, input: converted.input });
    } else {
      const order = [...cells.keys()].map((c) => c.header);
      problems.sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column));
      result.errors.push(...problems.map((p) => ({ row, ...p })));
    }
  }
  return result;
}

/** Rows below the headers with something in a member column; fully empty rows are skipped. */
function readDataRows(sheet: ExcelJS.Worksheet, headerRow: number, columns: Map<MemberColumn, number>): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow((excelRow, row) => {
    if (row <= headerRow) {
      return;
    }
    const cells = new Map<MemberColumn, CellContent>();
    for (const [column, colNumber] of columns) {
      cells.set(column, readCell(excelRow.getCell(colNumber).value));
    }
    if ([...cells.values()].some((c) => c.kind !== 'empty')) {
      rows.push({ row, cells });
    }
  });
  return rows;
}

/** The same code twice in one file: the later row is reported, pointing at the first. */
function duplicateProblem(
  cells: Map<MemberColumn, CellContent>,
  field: 'code' | 'nationalCode',
  row: number,
  firstRow: Map<string, number>,
): CellProblem | null {
  const column = [...cells.keys()].find((c) => c.field === field);
  const content = column && cells.get(column);
  if (!column || content?.kind !== 'text') {
    return null;
  }
  const earlier = firstRow.get(content.text);
  if (earlier === undefined) {
    firstRow.set(content.text, row);
    return null;
  }
  return { column: column.header, message: `${column.header} bị trùng với dòng ${earlier}` };
}
