import type { SourceKey } from './statistical-form.sources.ts';

// The rows of Mẫu 1-HĐCĐ (Tổng Liên đoàn Lao động Việt Nam: "Dùng cho công đoàn cơ sở và nghiệp đoàn"), as data: to
// complete the form, add or edit rows here — no code. A row names the figure that fills it (`source`, a key of
// statistical-form.sources.ts); a row without one prints empty with the note "chưa có nguồn số liệu". `note` puts
// another figure in the Ghi chú column ("Số người được tính: 415").
//
// origin 'form': read off the official form (part A, I. Tình hình lao động, rows 1–10, and the collective disputes and
// strikes). origin 'designed': the rest of the form was not readable; these rows are our best reading of what it asks
// (đoàn viên, thỏa ước, đối thoại, an toàn vệ sinh lao động) and of the split of rows 9 and 10, to be checked against
// the printed form. docs/statistical-form.md lists them.
//
// `aggregate` says how the upper level's Mẫu 2-HĐCĐ sums the row over its unions: 'sum' (counts, amounts), or
// 'weightedAverage' for a row that is an average — weighted by the figure of its note (the average wage by the people
// it was computed over). A new average row must say so here, or Mẫu 2 would add averages up.

export type RowOrigin = 'form' | 'designed';

/** How Mẫu 2-HĐCĐ combines a row of its unions' Mẫu 1: added up, or averaged weighted by the note's figure. */
export type RowAggregate = 'sum' | 'weightedAverage';

export type FormRowSpec =
  | { kind: 'heading'; key: string; tt: string; content: string; origin: RowOrigin }
  | {
    kind: 'figure'; key: string; tt: string; content: string; unit: string; origin: RowOrigin;
    source: SourceKey | null;
    note?: { label: string; source: SourceKey };
    aggregate: RowAggregate;
  };

const heading = (key: string, tt: string, content: string, origin: RowOrigin): FormRowSpec => ({ kind: 'heading', key, tt, content, origin });
const row = (key: string, tt: string, content: string, unit: string, source: SourceKey | null, origin: RowOrigin,
  extra: { note?: { label: string; source: SourceKey }; aggregate?: RowAggregate } = {}): FormRowSpec =>
  ({ kind: 'figure', key, tt, content, unit, source, origin, aggregate: extra.aggregate ?? 'sum', ...(extra.note ? { note: extra.note } : {}) });

