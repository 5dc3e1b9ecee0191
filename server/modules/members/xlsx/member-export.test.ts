import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Member, memberInput } from '../../../../shared/contracts/members.contract.ts';
import { memberColumns } from './columns.ts';
import { exportMembersWorkbook } from './member-export.ts';
import { parseMemberWorkbook } from './member-import.ts';
import { allHeaders, categories, groups, lists, memberOf } from './test-fixtures.ts';

const members: Member[] = [
  memberOf(1),
  memberOf(2, {
    code: '00123',
    fullName: 'Nguyễn Thị Lan',
    sex: 'female',
    birthDate: null,
    category: 'can_bo_cong_chuc',
    groupId: 12,
    groupName: 'Tổ Kế toán, Tài vụ',
    partyMember: true,
    education: 'Thạc sĩ',
    politicalTheory: 'Cao cấp',
    phone: '0912 345 678',
    email: 'lan.nt@example.vn',
    nationalCode: '79190012345',
    cardNumber: '0012345',
    status: 'transferred_out',
  }),
  memberOf(3, { position: 'Chủ tịch công đoàn', groupId: 11, groupName: 'Tổ Văn phòng', status: 'left' }),
];

const opts = { categories, groups, orgName: 'Công đoàn Trường THCS Hương Bình & Tiểu học', asOf: '2024-12-31' };

/** What a member was created from: the fields `memberInput` knows. */
function inputOf(member: Member) {
  return memberInput.parse(Object.fromEntries(memberColumns.map((c) => [c.field, member[c.field]])));
}

async function exportedSheet(): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportMembersWorkbook(members, opts)) as unknown as ArrayBuffer);
  return { workbook, sheet: workbook.worksheets[0] };
}

describe('exportMembersWorkbook', () => {
  it('imports again to the same inputs', async () => {
    const { rows, errors } = await parseMemberWorkbook(await exportMembersWorkbook(members, opts), lists);
    expect(errors).toEqual([]);
    expect(rows).toEqual(members.map((m, i) => ({ row: i + 2, input: inputOf(m) })));
  });

  it('writes the import columns in order, then the status on the date asked', async () => {
    const { sheet } = await exportedSheet();
    expect(sheet.name).toBe('Đoàn viên');
    expect(sheet.getRow(1).values).toEqual([undefined, ...allHeaders, 'Trạng thái']);
    expect(sheet.getColumn(17).values.slice(2)).toEqual(['Đang sinh hoạt', 'Đã chuyển đi', 'Thôi sinh hoạt']);
    expect(sheet.getRow(3).getCell(3).value).toBe('Nữ');
    expect(sheet.getRow(3).getCell(7).value).toBe('Cán bộ, công chức');
    expect(sheet.getRow(3).getCell(9).value).toBe('Có');
  });

  it('writes dates as date cells shown dd/mm/yyyy', async () => {
    const { sheet } = await exportedSheet();
    const birth = sheet.getCell('D2');
    expect(birth.value).toEqual(new Date(Date.UTC(1985, 10, 30)));
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('D3').value).toBeNull();
  });

  it('names the union and the date in the document properties and the printed header', async () => {
    const { workbook, sheet } = await exportedSheet();
    expect(workbook.title).toBe('Danh sách đoàn viên — Công đoàn Trường THCS Hương Bình & Tiểu học');
    expect(workbook.subject).toBe('Tính đến ngày 31/12/2024');
    expect(sheet.headerFooter.oddHeader).toBe(
      '&LCông đoàn Trường THCS Hương Bình && Tiểu học&RDanh sách đoàn viên ngày 31/12/2024',
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('exports an empty list as headers only', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportMembersWorkbook([], opts)) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].actualRowCount).toBe(1);
  });
});
