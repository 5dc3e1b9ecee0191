import ExcelJS from 'exceljs';
import type { Member } from '../../../../shared/contracts/members.contract.ts';
import { memberColumns } from './columns.ts';

// Shared by the xlsx tests: the catalogue as the database seeds it, two groups, and builders.

export const categories = [
  { code: 'can_bo_cong_chuc', name: 'Cán bộ, công chức' },
  { code: 'khong_chuyen_trach', name: 'Cán bộ không chuyên trách' },
  { code: 'vien_chuc', name: 'Viên chức' },
  { code: 'hop_dong', name: 'Người lao động hợp đồng' },
  { code: 'cong_nhan_lao_dong', name: 'Công nhân, người lao động' },
  { code: 'quan_ly', name: 'Cán bộ quản lý' },
  { code: 'xa_vien', name: 'Thành viên hợp tác xã' },
  { code: 'lao_dong_tu_do', name: 'Người lao động tự do' },
];

export const groups = [
  { id: 11, name: 'Tổ Văn phòng' },
  { id: 12, name: 'Tổ Kế toán, Tài vụ' },
];

export const lists = { categories, groups };

export const allHeaders = memberColumns.map((c) => c.header);

/** A one-sheet workbook: `rows[0]` is row 1. */
export async function workbookOf(rows: ExcelJS.CellValue[][], sheetName = 'Đoàn viên'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A complete, valid data row in `allHeaders` order, with some cells replaced by header. */
export function rowOf(code: string, overrides: Record<string, ExcelJS.CellValue> = {}): ExcelJS.CellValue[] {
  const base: Record<string, ExcelJS.CellValue> = {
    'Mã đoàn viên': code,
    'Họ và tên': 'Nguyễn Thị Lan',
    'Giới tính': 'Nữ',
    'Ngày sinh': '05/01/1990',
    'Dân tộc': 'Kinh',
    'Chức vụ': 'Kế toán viên',
    'Đối tượng': 'Viên chức',
    'Tổ công đoàn': 'Tổ Văn phòng',
    'Đảng viên': 'Có',
    'Trình độ học vấn/chuyên môn': 'Đại học',
    'Lý luận chính trị': 'Trung cấp',
    'Ngày vào công đoàn': '01/03/2015',
    'Số điện thoại': '0912345678',
    'Email': 'lan.nt@example.vn',
    'Mã đoàn viên QLĐV': null,
    'Số thẻ đoàn viên': null,
  };
  const values = { ...base, ...overrides };
  return allHeaders.map((h) => values[h] ?? null);
}

export function memberOf(id: number, overrides: Partial<Member> = {}): Member {
  return {
    id,
    orgId: 1,
    code: `DV${String(id).padStart(4, '0')}`,
    nationalCode: null,
    cardNumber: null,
    fullName: 'Trần Văn Minh',
    sex: 'male',
    birthDate: '1985-11-30',
    ethnicity: 'Kinh',
    position: null,
    category: 'vien_chuc',
    groupId: null,
    groupName: null,
    partyMember: false,
    education: null,
    politicalTheory: null,
    joinedOn: '2010-09-01',
    phone: null,
    email: null,
    status: 'active',
    statusSince: null,
    ...overrides,
  };
}
