// Vietnamese names for generated members. The keys (sort order, search without diacritics) are computed here with the
// app's own functions, once per distinct name; the database then picks names by index.
import { vietnameseSortKey } from '../../shared/vi/collation.ts';
import { toSearchKey } from '../../shared/vi/search-key.ts';

// Family names repeated by their rough share of the population (Nguyễn about a third).
const families = [
  ...Array<string>(11).fill('Nguyễn'), ...Array<string>(4).fill('Trần'), ...Array<string>(3).fill('Lê'), 'Phạm', 'Phạm',
  'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Lương', 'Mai',
];
const middles = {
  male: ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thanh'],
  female: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim'],
};
const givens = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khang', 'Khánh', 'Lâm', 'Long',
    'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Toàn', 'Trung', 'Tuấn', 'Việt'],
  female: ['Anh', 'Ánh', 'Châu', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hồng', 'Hương', 'Huyền', 'Lan', 'Linh',
    'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Yến'],
};

export interface NameRow {
  sex: 'male' | 'female';
  /** 0-based within the sex. */
  idx: number;
  fullName: string;
  sortKey: string;
  /** The name's search key; a member's adds a space and its code in lower case (as the members repo does). */
  searchKey: string;
}

/** Every name combination, keys included (family × middle × given, per sex: 32 × 8 × 30 = 7.680 each). */
export function nameRows(): NameRow[] {
  const rows: NameRow[] = [];
  for (const sex of ['male', 'female'] as const) {
    let idx = 0;
    for (const family of families) {
      for (const middle of middles[sex]) {
        for (const given of givens[sex]) {
          const fullName = `${family} ${middle} ${given}`;
          rows.push({ sex, idx, fullName, sortKey: vietnameseSortKey(fullName), searchKey: toSearchKey(fullName) });
          idx += 1;
        }
      }
    }
  }
  return rows;
}
