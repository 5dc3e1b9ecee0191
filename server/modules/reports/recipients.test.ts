import { describe, expect, it } from 'vitest';
import { flagEndedRecipients, namesBody } from './recipients.ts';

const huongTra = [
  { id: 2, name: 'Liên đoàn Lao động thị xã Hương Trà', shortName: 'LĐLĐ thị xã Hương Trà', endedOn: '2025-07-01' },
];

describe('recipient lines that name an ended body', () => {
  it('recognises the seed\'s "LĐLĐ Thị xã" as the beginning, in whole words, of "LĐLĐ thị xã Hương Trà"', () => {
    expect(namesBody('LĐLĐ Thị xã', ['LĐLĐ thị xã Hương Trà'])).toBe(true);
    expect(namesBody('- ldld thi xa huong tra;', ['LĐLĐ thị xã Hương Trà'])).toBe(true);
    expect(namesBody('Liên đoàn Lao động thị xã Hương Trà', ['Liên đoàn Lao động thị xã Hương Trà'])).toBe(true);
  });

  it('needs two words at least, and whole words', () => {
    expect(namesBody('LĐLĐ', ['LĐLĐ thị xã Hương Trà'])).toBe(false);
    expect(namesBody('LĐLĐ thị', ['LĐLĐ thị xã Hương Trà'])).toBe(true);
    expect(namesBody('LĐLĐ thị x', ['LĐLĐ thị xã Hương Trà'])).toBe(false);
    expect(namesBody('LĐLĐ thị xã Hương Trà và các đơn vị', ['LĐLĐ thị xã Hương Trà'])).toBe(false);
    expect(namesBody('Lưu', ['LĐLĐ thị xã Hương Trà'])).toBe(false);
  });

  it('flags the line with the body\'s end date and offers the upper body of the report\'s date', () => {
    const lines = ['LĐLĐ Thị xã', 'Thường trực Đảng ủy', 'Đoàn viên Công đoàn', 'Lưu'];
    expect(flagEndedRecipients(lines, huongTra, 'LĐLĐ thành phố Huế')).toEqual([{
      index: 0, line: 'LĐLĐ Thị xã', endedOrgId: 2, message: 'LĐLĐ thị xã Hương Trà đã kết thúc 01/07/2025', replacement: 'LĐLĐ thành phố Huế',
    }]);
    expect(flagEndedRecipients(lines, [], 'LĐLĐ thành phố Huế')).toEqual([]);
  });
});
