// Writes a member workbook of any size with exceljs' streaming writer (bounded memory), for bench:import.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { memberColumns, memberSheetName } from '../server/modules/members/xlsx/columns.ts';

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const middles = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Quang', 'Thanh'];
const givens = ['An', 'Ánh', 'Ân', 'Bình', 'Châu', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Oanh'];

/** Cells of data row `n` (0-based), by header; `bad` rows get a join date in 2099. */
export function benchRow(n: number, bad = false): Record<string, string> {
  const pad = (v: number) => String(v).padStart(2, '0');
  return {
    'Mã đoàn viên': `CN${String(n + 1).padStart(6, '0')}`,
    'Họ và tên': `${families[n % families.length]} ${middles[(n >> 3) % middles.length]} ${givens[(n * 7) % givens.length]}`,
    'Giới tính': n % 3 === 0 ? 'Nam' : 'Nữ',
    'Ngày sinh': `${pad(1 + (n % 28))}/${pad(1 + (n % 12))}/${1965 + (n % 40)}`,
    'Dân tộc': 'Kinh',
    'Chức vụ': 'Công nhân may',
    'Đối tượng': n % 10 === 0 ? 'Cán bộ quản lý' : 'Công nhân, người lao động',
    'Đảng viên': n % 11 === 0 ? 'Có' : 'Không',
    'Ngày vào công đoàn': bad ? '01/03/2099' : `01/03/${2022 + (n % 3)}`,
    'Số điện thoại': `09${String(10_000_000 + n).padStart(8, '0')}`,
  };
}

/** A workbook of `rows` valid members; `badRow` (an Excel row number) holds a join date in the future. */
export async function benchWorkbook(rows: number, badRow?: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(memberSheetName);
  sheet.addRow(memberColumns.map((c) => c.header)).commit();
  for (let n = 0; n < rows; n += 1) {
    const cells = benchRow(n, n + 2 === badRow);
    sheet.addRow(memberColumns.map((c) => cells[c.header] ?? null)).commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
