import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.ts';
import { parseMemberWorkbook } from './member-import.ts';
import { maxImportRows } from './columns.ts';
import { allHeaders, lists, rowOf, workbookOf } from './test-fixtures.ts';

const lan = {
  code: 'DV0001',
  nationalCode: null,
  cardNumber: null,
  fullName: 'Nguyễn Thị Lan',
  sex: 'female',
  birthDate: '1990-01-05',
  ethnicity: 'Kinh',
  position: 'Kế toán viên',
  category: 'vien_chuc',
  groupId: 11,
  partyMember: true,
  education: 'Đại học',
  politicalTheory: 'Trung cấp',
  joinedOn: '2015-03-01',
  phone: '0912345678',
  email: 'lan.nt@example.vn',
};

async function badFile(file: Buffer | ArrayBuffer): Promise<AppError> {
  const error = await parseMemberWorkbook(file, lists).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BAD_FILE');
  return error as AppError;
}

describe('parseMemberWorkbook', () => {
  it('reads a good workbook with no errors', async () => {
    const file = await workbookOf([
      allHeaders,
      rowOf('DV0001'),
      rowOf('DV0002', { 'Giới tính': 'Nam', 'Tổ công đoàn': null, 'Đảng viên': null, 'Đối tượng': 'Cán bộ, công chức' }),
    ]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, input: lan },
      { row: 3, input: { ...lan, code: 'DV0002', sex: 'male', groupId: null, partyMember: false, category: 'can_bo_cong_chuc' } },
    ]);
  });

  it('matches headers ignoring case, diacritics, spaces and order, and ignores unknown columns', async () => {
    const reordered = [...allHeaders].reverse();
    const headers = [...reordered.map((h) => `  ${h.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')} `), 'Ghi chú'];
    const data = [...rowOf('DV0001')].reverse();
    const file = await workbookOf([headers, [...data, 'không nhập cột này']]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, input: lan }]);
  });

  it('reports a bad date in row 4 and an unknown category in row 5, and nothing else', async () => {
    const file = await workbookOf([
      allHeaders,
      rowOf('DV0001'),
      rowOf('DV0002'),
      rowOf('DV0003', { 'Ngày sinh': '31/02/1990' }),
      rowOf('DV0004', { 'Đối tượng': 'abc' }),
      rowOf('DV0005'),
    ]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([
      { row: 4, column: 'Ngày sinh', message: "Ngày sinh: '31/02/1990' không phải ngày hợp lệ (dd/mm/yyyy)" },
      { row: 5, column: 'Đối tượng', message: "Đối tượng 'abc' không có trong danh mục" },
    ]);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 6]);
  });

  it('reports every bad cell of a row once, in column order', async () => {
    const file = await workbookOf([
      allHeaders,
      rowOf('DV0001', {
        'Họ và tên': null,
        'Giới tính': 'Khác',
        'Tổ công đoàn': 'Tổ Bảo vệ',
        'Đảng viên': 'chưa',
        'Dân tộc': 'K'.repeat(51),
        'Số điện thoại': '12ab',
        'Email': 'lan@',
        'Ngày vào công đoàn': null,
      }),
    ]);
    const { errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([
      { row: 2, column: 'Họ và tên', message: 'Họ và tên: bắt buộc nhập' },
      { row: 2, column: 'Giới tính', message: "Giới tính 'Khác' không hợp lệ (chọn Nam hoặc Nữ)" },
      { row: 2, column: 'Dân tộc', message: 'Dân tộc quá dài (tối đa 50 ký tự)' },
      { row: 2, column: 'Tổ công đoàn', message: "Tổ công đoàn 'Tổ Bảo vệ' không có trong danh sách tổ công đoàn" },
      { row: 2, column: 'Đảng viên', message: "Đảng viên 'chưa' không hợp lệ (chọn Có hoặc Không)" },
      { row: 2, column: 'Ngày vào công đoàn', message: 'Ngày vào công đoàn: bắt buộc nhập' },
      { row: 2, column: 'Số điện thoại', message: "Số điện thoại '12ab' không hợp lệ (10 chữ số bắt đầu bằng 0 (di động), hoặc 11 chữ số bắt đầu bằng 02 (máy cố định))" },
      { row: 2, column: 'Email', message: "Email 'lan@' không hợp lệ" },
    ]);
  });

  it('reports a code already used higher up, pointing at the first row', async () => {
    const file = await workbookOf([
      allHeaders,
      rowOf('DV0001'),
      rowOf('DV0002', { 'Mã đoàn viên QLĐV': 'Q1' }),
      rowOf('DV0003'),
      rowOf('DV0002', { 'Mã đoàn viên QLĐV': 'Q1' }),
    ]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([
      { row: 5, column: 'Mã đoàn viên', message: 'Mã đoàn viên bị trùng với dòng 3' },
      { row: 5, column: 'Mã đoàn viên QLĐV', message: 'Mã đoàn viên QLĐV bị trùng với dòng 3' },
    ]);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('turns numbers into text without ".0" and gives a phone typed as a number its leading 0', async () => {
    const file = await workbookOf([
      allHeaders,
      rowOf('x', { 'Mã đoàn viên': 1024, 'Số điện thoại': 912345678, 'Số thẻ đoàn viên': 7.0, 'Mã đoàn viên QLĐV': 79190012345 }),
    ]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([]);
    expect(rows[0].input).toMatchObject({ code: '1024', phone: '0912345678', cardNumber: '7', nationalCode: '79190012345' });
  });

  it('accepts real date cells as well as dd/mm/yyyy text', async () => {
    const file = await workbookOf([
      allHeaders,
      rowOf('DV0001', {
        'Ngày sinh': new Date(Date.UTC(1990, 0, 5)),
        'Ngày vào công đoàn': new Date(Date.UTC(2015, 2, 1)),
      }),
    ]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([]);
    expect(rows[0].input).toMatchObject({ birthDate: '1990-01-05', joinedOn: '2015-03-01' });
  });

  it('reads a bare Excel day number as a date, but not a year typed alone', async () => {
    // What a date pasted as a value into the template's text-formatted column becomes.
    const file = await workbookOf([
      allHeaders,
      rowOf('DV0001', { 'Ngày sinh': 33428 }),
      rowOf('DV0002', { 'Ngày sinh': 1990 }),
    ]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(rows.map((r) => [r.row, r.input.birthDate])).toEqual([[2, '1991-07-09']]);
    expect(errors).toEqual([
      { row: 3, column: 'Ngày sinh', message: "Ngày sinh: '1990' không phải ngày hợp lệ (dd/mm/yyyy)" },
    ]);
  });

  it('reads rich text, hyperlinks and formula results, and flags a formula Excel never computed', async () => {
    const file = await workbookOf([
      allHeaders,
      rowOf('DV0001', {
        'Họ và tên': { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Thị Lan' }] },
        'Email': { text: 'lan.nt@example.vn', hyperlink: 'mailto:lan.nt@example.vn' },
        'Dân tộc': { formula: '"Ki"&"nh"', result: 'Kinh' },
      }),
      rowOf('DV0002', { 'Chức vụ': { formula: 'A1&"x"' } }),
    ]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(rows).toEqual([{ row: 2, input: lan }]);
    expect(errors).toEqual([
      {
        row: 3,
        column: 'Chức vụ',
        message: 'Chức vụ: ô chứa công thức chưa có kết quả; hãy mở tệp bằng Excel và lưu lại',
      },
    ]);
  });

  it('skips fully empty rows but keeps Excel row numbers', async () => {
    const file = await workbookOf([allHeaders, rowOf('DV0001'), [], allHeaders.map(() => '  '), rowOf('DV0002')]);
    const { rows, errors } = await parseMemberWorkbook(file, lists);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('finds the headers below a title row', async () => {
    const file = await workbookOf([['DANH SÁCH ĐOÀN VIÊN'], allHeaders, rowOf('DV0001')]);
    const { rows } = await parseMemberWorkbook(file, lists);
    expect(rows).toEqual([{ row: 3, input: lan }]);
  });

  it('prefers the sheet named "Đoàn viên" over the first one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ghi chú').getCell('A1').value = 'xin chào';
    const sheet = workbook.addWorksheet('Đoàn viên');
    sheet.addRow(allHeaders);
    sheet.addRow(rowOf('DV0001'));
    const { rows } = await parseMemberWorkbook(await workbook.xlsx.writeBuffer(), lists);
    expect(rows).toEqual([{ row: 2, input: lan }]);
  });

  it('refuses a file missing required columns, naming them', async () => {
    const keep = allHeaders.map((h) => h !== 'Giới tính' && h !== 'Ngày vào công đoàn');
    const file = await workbookOf([allHeaders.filter((_, i) => keep[i]), rowOf('DV0001').filter((_, i) => keep[i])]);
    const error = await badFile(file);
    expect(error.message).toContain('"Giới tính", "Ngày vào công đoàn"');
    expect(error.details).toEqual({ missingColumns: ['Giới tính', 'Ngày vào công đoàn'] });
  });

  it('refuses a header written twice', async () => {
    const file = await workbookOf([[...allHeaders, 'Họ và tên'], rowOf('DV0001')]);
    expect((await badFile(file)).message).toBe('Cột "Họ và tên" xuất hiện hai lần (cột B và Q).');
  });

  it('refuses what is not an .xlsx workbook', async () => {
    const notXlsx = 'Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải về từ phần mềm.';
    const csv = Buffer.from(`${allHeaders.join(',')}\nDV0001,Nguyễn Thị Lan,Nữ\n`);
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Biên bản')] }] }));
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]);
    for (const file of [csv, docx, brokenZip, Buffer.from([1, 2, 3, 4, 5]), Buffer.alloc(0), new ArrayBuffer(8)]) {
      expect((await badFile(file)).message).toBe(notXlsx);
    }
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await badFile(xls)).message).toContain('(.xls)');
  });

  it('refuses a file without data rows', async () => {
    const noData = 'Tệp không có dòng dữ liệu nào';
    expect((await badFile(await workbookOf([]))).message).toBe(noData);
    expect((await badFile(await workbookOf([allHeaders]))).message).toBe(noData);
    expect((await badFile(await workbookOf([allHeaders, [], []]))).message).toBe(noData);
  });

  it('stops reading as soon as the row limit is passed, naming the row', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => rowOf(`DV${i}`));
    const error = await parseMemberWorkbook(await workbookOf([allHeaders, ...rows]), { ...lists, maxRows: 50 }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('BAD_FILE');
    expect((error as AppError).message).toContain('dòng 52 đã vượt giới hạn 50 dòng');
    expect(maxImportRows).toBeGreaterThanOrEqual(100_000);
  });
});
