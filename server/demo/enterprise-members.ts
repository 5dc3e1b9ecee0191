import type { MemberInputRaw } from '../../shared/contracts/members.contract.ts';

// The invented garment company's union today: 60 members, built deterministically from name parts. Most joined in
// 2013–2024; twelve were admitted during the recruitment drive (phát triển đoàn viên, enterprise-recruitment.ts): five
// in 2025 and seven in 2026, none of them a manager, a safety officer or the injured worker of enterprise-safety.ts.
// Those of January 2026 registered for emulation on 10/02/2026; the contract workers (MHS056–MHS060) did not.
export const recruitedJoinedOn: Readonly<Record<string, string>> = {
  MHS048: '2025-03-03', MHS050: '2025-05-05', MHS051: '2025-07-01', MHS052: '2025-09-08', MHS055: '2025-11-03',
  MHS053: '2026-01-05', MHS054: '2026-01-12', MHS056: '2026-03-02', MHS057: '2026-04-06', MHS058: '2026-06-01', MHS059: '2026-08-03',
  MHS060: '2026-09-07',
};
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const womenMiddle = ['Thị', 'Thị Thu', 'Thị Ngọc', 'Thị Kim', 'Thị Minh', 'Thị Thanh'];
const menMiddle = ['Văn', 'Đức', 'Quang', 'Minh', 'Hữu', 'Công'];
const womenGiven = ['Hoa', 'Hương', 'Lan', 'Mai', 'Nga', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Trang', 'Uyên', 'Vân', 'Xuân', 'Yến', 'Ánh', 'Diệu', 'Hằng', 'Linh', 'Nhung', 'Tâm', 'Hạnh'];
const menGiven = ['Anh', 'Bảo', 'Công', 'Dũng', 'Đạt', 'Hiếu', 'Khoa', 'Lộc', 'Nhân', 'Phúc', 'Quý', 'Sang', 'Tùng', 'Vũ'];

export function enterpriseMembers(groupIds: [number, number, number]): MemberInputRaw[] {
  const out: MemberInputRaw[] = [];
  for (let i = 0; i < 60; i += 1) {
    const woman = i % 10 < 7;
    const family = families[(i * 5) % families.length];
    const middle = woman ? womenMiddle[i % womenMiddle.length] : menMiddle[i % menMiddle.length];
    const given = woman ? womenGiven[(i * 7) % womenGiven.length] : menGiven[(i * 3) % menGiven.length];
    const category = i < 4 ? 'quan_ly' : i >= 55 ? 'hop_dong' : 'cong_nhan_lao_dong';
    const year = 1975 + ((i * 7) % 28);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + ((i * 3) % 28)).padStart(2, '0');
    const code = `MHS${String(i + 1).padStart(3, '0')}`;
    out.push({
      code,
      nationalCode: null,
      cardNumber: null,
      fullName: `${family} ${middle} ${given}`,
      sex: woman ? 'female' : 'male',
      birthDate: `${year}-${month}-${day}`,
      ethnicity: i % 17 === 0 ? 'Tà Ôi' : 'Kinh',
      position: i === 0 ? 'Chủ tịch Công đoàn, Trưởng phòng Nhân sự' : i < 4 ? 'Tổ trưởng sản xuất' : 'Công nhân may',
      category,
      groupId: i < 4 ? groupIds[2] : groupIds[i % 2],
      partyMember: i % 9 === 0,
      education: i < 4 ? 'Đại học' : '12/12',
      politicalTheory: null,
      joinedOn: recruitedJoinedOn[code] ?? `${2013 + (i % 12)}-${month}-01`,
      phone: `08${String(35000000 + i * 977).padStart(8, '0')}`,
      email: i < 4 ? `nv${i + 1}@mayhuongson.vn` : null,
    });
  }
  return out;
}
