import ExcelJS from 'exceljs';
import type { Member } from '../../../../shared/contracts/members.contract.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import {
  type MemberColumn,
  memberColumns,
  memberSheetName,
  sexLabels,
  statusHeader,
  statusLabels,
  yesNoLabels,
} from './columns.ts';
import { addChildSheet, type ChildExportRow } from './child-sheet.ts';
import { styleHeaderRow, utcDate } from './sheet-style.ts';

export interface MemberExportOptions {
  categories: { code: string; name: string }[];
  groups: { id: number; name: string }[];
  orgName: string;
  /** The date the statuses are given for (ISO). */
  asOf: string;
  /** Children of the members listed, written to the "Con" sheet. */
  children?: readonly ChildExportRow[];
}

/**
 * The member list as .xlsx, in the import's columns and order plus "Trạng thái" at the end,
 * so the file can be edited and imported again. Row 1 stays the header row: the union's name and
 * the date go in the document properties and the printed page header instead of a title row.
 */
export async function exportMembersWorkbook(members: Member[], opts: MemberExportOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `Danh sách đoàn viên — ${opts.orgName}`;
  workbook.subject = `Tính đến ngày ${formatDateVi(opts.asOf)}`;

  const sheet = workbook.addWorksheet(memberSheetName, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: {
      oddHeader: `&L${escapeHeader(opts.orgName)}&RDanh sách đoàn viên ngày ${formatDateVi(opts.asOf)}`,
      oddFooter: '&CTrang &P/&N',
    },
  });
  sheet.columns = [
    ...memberColumns.map((c) => ({
      header: c.header,
      width: c.width,
      // Real date cells sort and filter as dates; the explicit format shows dd/mm/yyyy in any locale.
      style: { numFmt: c.kind === 'date' ? 'dd/mm/yyyy' : '@' },
    })),
    { header: statusHeader, width: 20 },
  ];
  styleHeaderRow(sheet);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: memberColumns.length + 1 } };

  const categoryNames = new Map(opts.categories.map((c) => [c.code, c.name]));
  const groupNames = new Map(opts.groups.map((g) => [g.id, g.name]));
  for (const member of members) {
    sheet.addRow([
      ...memberColumns.map((column) => cellValue(column, member, categoryNames, groupNames)),
      statusLabels[member.status],
    ]);
  }
  addChildSheet(workbook, opts.children ?? []);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(
  column: MemberColumn,
  member: Member,
  categoryNames: Map<string, string>,
  groupNames: Map<number, string>,
): ExcelJS.CellValue {
  switch (column.kind) {
    case 'sex':
      return sexLabels[member.sex];
    case 'yesNo':
      return member.partyMember ? yesNoLabels.yes : yesNoLabels.no;
    case 'category':
      return categoryNames.get(member.category) ?? member.category;
    case 'group':
      return member.groupId === null ? null : (groupNames.get(member.groupId) ?? member.groupName);
    case 'date': {
      const iso = member[column.field] as string | null;
      return iso ? utcDate(iso) : null;
    }
    case 'text':
      return member[column.field] as string | null;
  }
}

/** "&" starts a code in Excel page headers; a literal one is written "&&". */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}
