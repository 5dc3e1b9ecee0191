import type { MemberInputRaw } from '../../shared/contracts/members.contract.ts';

// The invented garment company's union today: 60 members, built deterministically from name parts.
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
    out.push({
      code: `MHS${String(i + 1).padStart(3, '0')}`,
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
      joinedOn: `${2013 + (i % 12)}-${month}-01`,
      phone: `08${String(35000000 + i * 977).padStart(8, '0')}`,
      email: i < 4 ? `nv${i + 1}@mayhuongson.vn` : null,
    });
  }
  return out;
}
