import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTypedNumbers, maskPlaceholders, parseVietnameseNumber } from './typed-numbers.ts';

const flagged = (text: string, year?: number) => findTypedNumbers(text, { year }).map((n) => n.text);

describe('typed numbers in the narrative', () => {
  it('flags counts, money, percents, ranges and ranks, with their offsets and values', () => {
    const p = 'Tổng số đoàn viên là 30 đồng chí, Nữ 07 đồng chí; hỗ trợ trên 5.000.000 đồng; 100 % nộp đủ; 63,5% có mặt.';
    const found = findTypedNumbers(p);
    expect(found.map((n) => [n.text, n.kind, n.value])).toEqual([
      ['30', 'integer', 30], ['07', 'integer', 7], ['5.000.000', 'money', 5_000_000], ['100 %', 'percent', 100], ['63,5%', 'percent', 63.5],
    ]);
    for (const n of found) {
      expect(p.slice(n.start, n.end)).toBe(n.text);
    }
    expect(flagged('hiến máu từ 15 đến 20 lần, có từ 2 - 3 CBCC, 2–3 CSTĐCS, xếp hạng 4-5/9 xã, hạng 3/9')).toEqual(['15 đến 20', '2 - 3', '2–3', '4-5/9', '3/9']);
    expect(flagged('đóng góp 50.000đ/người/tháng')).toEqual(['50.000']);
  });

  it('never flags what is inside a placeholder, and keeps offsets of the stored text', () => {
    const p = 'Có {{thiDua.dangKy.tong}} đồng chí, trong đó 19 cán bộ';
    expect(findTypedNumbers(p).map((n) => [n.text, n.start])).toEqual([['19', p.indexOf('19')]]);
    expect(maskPlaceholders(p)).toHaveLength(p.length);
  });

  it('leaves years, dates, document and article numbers, numbering, times and weekdays alone', () => {
    expect(flagged('năm 1930, nhiệm kỳ 2023 - 2028, giai đoạn 2021–2025, cuối năm 2022')).toEqual([]);
    expect(flagged('ngày 20/10, ngày 25/12/2023, tháng 12, quý 3, tháng 12/2023, các ngày 8/3 và 20/10, 1/6 và 2/9')).toEqual([]);
    expect(flagged('Kế hoạch 125/KH-LĐLĐ, Nghị quyết 02-NQ/TW, Nghị định 04/2015/NĐ-CP, Quyết định số 15, Luật 12/2012/QH13')).toEqual([]);
    expect(flagged('theo Điều 5, khoản 2, điểm 3 Chương 4 Mục 1')).toEqual([]);
    expect(flagged('1. Phong trào thi đua')).toEqual([]);
    expect(flagged('- 2) Nội dung')).toEqual([]);
    expect(flagged('1.2. Mục tiêu')).toEqual([]);
    expect(flagged('họp lúc 14h30, 8 giờ sáng, 7:30; vào chiều thứ 6 hàng tuần; sáng thứ 2')).toEqual([]);
    expect(flagged('phòng chống Covid-19, CĐCS2, mạng 4G')).toEqual([]);
  });

  it('flags a year next to the report\'s year: it belongs in {{nam}}, {{namTruoc}} or {{namSau}}', () => {
    expect(findTypedNumbers('Năm 2023 và năm 2025, từ năm 2010', { year: 2024 }).map((n) => [n.text, n.kind])).toEqual([['2023', 'year'], ['2025', 'year']]);
    expect(flagged('Năm 2023')).toEqual([]);
  });

  it('reads Vietnamese numbers', () => {
    expect(parseVietnameseNumber('5.000.000')).toBe(5_000_000);
    expect(parseVietnameseNumber('63,5')).toBe(63.5);
    expect(parseVietnameseNumber('07')).toBe(7);
  });
});

