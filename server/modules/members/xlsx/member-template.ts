import ExcelJS from 'exceljs';
import {
  guideSheetName,
  listsSheetName,
  maxImportRows,
  type MemberColumn,
  memberColumns,
  memberSheetName,
  sexLabels,
  yesNoLabels,
} from './columns.ts';
import { addChildSheet } from './child-sheet.ts';
import { styleHeaderRow } from './sheet-style.ts';

export interface MemberTemplateOptions {
  categories: { code: string; name: string }[];
  groups: { id: number; name: string }[];
  orgName: string;
}

/** Rows that get drop-downs; a user filling more rows copies a cell down. */
const lastTemplateRow = 1000;

// exceljs has `dataValidations.add(range, …)` but leaves it out of its types. One range per column:
// per-cell validations are written as overlapping ranges that Excel reports as damaged.
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/**
 * The empty member list a union fills in and imports: sheet "Đoàn viên" (headers only, no example
 * row, since it would be imported), sheet "Hướng dẫn" explaining each column, and a hidden
 * "Danh mục" sheet feeding the drop-downs (inline lists cannot hold commas or pass 255 characters).
 */
export async function buildMemberTemplate(opts: MemberTemplateOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `Mẫu danh sách đoàn viên — ${opts.orgName}`;

  const sheet = workbook.addWorksheet(memberSheetName);
  // Text format everywhere: keeps leading zeros in codes and phones, and stops Excel from turning
  // a typed 05/01/1990 into 1 May under an English locale.
  sheet.columns = memberColumns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: '@' } }));
  const required = new Set(memberColumns.flatMap((c, i) => (c.required ? [i + 1] : [])));
  styleHeaderRow(sheet, required);
  memberColumns.forEach((column, i) => {
    sheet.getCell(1, i + 1).note = `${column.required ? 'Bắt buộc. ' : ''}${column.hint}`;
  });

  addChildSheet(workbook, null);
  addGuideSheet(workbook, opts);
  const lists = addListsSheet(workbook, opts);
  addDropDowns(sheet, lists);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Hidden sheet with category names in column A and group names in column B; returns list formulas. */
function addListsSheet(workbook: ExcelJS.Workbook, opts: MemberTemplateOptions): Map<MemberColumn['kind'], string> {
  const sheet = workbook.addWorksheet(listsSheetName, { state: 'hidden' });
  sheet.getRow(1).values = ['Đối tượng', 'Tổ công đoàn'];
  opts.categories.forEach((c, i) => (sheet.getCell(i + 2, 1).value = c.name));
  opts.groups.forEach((g, i) => (sheet.getCell(i + 2, 2).value = g.name));

  const quoted = `'${listsSheetName}'`;
  const lists = new Map<MemberColumn['kind'], string>([
    ['sex', `"${sexLabels.male},${sexLabels.female}"`],
    ['yesNo', `"${yesNoLabels.yes},${yesNoLabels.no}"`],
  ]);
  if (opts.categories.length > 0) {
    lists.set('category', `${quoted}!$A$2:$A$${opts.categories.length + 1}`);
  }
  if (opts.groups.length > 0) {
    lists.set('group', `${quoted}!$B$2:$B$${opts.groups.length + 1}`);
  }
  return lists;
}

function addDropDowns(sheet: ExcelJS.Worksheet, lists: Map<MemberColumn['kind'], string>): void {
  const validations = (sheet as unknown as WithValidations).dataValidations;
  memberColumns.forEach((column, i) => {
    const formula = lists.get(column.kind);
    if (formula === undefined) {
      return;
    }
    const letter = sheet.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}${lastTemplateRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error: `Chọn "${column.header}" trong danh sách.`,
    });
  });
}

function addGuideSheet(workbook: ExcelJS.Workbook, opts: MemberTemplateOptions): void {
  const sheet = workbook.addWorksheet(guideSheetName, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [28, 10, 55, 45, 22];
  sheet.columns = widths.map((width) => ({ width }));
  const title = sheet.addRow([`Hướng dẫn điền danh sách đoàn viên — ${opts.orgName}`]);
  title.font = { bold: true, size: 14 };
  for (const line of [
    `Mỗi đoàn viên ghi trên một dòng của trang "${memberSheetName}", bắt đầu từ dòng 2; tối đa ${maxImportRows.toLocaleString('vi-VN')} dòng mỗi lần nhập.`,
    'Giữ nguyên dòng tiêu đề (dòng 1); có thể đổi thứ tự cột. Cột có tiêu đề tô màu cam là cột bắt buộc.',
    'Ngày ghi theo dạng dd/mm/yyyy (ngày/tháng/năm), ví dụ 05/01/1990.',
    'Phần mềm kiểm tra cả tệp trước khi nhập: nếu còn dòng nào lỗi thì chưa nhập dòng nào, và báo từng lỗi theo số dòng và tên cột.',
    'Trang "Con" (không bắt buộc): mỗi người con một dòng — mã đoàn viên của cha/mẹ (có trên trang "Đoàn viên"), họ và tên con, giới tính, ngày sinh.',
    'Nhập để cập nhật: chọn "Cập nhật" hoặc "Thêm và cập nhật" khi nhập; đoàn viên có mã đã có được sửa theo tệp, cột không có trong tệp giữ nguyên.',
  ]) {
    sheet.addRow([`• ${line}`]);
  }
  sheet.addRow([]);
  const header = sheet.addRow(['Cột', 'Bắt buộc', 'Cách ghi', 'Giá trị cho phép', 'Ví dụ']);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  for (const column of memberColumns) {
    const row = sheet.addRow([
      column.header,
      column.required ? 'Có' : 'Không',
      column.hint,
      allowedValues(column, opts),
      exampleValue(column, opts),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    // Neither Excel nor LibreOffice grows a row for wrapped text on opening, so size it here.
    const lines = row.values as unknown[];
    row.height = 15 * Math.max(1, ...widths.map((w, i) => Math.ceil(String(lines[i + 1] ?? '').length / (w - 2))));
    if (column.required) {
      row.getCell(1).font = { bold: true };
    }
  }
}

function allowedValues(column: MemberColumn, opts: MemberTemplateOptions): string {
  switch (column.kind) {
    case 'sex':
      return `${sexLabels.male}; ${sexLabels.female}`;
    case 'yesNo':
      return `${yesNoLabels.yes}; ${yesNoLabels.no}`;
    case 'category':
      return opts.categories.map((c) => c.name).join('; ');
    case 'group':
      return opts.groups.length > 0 ? opts.groups.map((g) => g.name).join('; ') : '(công đoàn chưa có tổ nào)';
    case 'date':
      return 'dd/mm/yyyy';
    case 'text':
      return '';
  }
}

/** The union's own first category and group make better examples than fixed ones. */
function exampleValue(column: MemberColumn, opts: MemberTemplateOptions): string {
  if (column.kind === 'category') {
    return opts.categories[0]?.name ?? column.example;
  }
  if (column.kind === 'group') {
    return opts.groups[0]?.name ?? '';
  }
  return column.example;
}
