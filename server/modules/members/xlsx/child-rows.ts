import type { XlsxRow } from '../../../core/xlsx/read-xlsx.ts';
import { childInput, type ImportRowError } from '../../../../shared/contracts/members.contract.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { readCell } from '../../../core/xlsx/cell-content.ts';
import { type ImportLookups, toFieldValue } from './cell-to-field.ts';
import { type ChildColumn, childColumns, type MemberColumn } from './columns.ts';
import { type HeaderMap, mapHeaders, rowsSearchedForHeaders } from '../../../core/xlsx/header-map.ts';
import type { StreamedSheet } from './read-workbook.ts';

// The "Con" sheet: one child of a member per row (mã đoàn viên của cha/mẹ, họ tên, giới tính, ngày sinh).

export interface ParsedChild {
  row: number;
  memberCode: string;
  child: { fullName: string; birthDate: string; sex: 'male' | 'female' | null };
}

/** How each child cell is read: the member sheet's conversions (text, Nam/Nữ, dd/mm/yyyy) are reused. */
const asMemberColumn: Record<ChildColumn['field'], MemberColumn['kind']> = {
  memberCode: 'text', fullName: 'text', sex: 'sex', birthDate: 'date',
};

export async function readChildSheet(
  sheet: StreamedSheet, lookups: ImportLookups, today: string,
): Promise<{ children: ParsedChild[]; errors: ImportRowError[] }> {
  const firstRows: XlsxRow[] = [];
  const children: ParsedChild[] = [];
  const errors: ImportRowError[] = [];
  let header: HeaderMap<ChildColumn> | null = null;
  const take = (row: XlsxRow) => {
    if (!header || row.number <= header.headerRow) {
      return;
    }
    const checked = checkChildRow(row, header, lookups, today);
    if (checked === null) {
      return;
    }
    if ('child' in checked) {
      children.push(checked);
    } else {
      errors.push(...checked.errors.map((e) => ({ sheet: sheet.name, row: row.number, ...e })));
    }
  };
  for await (const row of sheet.rows) {
    if (!header && row.number <= rowsSearchedForHeaders) {
      firstRows.push(row);
      continue;
    }
    header ??= mapHeaders(firstRows, childColumns, ['memberCode', 'fullName'], sheet.name);
    firstRows.forEach(take);
    firstRows.length = 0;
    take(row);
  }
  if (!header && firstRows.length > 0) {
    header = mapHeaders(firstRows, childColumns, ['memberCode', 'fullName'], sheet.name);
    firstRows.forEach(take);
  }
  return { children, errors };
}

function checkChildRow(
  row: XlsxRow, header: HeaderMap<ChildColumn>, lookups: ImportLookups, today: string,
): ParsedChild | { errors: { column: string; message: string }[] } | null {
  const values: Record<string, unknown> = {};
  const errors: { column: string; message: string }[] = [];
  let empty = true;
  for (const [column, colNumber] of header.columns) {
    const content = readCell(row.cells.get(colNumber));
    empty &&= content.kind === 'empty';
    const asMember = { ...column, field: 'code', kind: asMemberColumn[column.field], example: '' } as const satisfies MemberColumn;
    const value = toFieldValue(asMember, content, lookups);
    if (value.ok) {
      values[column.field] = value.value;
    } else {
      errors.push({ column: column.header, message: value.message });
    }
  }
  if (empty) {
    return null;
  }
  const parsed = childInput.safeParse({ fullName: values.fullName, birthDate: values.birthDate, sex: values.sex ?? null });
  if (parsed.success && parsed.data.birthDate > today) {
    errors.push({ column: 'Ngày sinh', message: `Ngày sinh ${formatDateVi(parsed.data.birthDate)} ở tương lai` });
  }
  if (!parsed.success && errors.length === 0) {
    errors.push({ column: 'Họ và tên con', message: 'Họ và tên con phải từ 2 đến 100 ký tự' });
  }
  if (errors.length > 0 || !parsed.success) {
    return { errors };
  }
  return { row: row.number, memberCode: String(values.memberCode), child: parsed.data };
}
