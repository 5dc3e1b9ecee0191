import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.ts';
import { parseMemberWorkbook } from './member-import.ts';
import { buildMemberTemplate } from './member-template.ts';
import { allHeaders, categories, groups, lists, rowOf } from './test-fixtures.ts';

type Validation = ExcelJS.DataValidation & { errorStyle?: string };
type WithValidations = { dataValidations: { model: Record<string, Validation | undefined> } };

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

async function template(): Promise<ExcelJS.Workbook> {
  return load(await buildMemberTemplate({ categories, groups, orgName: 'Công đoàn Trường THCS Hương Bình' }));
}

describe('buildMemberTemplate', () => {
  it('has the member sheet first, the children sheet, the guide, and a hidden list sheet', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Đoàn viên', 'visible'],
      ['Con', 'visible'],
      ['Hướng dẫn', 'visible'],
      ['Danh mục', 'hidden'],
    ]);
  });

  it('has only the frozen, bold header row on the member sheet', async () => {
    const sheet = (await template()).getWorksheet('Đoàn viên')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...allHeaders]);
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.actualRowCount).toBe(1);
    expect(sheet.getColumn(2).width).toBe(26);
  });

  it('offers drop-downs on rows 2 to 1000 for sex, category, group and party membership', async () => {
    const sheet = (await template()).getWorksheet('Đoàn viên')!;
    const model = (sheet as unknown as WithValidations).dataValidations.model;
    const letterOf = (header: string) => sheet.getColumn(allHeaders.indexOf(header) + 1).letter;
    const formulaAt = (header: string, row: number) => model[`${letterOf(header)}${row}`]?.formulae;

    expect(formulaAt('Giới tính', 2)).toEqual(['"Nam,Nữ"']);
    expect(formulaAt('Đảng viên', 1000)).toEqual(['"Có,Không"']);
    // "Cán bộ, công chức" holds a comma, so categories always come from the list sheet.
    expect(formulaAt('Đối tượng', 500)).toEqual(["'Danh mục'!$A$2:$A$9"]);
    expect(formulaAt('Tổ công đoàn', 2)).toEqual(["'Danh mục'!$B$2:$B$3"]);
    expect(model[`${letterOf('Giới tính')}2`]).toMatchObject({ type: 'list', showErrorMessage: true, errorStyle: 'stop' });
    expect(formulaAt('Giới tính', 1)).toBeUndefined();
    expect(formulaAt('Giới tính', 1001)).toBeUndefined();
    expect(formulaAt('Họ và tên', 2)).toBeUndefined();
  });

  it('puts the category and group names on the list sheet', async () => {
    const sheet = (await template()).getWorksheet('Danh mục')!;
    expect(sheet.getColumn(1).values.slice(2)).toEqual(categories.map((c) => c.name));
    expect(sheet.getColumn(2).values.slice(2)).toEqual(groups.map((g) => g.name));
  });

  it('leaves out the group drop-down when the union has no groups', async () => {
    const workbook = await load(await buildMemberTemplate({ categories, groups: [], orgName: 'CĐCS' }));
    const sheet = workbook.getWorksheet('Đoàn viên')!;
    const model = (sheet as unknown as WithValidations).dataValidations.model;
    expect(model.H2).toBeUndefined();
    expect(model.G2?.formulae).toEqual(["'Danh mục'!$A$2:$A$9"]);
  });

  it('explains every column on the guide sheet', async () => {
    const sheet = (await template()).getWorksheet('Hướng dẫn')!;
    const rows = sheet
      .getSheetValues()
      .filter((r) => Array.isArray(r))
      .map((r) => r.slice(1));
    const byHeader = new Map(rows.map((r) => [r[0], r]));
    for (const header of allHeaders) {
      expect(byHeader.has(header), header).toBe(true);
    }
    expect(byHeader.get('Mã đoàn viên')?.[1]).toBe('Có');
    expect(byHeader.get('Ngày sinh')?.slice(1)).toEqual(['Không', 'Dạng dd/mm/yyyy (ngày/tháng/năm).', 'dd/mm/yyyy', '05/01/1990']);
    expect(byHeader.get('Đối tượng')?.[3]).toBe(categories.map((c) => c.name).join('; '));
    expect(byHeader.get('Tổ công đoàn')?.[4]).toBe('Tổ Văn phòng');
    expect(String(rows[0][0])).toContain('Công đoàn Trường THCS Hương Bình');
  });

  it('imports once filled in, and not while empty', async () => {
    const buffer = await buildMemberTemplate({ categories, groups, orgName: 'CĐCS' });
    const empty = await parseMemberWorkbook(buffer, lists).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(AppError);
    expect((empty as AppError).message).toBe('Tệp không có dòng dữ liệu nào');

    const workbook = await load(buffer);
    workbook.getWorksheet('Đoàn viên')!.getRow(2).values = rowOf('DV0001');
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const { rows, errors } = await parseMemberWorkbook(filled, lists);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0].input).toMatchObject({ code: 'DV0001', groupId: 11, category: 'vien_chuc' });
  });
});
