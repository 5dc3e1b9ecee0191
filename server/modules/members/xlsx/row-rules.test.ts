import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseMemberWorkbook } from './member-import.ts';
import { allHeaders, lists, rowOf, workbookOf } from './test-fixtures.ts';

// The stricter row rules of the import: dates against today and the minimum age, phones, characters, formulas, "Con".

const today = '2026-11-30';
const parse = (file: Buffer) => parseMemberWorkbook(file, { ...lists, today });

describe('stricter member rows', () => {
  it('refuses a join date after today and a member younger than 15 on the join date, naming row and column', async () => {
    const { rows, errors } = await parse(await workbookOf([
      allHeaders,
      rowOf('DV1', { 'Ngày vào công đoàn': '01/12/2026' }),
      rowOf('DV2', { 'Ngày sinh': '02/03/2012', 'Ngày vào công đoàn': '01/03/2026' }),
      rowOf('DV3', { 'Ngày sinh': '01/03/2011', 'Ngày vào công đoàn': '01/03/2026' }),
    ]));
    expect(errors).toEqual([
      { row: 2, column: 'Ngày vào công đoàn', message: 'Ngày vào công đoàn 01/12/2026 ở tương lai (sau hôm nay, 30/11/2026)' },
      { row: 3, column: 'Ngày sinh', message: 'Ngày vào công đoàn 01/03/2026 đoàn viên chưa đủ 15 tuổi (sinh ngày 02/03/2012)' },
    ]);
    expect(rows.map((r) => r.input.code)).toEqual(['DV3']);
  });

  it('normalises phones as typed in Excel and refuses what is not a Vietnamese number', async () => {
    const { rows, errors } = await parse(await workbookOf([
      allHeaders,
      rowOf('P1', { 'Số điện thoại': '0905 123 456' }),
      rowOf('P2', { 'Số điện thoại': '+84 905 123 457' }),
      rowOf('P3', { 'Số điện thoại': '0905.123-458' }),
      rowOf('P4', { 'Số điện thoại': 905123459 }),
      rowOf('P5', { 'Số điện thoại': '(024) 3825 1234' }),
      rowOf('P6', { 'Số điện thoại': '12345' }),
      rowOf('P7', { 'Số điện thoại': '+1 202 555 0100' }),
    ]));
    expect(rows.map((r) => r.input.phone)).toEqual(['0905123456', '0905123457', '0905123458', '0905123459', '02438251234']);
    expect(errors.map((e) => [e.row, e.column])).toEqual([[7, 'Số điện thoại'], [8, 'Số điện thoại']]);
    expect(errors[0].message).toContain("Số điện thoại '12345' không hợp lệ");
  });

  it('refuses characters XML cannot carry (NUL, U+FFFE, U+FFFF, control characters), naming the code point', async () => {
    const { rows, errors } = await parse(await workbookOf([
      allHeaders,
      // As Excel stores them: _xHHHH_ escapes (a raw U+FFFE would make the XML itself unreadable).
      rowOf('C1', { 'Họ và tên': 'Nguyễn_xFFFE_An' }),
      rowOf('C2', { 'Chức vụ': 'Kế_x0000_toán' }),
      rowOf('C3', { 'Dân tộc': 'Kinh_xFFFF_' }),
    ]));
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.row, e.column, e.message.match(/U\+[0-9A-F]{4}/)?.[0]])).toEqual([
      [2, 'Họ và tên', 'U+FFFE'], [3, 'Chức vụ', 'U+0000'], [4, 'Dân tộc', 'U+FFFF'],
    ]);
  });

  it('reads a formula with a saved result as that result, and refuses one without', async () => {
    const { rows, errors } = await parse(await workbookOf([
      allHeaders,
      rowOf('F1', { 'Họ và tên': { formula: '"Lê "&"Văn An"', result: 'Lê Văn An' }, 'Số điện thoại': { formula: '"0905"&"123456"', result: '0905123456' } }),
      rowOf('F2', { 'Họ và tên': { formula: 'B2' } }),
    ]));
    expect(rows.map((r) => [r.input.fullName, r.input.phone])).toEqual([['Lê Văn An', '0905123456']]);
    expect(errors).toEqual([{ row: 3, column: 'Họ và tên', message: 'Họ và tên: ô chứa công thức chưa có kết quả; hãy mở tệp bằng Excel và lưu lại' }]);
  });
});

describe('the "Con" sheet', () => {
  async function withChildren(children: ExcelJS.CellValue[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const members = workbook.addWorksheet('Đoàn viên');
    members.addRow(allHeaders);
    members.addRow(rowOf('DV1'));
    members.addRow(rowOf('DV2'));
    const sheet = workbook.addWorksheet('Con');
    sheet.addRow(['Mã đoàn viên', 'Họ và tên con', 'Giới tính', 'Ngày sinh']);
    children.forEach((c) => sheet.addRow(c));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('reads one child per row with its parent\'s code', async () => {
    const { children, errors } = await parse(await withChildren([['DV1', 'Lê Minh An', 'Nam', '02/03/2015'], ['DV1', 'Lê Thu Hà', null, '10/10/2018']]));
    expect(errors).toEqual([]);
    expect(children).toEqual([
      { row: 2, memberCode: 'DV1', child: { fullName: 'Lê Minh An', birthDate: '2015-03-02', sex: 'male' } },
      { row: 3, memberCode: 'DV1', child: { fullName: 'Lê Thu Hà', birthDate: '2018-10-10', sex: null } },
    ]);
  });

  it('reports a child of a code not on the member sheet, and bad cells, with the sheet name', async () => {
    const { errors } = await parse(await withChildren([['DV9', 'Lê Minh An', 'Nam', '02/03/2015'], ['DV2', 'Lê Thu Hà', 'Khác', '31/02/2018']]));
    expect(errors).toEqual([
      { sheet: 'Con', row: 2, column: 'Mã đoàn viên', message: 'Mã đoàn viên \'DV9\' không có trên trang "Đoàn viên" của tệp' },
      { sheet: 'Con', row: 3, column: 'Giới tính', message: "Giới tính 'Khác' không hợp lệ (chọn Nam hoặc Nữ)" },
      { sheet: 'Con', row: 3, column: 'Ngày sinh', message: "Ngày sinh: '31/02/2018' không phải ngày hợp lệ (dd/mm/yyyy)" },
    ]);
  });
});
