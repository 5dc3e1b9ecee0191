import type { MemberInput, MemberStatus } from '../../../../shared/contracts/members.contract.ts';

// The member sheet (danh sách đoàn viên) as the template, the import and the export all see it.
// Export writes these columns in this order, so an exported file imports again unchanged.

/** How a cell's text becomes a field value. */
export type ColumnKind = 'text' | 'date' | 'sex' | 'category' | 'group' | 'yesNo';

export interface MemberColumn {
  header: string;
  field: keyof MemberInput;
  required: boolean;
  kind: ColumnKind;
  /** Explanation for the "Hướng dẫn" sheet. */
  hint: string;
  example: string;
  /** Column width in characters. */
  width: number;
}

export const memberColumns: readonly MemberColumn[] = [
  { header: 'Mã đoàn viên', field: 'code', required: true, kind: 'text', width: 14, example: 'DV0001',
    hint: 'Mã do công đoàn cơ sở đặt, không trùng nhau, tối đa 30 ký tự.' },
  { header: 'Họ và tên', field: 'fullName', required: true, kind: 'text', width: 26, example: 'Nguyễn Thị Lan',
    hint: 'Họ, tên đệm và tên, từ 2 đến 100 ký tự.' },
  { header: 'Giới tính', field: 'sex', required: true, kind: 'sex', width: 10, example: 'Nữ',
    hint: 'Chọn Nam hoặc Nữ.' },
  { header: 'Ngày sinh', field: 'birthDate', required: false, kind: 'date', width: 12, example: '05/01/1990',
    hint: 'Dạng dd/mm/yyyy (ngày/tháng/năm).' },
  { header: 'Dân tộc', field: 'ethnicity', required: false, kind: 'text', width: 10, example: 'Kinh',
    hint: 'Tối đa 50 ký tự.' },
  { header: 'Chức vụ', field: 'position', required: false, kind: 'text', width: 20, example: 'Kế toán viên',
    hint: 'Chức vụ chính quyền hoặc công đoàn, tối đa 100 ký tự.' },
  { header: 'Đối tượng', field: 'category', required: true, kind: 'category', width: 28, example: 'Viên chức',
    hint: 'Chọn một đối tượng trong danh mục của công đoàn cơ sở.' },
  { header: 'Tổ công đoàn', field: 'groupId', required: false, kind: 'group', width: 20, example: 'Tổ Văn phòng',
    hint: 'Chọn tên tổ công đoàn; để trống nếu đoàn viên không thuộc tổ nào.' },
  { header: 'Đảng viên', field: 'partyMember', required: false, kind: 'yesNo', width: 10, example: 'Không',
    hint: 'Có hoặc Không; để trống là Không.' },
  { header: 'Trình độ học vấn/chuyên môn', field: 'education', required: false, kind: 'text', width: 22,
    example: 'Đại học', hint: 'Tối đa 100 ký tự.' },
  { header: 'Lý luận chính trị', field: 'politicalTheory', required: false, kind: 'text', width: 16,
    example: 'Trung cấp', hint: 'Tối đa 100 ký tự.' },
  { header: 'Ngày vào công đoàn', field: 'joinedOn', required: true, kind: 'date', width: 14,
    example: '01/03/2015', hint: 'Dạng dd/mm/yyyy (ngày/tháng/năm).' },
  { header: 'Số điện thoại', field: 'phone', required: false, kind: 'text', width: 14, example: '0912345678',
    hint: 'Số Việt Nam: 10 chữ số bắt đầu bằng 0, hoặc máy cố định 11 chữ số bắt đầu bằng 02; dấu cách, chấm, gạch và +84 được chấp nhận.' },
  { header: 'Email', field: 'email', required: false, kind: 'text', width: 24, example: 'lan.nt@example.vn',
    hint: 'Địa chỉ thư điện tử.' },
  { header: 'Mã đoàn viên QLĐV', field: 'nationalCode', required: false, kind: 'text', width: 18,
    example: '01000123456', hint: 'Mã trên hệ thống quản lý đoàn viên của Tổng Liên đoàn, tối đa 30 ký tự; không trùng nhau.' },
  { header: 'Số thẻ đoàn viên', field: 'cardNumber', required: false, kind: 'text', width: 16, example: '0012345',
    hint: 'Tối đa 30 ký tự.' },
];

/** Added by the export after the member columns; the import ignores it. */
export const statusHeader = 'Trạng thái';

export const sexLabels: Record<MemberInput['sex'], string> = { male: 'Nam', female: 'Nữ' };
export { yesNoLabels } from '../../../core/xlsx/cell-content.ts';

export const statusLabels: Record<MemberStatus, string> = {
  active: 'Đang sinh hoạt',
  suspended: 'Tạm dừng sinh hoạt',
  pending: 'Chưa đến ngày kết nạp',
  transferred_out: 'Đã chuyển đi',
  left: 'Thôi sinh hoạt',
  expelled: 'Khai trừ',
  ended_with_union: 'Kết thúc theo tổ chức',
};

export const memberSheetName = 'Đoàn viên';
export const guideSheetName = 'Hướng dẫn';
export const listsSheetName = 'Danh mục';

/** The children sheet (con của đoàn viên), read with the members and written by the template and the export. */
export const childSheetName = 'Con';

export interface ChildColumn {
  header: string;
  field: 'memberCode' | 'fullName' | 'sex' | 'birthDate';
  required: boolean;
  hint: string;
  width: number;
}

export const childColumns: readonly ChildColumn[] = [
  { header: 'Mã đoàn viên', field: 'memberCode', required: true, width: 14,
    hint: 'Mã của cha hoặc mẹ, phải có trên trang "Đoàn viên" của cùng tệp.' },
  { header: 'Họ và tên con', field: 'fullName', required: true, width: 26, hint: 'Từ 2 đến 100 ký tự.' },
  { header: 'Giới tính', field: 'sex', required: false, width: 10, hint: 'Nam hoặc Nữ; có thể để trống.' },
  { header: 'Ngày sinh', field: 'birthDate', required: true, width: 12, hint: 'Dạng dd/mm/yyyy.' },
];

/** Setting: most data rows one import accepts (a factory of 100,000 workers in one file). */
export const maxImportRows = 100_000;
