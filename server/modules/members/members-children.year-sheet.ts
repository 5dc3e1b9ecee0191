import { today } from '../../core/clock.ts';
import type { YearCell, YearSheet } from '../year-workbook/year-sheet.ts';
import { memberIdOf, yearCells } from '../year-workbook/year-cells.ts';
import { findChildren, replaceChildren } from './member-import.repo.ts';
import { membersYearSheet } from './members.year-sheet.ts';
import { childColumns, sexLabels } from './xlsx/columns.ts';

// Sổ năm, sheet "Con đoàn viên": the children of the year's members (the member import's "Con" columns). A child
// already recorded (same parent, name and birth date) is left as it is; the others are added.

interface ChildRow {
  memberCode: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female' | null;
}

const widths = { memberCode: 14, fullName: 26, sex: 10, birthDate: 12 } as const;
const childKey = (memberId: number, fullName: string, birthDate: string) => `${memberId}|${fullName}|${birthDate}`;

export const childrenYearSheet: YearSheet<ChildRow, { today: string }> = {
  name: 'Con đoàn viên',
  description: 'Con của đoàn viên (quà Tết thiếu nhi, khen thưởng học sinh giỏi): mỗi cháu một dòng, theo mã đoàn viên của cha hoặc mẹ.',
  columns: childColumns.map((c) => ({
    header: c.header, field: c.field, required: c.required, type: c.field === 'birthDate' ? 'date' : 'text', width: widths[c.field], note: c.hint,
  })),
  keyFields: ['memberCode', 'fullName'],
  readPermission: 'members.read',
  writePermission: 'members.write',

  async exportRows(db, orgId, year) {
    const codes = new Set((await membersYearSheet.exportRows(db, orgId, year)).map((m) => m.code));
    return (await findChildren(db, orgId)).filter((c) => codes.has(c.code)).map((c): Record<string, YearCell> => ({
      memberCode: c.code, fullName: c.fullName, sex: c.sex ? sexLabels[c.sex] : null, birthDate: c.birthDate,
    }));
  },

  prepare() {
    return Promise.resolve({ prepared: { today: today() }, existing: 0 });
  },

  parseRow(cells, ctx, fail, prepared) {
    const cell = yearCells(cells, fail);
    const memberCode = cell.memberCode('memberCode', ctx);
    const fullName = cell.text('fullName', { required: true, max: 100 });
    if (fullName !== null && fullName.length < 2) {
      fail('fullName', 'Họ và tên con phải từ 2 đến 100 ký tự');
      return null;
    }
    const sex = cell.choice('sex', { male: sexLabels.male, female: sexLabels.female });
    const birthDate = cell.date('birthDate', { required: true });
    if (birthDate !== null && birthDate > prepared.today) {
      fail('birthDate', 'Ngày sinh ở tương lai');
      return null;
    }
    return cell.ok ? { memberCode: memberCode!, fullName: fullName!, birthDate: birthDate!, sex } : null;
  },

  async apply(ctx, rows) {
    const recorded = new Set((await findChildren(ctx.db, ctx.orgId)).map((c) => childKey(c.memberId, c.fullName, c.birthDate)));
    const added = rows
      .map((r) => ({ memberId: memberIdOf(ctx, r.memberCode), fullName: r.fullName, birthDate: r.birthDate, sex: r.sex }))
      .filter((c) => !recorded.has(childKey(c.memberId, c.fullName, c.birthDate)));
    await replaceChildren(ctx.db, ctx.orgId, [], added);
  },
};