export const mau1HdcdRows: readonly FormRowSpec[] = [
  heading('A', 'A', 'TÌNH HÌNH LAO ĐỘNG, VIỆC LÀM, ĐỜI SỐNG CỦA NGƯỜI LAO ĐỘNG', 'designed'),
  heading('A.I', 'I', 'Tình hình lao động', 'form'),
  row('A.I.1', '1', 'Tổng số lao động', 'Người', 'workforce.employees', 'form'),
  row('A.I.2', '2', 'Trong đó: nữ', 'Người', 'workforce.women', 'form'),
  row('A.I.3', '3', 'Số lao động thiếu việc làm', 'Người', 'workforce.underEmployed', 'form'),
  row('A.I.4', '4', 'Trong đó: nữ', 'Người', 'workforce.underEmployedWomen', 'form'),
  row('A.I.5', '5', 'Tiền lương bình quân', 'Đồng/người/tháng', 'workforce.averageIncome', 'form',
    { note: { label: 'Số người được tính', source: 'workforce.incomePeople' }, aggregate: 'weightedAverage' }),
  row('A.I.6', '6', 'Tổng số tiền nợ lương', 'Đồng', 'workforce.wageArrearsAmount', 'form',
    { note: { label: 'Số người bị nợ lương', source: 'workforce.wageArrearsWorkers' } }),
  row('A.I.7', '7', 'Số lao động được bố trí nhà ở (Nhà nước, cơ quan, doanh nghiệp)', 'Người', 'workforce.housedByEmployer', 'form'),
  row('A.I.8', '8', 'Số lao động tự thuê nhà trọ', 'Người', 'workforce.renting', 'form'),
  row('A.I.9', '9', 'Số lao động có hợp đồng lao động', 'Người', 'workforce.contracted', 'form'),
  row('A.I.9a', '-', 'Hợp đồng lao động không xác định thời hạn', 'Người', 'workforce.contractsIndefinite', 'designed'),
  row('A.I.9b', '-', 'Hợp đồng lao động xác định thời hạn', 'Người', 'workforce.contractsFixedTerm', 'designed'),
  row('A.I.9c', '-', 'Hợp đồng lao động dưới 12 tháng, mùa vụ', 'Người', 'workforce.contractsSeasonal', 'designed'),
  heading('A.I.10', '10', 'Số lao động tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp', 'form'),
  row('A.I.10a', '-', 'Tham gia bảo hiểm xã hội', 'Người', 'workforce.socialInsured', 'designed'),
  row('A.I.10b', '-', 'Tham gia bảo hiểm y tế', 'Người', 'workforce.healthInsured', 'designed'),
  row('A.I.10c', '-', 'Tham gia bảo hiểm thất nghiệp', 'Người', 'workforce.unemploymentInsured', 'designed'),
  heading('A.II', 'II', 'Tranh chấp lao động tập thể, ngừng việc tập thể', 'form'),
  row('A.II.1', '1', 'Số vụ tranh chấp lao động tập thể', 'Vụ', 'disputes.collective', 'form'),
  row('A.II.2', '2', 'Số vụ ngừng việc tập thể', 'Vụ', 'disputes.stoppages', 'form'),
  row('A.II.3', '3', 'Số người lao động tham gia ngừng việc tập thể', 'Người', 'disputes.stoppageWorkers', 'designed'),

  heading('B', 'B', 'HOẠT ĐỘNG CÔNG ĐOÀN', 'designed'),
  heading('B.I', 'I', 'Đoàn viên và phát triển đoàn viên', 'designed'),
  row('B.I.1', '1', 'Tổng số đoàn viên', 'Người', 'members.total', 'designed'),
  row('B.I.2', '2', 'Trong đó: nữ', 'Người', 'members.women', 'designed'),
  row('B.I.3', '3', 'Số đoàn viên kết nạp mới trong kỳ', 'Người', 'members.admitted', 'designed'),
  row('B.I.4', '4', 'Số tiền đoàn phí công đoàn thu được trong kỳ', 'Đồng', null, 'designed'),
  heading('B.II', 'II', 'Thỏa ước lao động tập thể', 'designed'),
  row('B.II.1', '1', 'Thỏa ước lao động tập thể còn hiệu lực', 'Bản', 'agreements.inForce', 'designed'),
  row('B.II.2', '2', 'Số điều khoản có lợi hơn cho người lao động so với quy định của pháp luật', 'Điều khoản', 'agreements.betterClauses', 'designed'),
  heading('B.III', 'III', 'Đối thoại tại nơi làm việc, hội nghị người lao động', 'designed'),
  row('B.III.1', '1', 'Số cuộc đối thoại định kỳ', 'Cuộc', 'dialogue.periodic', 'designed'),
  row('B.III.2', '2', 'Số cuộc đối thoại khi có yêu cầu', 'Cuộc', 'dialogue.requested', 'designed'),
  row('B.III.3', '3', 'Số kiến nghị của người lao động tại đối thoại', 'Kiến nghị', 'dialogue.issues', 'designed'),
  row('B.III.4', '4', 'Trong đó: đã được giải quyết', 'Kiến nghị', 'dialogue.issuesResolved', 'designed'),
  row('B.III.5', '5', 'Hội nghị người lao động đã tổ chức', 'Hội nghị', 'dialogue.conferences', 'designed'),
  heading('B.IV', 'IV', 'An toàn, vệ sinh lao động', 'designed'),
  row('B.IV.1', '1', 'Số vụ tai nạn lao động', 'Vụ', 'safety.accidents', 'designed'),
  row('B.IV.2', '2', 'Trong đó: nặng, chết người', 'Vụ', 'safety.seriousAccidents', 'designed'),
  row('B.IV.3', '3', 'Số ngày công mất do tai nạn lao động', 'Ngày', 'safety.daysLost', 'designed'),
  row('B.IV.4', '4', 'Số đợt kiểm tra an toàn, vệ sinh lao động', 'Đợt', 'safety.inspections', 'designed'),
  row('B.IV.5', '5', 'Số an toàn, vệ sinh viên', 'Người', 'safety.officers', 'designed'),
];
