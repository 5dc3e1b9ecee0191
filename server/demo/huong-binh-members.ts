import type { MemberInputRaw } from '../../shared/contracts/members.contract.ts';

// The seed report's union (2023): 30 members, 7 women; 19 cán bộ-công chức, 11 cán bộ không chuyên trách.
// Names are invented. Tổ 1: Đảng – đoàn thể; tổ 2: chính quyền.
type Row = [code: string, name: string, sex: 'male' | 'female', birth: string, position: string, cat: 'cc' | 'kct', group: 1 | 2, party: boolean, joined: string];

const rows: Row[] = [
  ['HB01', 'Trần Văn Hùng', 'male', '1972-04-12', 'Chủ tịch Công đoàn, Văn phòng - Thống kê', 'cc', 2, true, '1998-05-01'],
  ['HB02', 'Nguyễn Đình Phước', 'male', '1970-09-03', 'Bí thư Đảng ủy', 'cc', 1, true, '1996-03-10'],
  ['HB03', 'Lê Quang Thắng', 'male', '1975-01-20', 'Chủ tịch UBND xã', 'cc', 2, true, '2000-07-15'],
  ['HB04', 'Hoàng Thị Lan', 'female', '1980-06-08', 'Phó Bí thư Thường trực Đảng ủy', 'cc', 1, true, '2004-02-01'],
  ['HB05', 'Phan Văn Dũng', 'male', '1978-11-25', 'Phó Chủ tịch UBND xã', 'cc', 2, true, '2003-09-01'],
  ['HB06', 'Võ Thị Ánh', 'female', '1986-03-14', 'Công chức Tài chính - Kế toán', 'cc', 2, true, '2010-08-01'],
  ['HB07', 'Đặng Ngọc Đức', 'male', '1983-12-02', 'Công chức Địa chính - Xây dựng', 'cc', 2, true, '2008-04-01'],
  ['HB08', 'Huỳnh Văn An', 'male', '1990-07-30', 'Công chức Tư pháp - Hộ tịch', 'cc', 2, false, '2015-01-05'],
  ['HB09', 'Trương Thị Ân', 'female', '1992-02-17', 'Công chức Văn hóa - Xã hội', 'cc', 2, true, '2016-10-01'],
  ['HB10', 'Ngô Văn Bình', 'male', '1976-05-05', 'Chỉ huy trưởng Quân sự xã', 'cc', 2, true, '2001-06-01'],
  ['HB11', 'Bùi Quang Cường', 'male', '1985-08-19', 'Công chức Văn phòng - Thống kê', 'cc', 2, true, '2009-03-01'],
  ['HB12', 'Dương Văn Hải', 'male', '1974-10-10', 'Chủ tịch Ủy ban MTTQ xã', 'cc', 1, true, '1999-11-01'],
  ['HB13', 'Lê Thị Hà', 'female', '1988-01-28', 'Chủ tịch Hội Liên hiệp Phụ nữ xã', 'cc', 1, true, '2012-05-01'],
  ['HB14', 'Nguyễn Văn Khánh', 'male', '1991-04-22', 'Bí thư Đoàn xã', 'cc', 1, true, '2014-09-01'],
  ['HB15', 'Trần Minh Long', 'male', '1969-12-30', 'Chủ tịch Hội Nông dân xã', 'cc', 1, true, '1995-01-01'],
  ['HB16', 'Phạm Văn Nam', 'male', '1967-03-03', 'Chủ tịch Hội Cựu chiến binh xã', 'cc', 1, true, '1993-04-01'],
  ['HB17', 'Hồ Đắc Quân', 'male', '1987-06-16', 'Công chức Địa chính - Nông nghiệp', 'cc', 2, false, '2011-07-01'],
  ['HB18', 'Lý Văn Sơn', 'male', '1982-09-09', 'Phó Chủ tịch HĐND xã', 'cc', 1, true, '2006-01-15'],
  ['HB19', 'Châu Văn Tài', 'male', '1979-02-11', 'Văn phòng Đảng ủy', 'cc', 1, true, '2005-03-01'],
  ['HB20', 'Nguyễn Thị Thu', 'female', '1993-11-04', 'Phó Chủ tịch Hội LHPN xã', 'kct', 1, false, '2017-02-01'],
  ['HB21', 'Lê Văn Thành', 'male', '1984-07-21', 'Phó Chỉ huy trưởng Quân sự', 'kct', 2, true, '2009-10-01'],
  ['HB22', 'Trần Văn Tiến', 'male', '1989-05-27', 'Phó Bí thư Đoàn xã', 'kct', 1, true, '2013-06-01'],
  ['HB23', 'Võ Văn Toàn', 'male', '1971-08-08', 'Phó Chủ tịch Hội Nông dân', 'kct', 1, true, '1997-08-01'],
  ['HB24', 'Phan Thị Tuyết', 'female', '1990-12-12', 'Nhân viên thú y', 'kct', 2, false, '2015-04-01'],
  ['HB25', 'Đoàn Văn Vinh', 'male', '1968-01-06', 'Phó Chủ tịch Hội Cựu chiến binh', 'kct', 1, true, '1994-02-01'],
  ['HB26', 'Hà Văn Việt', 'male', '1994-03-19', 'Phó Chủ tịch Ủy ban MTTQ', 'kct', 1, false, '2018-03-01'],
  ['HB27', 'Nguyễn Văn Xuân', 'male', '1977-10-29', 'Nhân viên khuyến nông', 'kct', 2, false, '2002-09-01'],
  ['HB28', 'Trịnh Văn Ý', 'male', '1981-04-01', 'Phó Chủ tịch Hội Người cao tuổi', 'kct', 1, false, '2007-05-01'],
  ['HB29', 'Lương Văn Định', 'male', '1986-08-23', 'Phó Trưởng Công an xã', 'kct', 2, true, '2010-01-10'],
  ['HB30', 'Mai Thị Yến', 'female', '1995-09-15', 'Nhân viên văn thư - lưu trữ', 'kct', 2, false, '2019-07-01'],
];