// Every line of the seed report with a digit, and what the detector makes of it (the report's year: 2023).
// The seed's lines are typed by hand; in congdoan every flagged one is a placeholder (or confirmed by the chair).
describe('the seed report, line by line', () => {
  const lines = fs.readFileSync(new URL('../../../../../shared/reference/bao-cao-tong-ket-2023.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.replace('[bookmark: _gjdgxs]', '')); // a conversion artefact of the seed file, not its text
  const line = (needle: string) => {
    const found = lines.find((l) => l.includes(needle));
    expect(found, needle).toBeDefined();
    return flagged(found!, 2023);
  };
  const cases: [string, string[]][] = [
    ['Tổng kết phong trào thi đua và hoạt động', ['2023']],
    ['Phương hướng nhiệm vụ thực hiện phong trào', ['2024']],
    ['Năm 2023 điều kiện kinh tế xã hội', ['2023', '2023']],
    ['A. ĐÁNH GIÁ TÌNH HÌNH', ['2023']],
    ['1. Tình hình cán bộ, công chức đoàn viên', []],
    ['Tổng số đoàn viên Công đoàn hiện nay', ['30', '07']],
    ['2. Tình hình đời sống', []],
    ['3. Công tác chăm lo đời sống', []],
    ['quỹ Công đoàn 50.000đ/người/tháng', ['50.000']],
    ['từ 15 đến 20 lần', ['15 đến 20']],
    ['với số tiền trên 5.000.000 đồng', ['5.000.000']],
    ['1. Công tác tham gia quản lý, phối hợp', []],
    ['Năm 2023, cán bộ, công chức cơ quan xã đăng ký thi đua', ['2023', '30', '19', '11']],
    ['Đối với cán bộ, công chức có 19 đồng chí', ['19', '03', '2023', '19', '01', '01']],
    ['Đối với cán bộ không chuyên trách có 11', ['11']],
    ['LĐLĐ tỉnh khen thưởng cho 01 cá nhân', ['01', '03', '03']],
    ['2. Công tác tuyên truyền giáo dục nâng cao', []],
    ['100% gia đình CBCC', ['100%']],
    ['3. Công tác tham gia xây dựng Đảng', []],
    ['kỷ niệm 92 năm ngày thành lập Hội LHPN', ['2023', '92']],
    ['100% đoàn viên nộp đầy đủ', ['100%']],
    ['1. Những hạn chế khuyết điểm', []],
    ['vào chiều thứ 6 hàng tuần', []],
    ['2. Nguyên nhân', []],
    ['B. PHƯƠNG HƯỚNG', ['2024']],
    ['Chương trình công tác năm 2024', ['2024', '2024']],
    ['1. Phong trào quyết tâm thực hiện thắng lợi', ['2024']],
    ['2. Phong trào giỏi việc nước', []],
    ['kỷ niệm ngày thành lập Hội LHPN Việt Nam 20/10, tổ chức', []],
    ['3. Phong trào vận động cộng đồng', []],
    ['4. Phong trào thực hiện tốt văn hóa', []],
    ['5. Phong trào tự học tập', []],
    ['Nghị định 04/2015/NĐ-CP', ['100%']],
    ['2. Phấn đấu có 100% cán bộ', ['100%', '2 - 3', '100%']],
    ['3. Có 100% công việc', ['100%']],
    ['xếp hạng đứng thứ 4-5/9', ['2024', '4-5/9']],
    ['4. 100% văn bản chỉ đạo', ['100%']],
    ['5. Tiếp tục thực hiện phong trào thi đua', []],
    ['phong trào thi đua yêu nước năm 2024 góp phần', ['2024']],
  ];
  it.each(cases)('%s → %j', (needle, expected) => {
    expect(line(needle)).toEqual(expected);
  });

  it('covers every line of the seed that holds a digit', () => {
    const withDigits = lines.filter((l) => /\d/.test(l));
    const covered = withDigits.filter((l) => cases.some(([needle]) => l.includes(needle)));
    expect(covered).toEqual(withDigits);
  });
});
