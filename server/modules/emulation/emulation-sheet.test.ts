import { describe, expect, it } from 'vitest';
import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { type SheetColumn, sheetColumns, SheetRowChecker } from './emulation-sheet.ts';
import type { SheetMember } from './emulation-sheet.repo.ts';

const member = (code: string, fullName: string, active = true): SheetMember => ({
  id: Number(code.slice(2)), code, fullName, category: 'can_bo_cong_chuc', active, registrations: [], rating: null, results: [], commendations: [],
});
const checker = () => new SheetRowChecker([member('HB01', 'Nguyễn Văn An'), member('HB02', 'Lê Thị Bình', false)], 2026);
const row = (...values: (string | null)[]) => new Map<SheetColumn, CellContent>(sheetColumns.map((c, i) => [
  c, values[i] ? { kind: 'text', text: values[i], fromNumber: false } : { kind: 'empty' },
]));

describe('checking a row of the emulation sheet', () => {
  it('reads titles and grades written short, in full, in any case and without diacritics', () => {
    expect(checker().check(2, row('HB01', 'nguyen van an', 'ldtt; Chiến sĩ thi đua cơ sở', 'Hoàn thành xuất sắc nhiệm vụ', 'LĐTT và CSTĐCS')))
      .toMatchObject({ plan: { row: 2, registrations: ['ldtt', 'cstdcs'], rating: 'htxsnv', results: ['ldtt', 'cstdcs'] } });
  });

  it('names the column of each problem: required cells, an unknown value, a member not active in the year', () => {
    expect(checker().check(3, row(null, null, 'LĐTT'))).toEqual({ errors: [
      { row: 3, column: 'Mã đoàn viên', message: 'Mã đoàn viên: bắt buộc nhập' },
      { row: 3, column: 'Họ và tên', message: 'Họ và tên: bắt buộc nhập' },
    ] });
    expect(checker().check(4, row('HB02', 'Lê Thị Bình', 'LĐXS'))).toEqual({ errors: [
      { row: 4, column: 'Mã đoàn viên', message: 'Đồng chí Lê Thị Bình (HB02) không sinh hoạt tại công đoàn trong năm 2026' },
      { row: 4, column: 'Đăng ký', message: "Đăng ký 'LĐXS' không hợp lệ (ghi LĐTT, CSTĐCS hoặc cả hai, cách nhau dấu phẩy)" },
    ] });
  });

  it('reports a code written twice on the later row, pointing at the first', () => {
    const c = checker();
    c.check(2, row('HB01', 'Nguyễn Văn An'));
    expect(c.check(7, row('HB01', 'Nguyễn Văn An'))).toEqual({ errors: [{ row: 7, column: 'Mã đoàn viên', message: 'Mã đoàn viên bị trùng với dòng 2' }] });
  });
});