export function huongBinhMembers(groupIds: Record<1 | 2, number>): MemberInputRaw[] {
  return rows.map(([code, fullName, sex, birthDate, position, cat, group, partyMember, joinedOn], i) => ({
    code,
    nationalCode: `46${String(1100200 + i).padStart(8, '0')}`,
    cardNumber: `TH-HB-${code.slice(2)}`,
    fullName,
    sex,
    birthDate,
    ethnicity: 'Kinh',
    position,
    category: cat === 'cc' ? 'can_bo_cong_chuc' : 'khong_chuyen_trach',
    groupId: groupIds[group],
    partyMember,
    education: cat === 'cc' ? 'Đại học' : 'Trung cấp',
    politicalTheory: partyMember ? 'Trung cấp' : 'Sơ cấp',
    joinedOn,
    phone: `09${String(14000000 + i * 731).padStart(8, '0')}`,
    email: null,
  }));
}

/** A few members' children, for the welfare work of later modules (1/6, Trung thu, study awards). */
export const huongBinhChildren: { memberCode: string; fullName: string; birthDate: string; sex: 'male' | 'female' }[] = [
  { memberCode: 'HB06', fullName: 'Đặng Võ Minh Khang', birthDate: '2014-05-20', sex: 'male' },
  { memberCode: 'HB06', fullName: 'Đặng Võ Ngọc Hân', birthDate: '2018-09-02', sex: 'female' },
  { memberCode: 'HB08', fullName: 'Huỳnh Gia Bảo', birthDate: '2019-03-11', sex: 'male' },
  { memberCode: 'HB13', fullName: 'Trần Lê Bảo Anh', birthDate: '2015-12-01', sex: 'female' },
  { memberCode: 'HB14', fullName: 'Nguyễn Khánh Linh', birthDate: '2020-06-01', sex: 'female' },
];
