import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { memberDateIssues } from '../../../shared/contracts/member-rules.ts';
import type { Member, MemberInput } from '../../../shared/contracts/members.contract.ts';
import { today } from '../../core/clock.ts';
import { categoriesOf, groupsEverOf } from '../orgs/orgs.service.ts';
import type { YearCell, YearImportContext, YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { buildLookups, type ImportLookups } from './xlsx/cell-to-field.ts';
import { type MemberColumn, memberColumns, memberSheetName, sexLabels } from './xlsx/columns.ts';
import { rowToMember } from './xlsx/row-to-member.ts';
import { yieldToEventLoop } from '../../core/xlsx/read-sheet-rows.ts';
import { findNationalCodes, insertMembersInBatches } from './member-import.repo.ts';
import { findAllMembers } from './members.repo.ts';

// Sổ năm, sheet "Đoàn viên": the members of the union at some time in the year, in the member import's own columns
// and checks. Matched by code: a member already listed is left as listed, a new one is added (admitted on the join
// date); their later status changes travel on the sheet "Biến động đoàn viên".

type Column = MemberColumn & YearSheetColumn;
const columns: readonly Column[] = memberColumns.map((c) => ({
  ...c, type: c.kind === 'date' ? 'date' as const : 'text' as const, note: `${c.hint} Ví dụ: ${c.example}`,
}));
const ended = new Set<Member['status']>(['transferred_out', 'left', 'expelled', 'ended_with_union']);

/** Join dates of the file's members by code, for the status changes sheet (read after this one, in the same import). */
export const joinedOnInFile = new WeakMap<YearImportContext, Map<string, string>>();

interface Prepared {
  lookups: ImportLookups;
  codesSeen: Set<string>;
  /** Mã QLĐV → the code of its holder: listed members, then the file's new ones. */
  nationalCodes: Map<string, string>;
  today: string;
}

export const membersYearSheet: YearSheet<MemberInput, Prepared> = {
  name: memberSheetName,
  description: 'Đoàn viên của công đoàn trong năm (mỗi người một dòng). Đoàn viên đã có (cùng mã) được giữ nguyên, đoàn viên mới được thêm.',
  columns,
  keyFields: ['code', 'fullName'],
  readPermission: 'members.read',
  writePermission: 'members.write',

  async exportRows(db, orgId, year) {
    const [members, categories, groups] = await Promise.all([
      findAllMembers(db, orgId, { status: 'all' }, `${year}-12-31`), categoriesOf(db, orgId), groupsEverOf(db, orgId),
    ]);
    const categoryName = new Map(categories.map((c) => [c.code, c.name]));
    const groupName = new Map(groups.map((g) => [g.id, g.name]));
    return members
      .filter((m) => m.status !== 'pending' && !(ended.has(m.status) && (m.statusSince ?? '') < `${year}-01-01`))
      .map((m): Record<string, YearCell> => ({
        code: m.code, fullName: m.fullName, sex: sexLabels[m.sex], birthDate: m.birthDate, ethnicity: m.ethnicity,
        position: m.position, category: categoryName.get(m.category) ?? m.category,
        groupId: m.groupId === null ? null : (groupName.get(m.groupId) ?? m.groupName), partyMember: m.partyMember,
        education: m.education, politicalTheory: m.politicalTheory, joinedOn: m.joinedOn, phone: m.phone, email: m.email,
        nationalCode: m.nationalCode, cardNumber: m.cardNumber,
      }));
  },

  async prepare(ctx) {
    const [categories, groups, nationalCodes] = await Promise.all([
      categoriesOf(ctx.db, ctx.orgId), groupsEverOf(ctx.db, ctx.orgId), findNationalCodes(ctx.db, ctx.orgId),
    ]);
    return { prepared: { lookups: buildLookups({ categories, groups }), codesSeen: new Set(), nationalCodes, today: today() }, existing: 0 };
  },

  parseRow(cells, ctx, fail, prepared) {
    const converted = rowToMember(cells as Map<Column, CellContent>, prepared.lookups);
    const codeCell = [...cells].find(([c]) => c.field === 'code')?.[1];
    const code = codeCell?.kind === 'text' ? codeCell.text : null;
    if (code !== null) {
      // A later row of the same code is reported; other sheets may point at the code either way.
      ctx.memberCodesInFile.add(code);
      if (prepared.codesSeen.has(code)) {
        fail('code', `Mã đoàn viên '${code}' có ở hai dòng của trang`);
        return null;
      }
      prepared.codesSeen.add(code);
    }
    if (!converted.ok) {
      const field = (header: string) => columns.find((c) => c.header === header)?.field ?? header;
      converted.problems.forEach((p) => fail(field(p.column), p.message));
      return null;
    }
    const issues = memberDateIssues(converted.input, prepared.today);
    issues.forEach((i) => fail(i.path, i.message));
    const { nationalCode } = converted.input;
    const holder = nationalCode === null ? undefined : prepared.nationalCodes.get(nationalCode);
    if (nationalCode !== null && holder !== undefined && holder !== converted.input.code && !ctx.memberIds.has(converted.input.code)) {
      fail('nationalCode', `Mã đoàn viên QLĐV '${nationalCode}' đã dùng cho đoàn viên mã ${holder}`);
      return null;
    }
    if (nationalCode !== null) {
      prepared.nationalCodes.set(nationalCode, converted.input.code);
    }
    const joined = joinedOnInFile.get(ctx) ?? new Map<string, string>();
    joinedOnInFile.set(ctx, joined.set(converted.input.code, converted.input.joinedOn));
    return issues.length === 0 ? converted.input : null;
  },

  async apply(ctx, rows) {
    await insertMembersInBatches(ctx.db, ctx.orgId, rows.filter((r) => !ctx.memberIds.has(r.code)), yieldToEventLoop);
  },
};
