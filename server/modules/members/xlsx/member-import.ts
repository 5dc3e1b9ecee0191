import type { ImportRowError } from '../../../../shared/contracts/import.contract.ts';
import type { MemberInput } from '../../../../shared/contracts/members.contract.ts';
import { memberDateIssues } from '../../../../shared/contracts/member-rules.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { today as clockToday } from '../../../core/clock.ts';
import { AppError } from '../../../core/errors.ts';
import { buildLookups, type ImportLookups } from './cell-to-field.ts';
import { type ParsedChild, readChildSheet } from './child-rows.ts';
import { type MemberColumn, maxImportRows, memberColumns } from './columns.ts';
import { noData, readSheetRows, type RowCells as SheetRowCells, yieldToEventLoop } from '../../../core/xlsx/read-sheet-rows.ts';
import { type StreamedSheet, streamImportSheets } from './read-workbook.ts';
import { type CellProblem, rowToMember } from './row-to-member.ts';

export interface MemberImportOptions {
  categories: { code: string; name: string }[];
  groups: { id: number; name: string }[];
  /** Most data rows accepted; passing it stops the reading at once (BAD_FILE). */
  maxRows?: number;
  /** The day the rules are judged on (join date not in the future); the clock's today by default. */
  today?: string;
  /** Called now and then with the number of data rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

export interface ParsedMemberWorkbook {
  /** Rows without any problem, with their Excel row numbers. */
  rows: { row: number; input: MemberInput }[];
  /** Problems, by Excel row number and Vietnamese column header, in sheet order (at most `maxListedErrors`). */
  errors: ImportRowError[];
  /** Every problem found, listed or not. */
  errorCount: number;
  /** Rows of the "Con" sheet (empty when the file has none). */
  children: ParsedChild[];
  /** Data rows read from the member sheet, good or bad. */
  dataRows: number;
  /** Fields whose column the member sheet has: an update leaves the others as they are. */
  presentFields: ReadonlySet<string>;
}

/** A file with thousands of bad rows lists the first ones; the count says how many there are. */
export const maxListedErrors = 1000;
export { yieldToEventLoop };

/**
 * Streams a member list (.xlsx) and checks every row as it is read; nothing is written here. The caller imports only
 * when `errorCount` is 0. Whole-file problems throw AppError('BAD_FILE'), a row limit passed as soon as it is.
 */
export async function parseMemberWorkbook(file: Buffer | ArrayBuffer, opts: MemberImportOptions): Promise<ParsedMemberWorkbook> {
  const result: ParsedMemberWorkbook = { rows: [], errors: [], errorCount: 0, children: [], dataRows: 0, presentFields: new Set() };
  const addErrors = (errors: ImportRowError[]) => {
    result.errorCount += errors.length;
    result.errors.push(...errors.slice(0, Math.max(0, maxListedErrors - result.errors.length)));
  };
  const checker = new RowChecker(buildLookups(opts), opts.today ?? clockToday());
  let membersRead = false;
  let childSheet: { name: string; children: ParsedChild[]; errors: ImportRowError[] } | null = null;
  for await (const sheet of streamImportSheets(file)) {
    if (sheet.role === 'children') {
      childSheet = { name: sheet.name, ...(await readChildSheet(sheet, checker.lookups, checker.today)) };
    } else if (!membersRead) {
      membersRead = true;
      const read = await readMemberRows(sheet, opts, (row, cells) => {
        const checked = checker.check(row, cells);
        if ('input' in checked) {
          result.rows.push({ row, input: checked.input });
        } else {
          addErrors(checked.errors);
        }
      });
      result.dataRows = read.dataRows;
      result.presentFields = new Set([...read.columns.keys()].map((c) => c.field));
    }
  }
  if (!membersRead || (result.rows.length === 0 && result.errorCount === 0)) {
    throw new AppError('BAD_FILE', noData);
  }
  if (childSheet) {
    const codes = checker.codes();
    const unknown = childSheet.children.filter((c) => !codes.has(c.memberCode));
    addErrors([
      ...childSheet.errors,
      ...unknown.map((c) => ({
        sheet: childSheet.name, row: c.row, column: 'Mã đoàn viên',
        message: `Mã đoàn viên '${c.memberCode}' không có trên trang "Đoàn viên" của tệp`,
      })),
    ].sort((a, b) => a.row - b.row));
    result.children = childSheet.children.filter((c) => codes.has(c.memberCode));
  }
  return result;
}

type RowCells = SheetRowCells<MemberColumn>;

function readMemberRows(sheet: StreamedSheet, opts: MemberImportOptions, onRow: (row: number, cells: RowCells) => void) {
  return readSheetRows(sheet.rows, {
    columns: memberColumns, keyFields: ['code', 'fullName'], maxRows: opts.maxRows ?? maxImportRows, onProgress: opts.onProgress,
  }, onRow);
}

/** The checks of one member row: its cells, codes repeated higher up, and the date rules. */
class RowChecker {
  private readonly firstRowOf = { code: new Map<string, number>(), nationalCode: new Map<string, number>() };
  private readonly headerOf = new Map(memberColumns.map((c) => [c.field as string, c.header]));

  constructor(readonly lookups: ImportLookups, readonly today: string) {}

  codes(): ReadonlySet<string> {
    return new Set(this.firstRowOf.code.keys());
  }

  check(row: number, cells: RowCells): { input: MemberInput } | { errors: ImportRowError[] } {
    const converted = rowToMember(cells, this.lookups);
    const problems = converted.ok ? this.dateProblems(converted.input) : converted.problems;
    for (const field of ['code', 'nationalCode'] as const) {
      const duplicate = this.duplicateProblem(cells, field, row);
      if (duplicate && !problems.some((p) => p.column === duplicate.column)) {
        problems.push(duplicate);
      }
    }
    if (converted.ok && problems.length === 0) {
      return { input: converted.input };
    }
    const order = [...cells.keys()].map((c) => c.header);
    problems.sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column));
    return { errors: problems.map((p) => ({ row, ...p })) };
  }

  /** The member form's date rules (birth before joining, the minimum age), and no join date after today. */
  private dateProblems(input: MemberInput): CellProblem[] {
    const problems: CellProblem[] = [];
    if (input.joinedOn > this.today) {
      problems.push({
        column: this.header('joinedOn'),
        message: `Ngày vào công đoàn ${formatDateVi(input.joinedOn)} ở tương lai (sau hôm nay, ${formatDateVi(this.today)})`,
      });
    }
    for (const issue of memberDateIssues(input, this.today)) {
      const column = this.header(issue.path);
      if (!problems.some((p) => p.column === column)) {
        problems.push({ column, message: issue.message });
      }
    }
    return problems;
  }

  private header(field: string): string {
    return this.headerOf.get(field) ?? field;
  }

  /** The same code twice in one file: the later row is reported, pointing at the first. */
  private duplicateProblem(cells: RowCells, field: 'code' | 'nationalCode', row: number): CellProblem | null {
    const column = [...cells.keys()].find((c) => c.field === field);
    const content = column && cells.get(column);
    if (!column || content?.kind !== 'text') {
      return null;
    }
    const earlier = this.firstRowOf[field].get(content.text);
    if (earlier === undefined) {
      this.firstRowOf[field].set(content.text, row);
      return null;
    }
    return { column: column.header, message: `${column.header} bị trùng với dòng ${earlier}` };
  }
}
