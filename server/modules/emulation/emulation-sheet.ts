import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import type { RowCells } from '../../core/xlsx/read-sheet-rows.ts';
import type { ImportRowError } from '../../../shared/contracts/import.contract.ts';
import type { GradeCode, TitleCode } from './emulation.tables.ts';
import type { SheetMember } from './emulation-sheet.repo.ts';

// The emulation year's sheet (bảng tổng hợp kết quả thi đua): its columns, and the checks of one imported row.
// The summary export has more columns (category, commendations); the import reads only these and ignores the others.

export type SheetField = 'code' | 'fullName' | 'registrations' | 'rating' | 'results';
export interface SheetColumn { header: string; field: SheetField; required: boolean }

export const sheetColumns: readonly SheetColumn[] = [
  { header: 'Mã đoàn viên', field: 'code', required: true },
  { header: 'Họ và tên', field: 'fullName', required: true },
  { header: 'Đăng ký', field: 'registrations', required: false },
  { header: 'Xếp loại', field: 'rating', required: false },
  { header: 'Kết quả', field: 'results', required: false },
];
export const headerOf = (field: SheetField) => sheetColumns.find((c) => c.field === field)!.header;

/** Short codes as written on the sheet; the full title names are accepted too. */
export const titleShort: Record<TitleCode, string> = { ldtt: 'LĐTT', cstdcs: 'CSTĐCS' };
export const gradeShort: Record<GradeCode, string> = { htxsnv: 'HTXSNV', httnv: 'HTTNV', htnv: 'HTNV', khtnv: 'KHTNV' };
const titleWords = new Map<string, TitleCode>([
  ['ldtt', 'ldtt'], ['lao dong tien tien', 'ldtt'], ['cstdcs', 'cstdcs'], ['chien si thi dua co so', 'cstdcs'], ['chien si thi dua cap co so', 'cstdcs'],
]);
const gradeWords = new Map<string, GradeCode>([
  ['htxsnv', 'htxsnv'], ['hoan thanh xuat sac nhiem vu', 'htxsnv'], ['httnv', 'httnv'], ['hoan thanh tot nhiem vu', 'httnv'],
  ['htnv', 'htnv'], ['hoan thanh nhiem vu', 'htnv'], ['khtnv', 'khtnv'], ['khong hoan thanh nhiem vu', 'khtnv'],
]);

/** What one good row asks for. */
export interface SheetRowPlan {
  row: number;
  member: SheetMember;
  registrations: TitleCode[];
  rating: GradeCode | null;
  results: TitleCode[];
}

type Cells = RowCells<SheetColumn>;
type Problem = { column: string; message: string };

/** Checks rows one by one against the union's members (by code) and the year; remembers codes already seen. */
export class SheetRowChecker {
  private readonly byCode: Map<string, SheetMember>;
  private readonly firstRowOf = new Map<string, number>();

  constructor(members: readonly SheetMember[], private readonly year: number) {
    this.byCode = new Map(members.map((m) => [m.code, m]));
  }

  check(row: number, cells: Cells): { plan: SheetRowPlan } | { errors: ImportRowError[] } {
    const problems: Problem[] = [];
    const cell = (field: SheetField) => [...cells].find(([c]) => c.field === field)?.[1] ?? { kind: 'empty' as const };
    const member = this.member(row, cell('code'), cell('fullName'), problems);
    const registrations = this.titles('registrations', cell('registrations'), problems);
    const rating = this.grade(cell('rating'), problems);
    const results = this.titles('results', cell('results'), problems);
    if (!member || problems.length > 0) {
      return { errors: problems.map((p) => ({ row, ...p })) };
    }
    return { plan: { row, member, registrations, rating, results } };
  }

  private member(row: number, code: CellContent, name: CellContent, problems: Problem[]): SheetMember | null {
    const codeHeader = headerOf('code');
    const nameHeader = headerOf('fullName');
    const codeText = text(code, codeHeader, problems);
    const nameText = text(name, nameHeader, problems);
    if (codeText === null) {
      return null;
    }
    const earlier = this.firstRowOf.get(codeText);
    if (earlier !== undefined) {
      problems.push({ column: codeHeader, message: `${codeHeader} bị trùng với dòng ${earlier}` });
      return null;
    }
    this.firstRowOf.set(codeText, row);
    const member = this.byCode.get(codeText);
    if (!member) {
      problems.push({ column: codeHeader, message: `${codeHeader} '${codeText}' không có trong danh sách đoàn viên của công đoàn` });
      return null;
    }
    if (nameText !== null && matchKey(nameText) !== matchKey(member.fullName)) {
      problems.push({ column: nameHeader, message: `${nameHeader} '${nameText}' không khớp với mã ${codeText} (${member.fullName})` });
    }
    if (!member.active) {
      problems.push({ column: codeHeader, message: `Đồng chí ${member.fullName} (${codeText}) không sinh hoạt tại công đoàn trong năm ${this.year}` });
    }
    return member;
  }

  private titles(field: 'registrations' | 'results', content: CellContent, problems: Problem[]): TitleCode[] {
    const header = headerOf(field);
    const value = optionalText(content, header, problems);
    const found = new Set<TitleCode>();
    for (const word of value === null ? [] : value.split(/[,;/+\n]| và /)) {
      if (word.trim() === '') {
        continue;
      }
      const title = titleWords.get(matchKey(word));
      if (!title) {
        problems.push({ column: header, message: `${header} '${word.trim()}' không hợp lệ (ghi LĐTT, CSTĐCS hoặc cả hai, cách nhau dấu phẩy)` });
        return [];
      }
      found.add(title);
    }
    return [...found];
  }

  private grade(content: CellContent, problems: Problem[]): GradeCode | null {
    const header = headerOf('rating');
    const value = optionalText(content, header, problems);
    if (value === null) {
      return null;
    }
    const grade = gradeWords.get(matchKey(value));
    if (!grade) {
      problems.push({ column: header, message: `${header} '${value}' không hợp lệ (chọn HTXSNV, HTTNV, HTNV hoặc KHTNV)` });
    }
    return grade ?? null;
  }
}

function text(content: CellContent, header: string, problems: Problem[]): string | null {
  if (content.kind === 'empty') {
    problems.push({ column: header, message: `${header}: bắt buộc nhập` });
    return null;
  }
  return optionalText(content, header, problems);
}

function optionalText(content: CellContent, header: string, problems: Problem[]): string | null {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'problem':
      problems.push({ column: header, message: `${header}: ${content.message}` });
      return null;
    case 'date':
      problems.push({ column: header, message: `${header}: ô chứa ngày, không phải chữ` });
      return null;
    case 'text':
      return content.text;
  }
}
