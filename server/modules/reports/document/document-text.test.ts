import { describe, expect, it } from 'vitest';
import { bulletText, dateLine, headingText, numberLine, printedBlocks, recipientLines } from './document-text.ts';

describe('dateLine (địa danh và thời điểm)', () => {
  const line = (date: string) => dateLine({ place: 'Hương Bình', date });

  it('pads a day below 10 and leaves months from 3 on unpadded', () => {
    expect(line('2023-03-05')).toBe('Hương Bình, ngày 05 tháng 3 năm 2023');
  });

  it('pads January and February', () => {
    expect(line('2024-01-09')).toBe('Hương Bình, ngày 09 tháng 01 năm 2024');
    expect(line('2024-02-15')).toContain('tháng 02');
  });

  it('prints the seed date', () => {
    expect(line('2023-12-25')).toBe('Hương Bình, ngày 25 tháng 12 năm 2023');
  });

  it('refuses a date that does not exist', () => {
    expect(() => line('2023-02-29')).toThrow();
  });
});

describe('numberLine (số, ký hiệu)', () => {
  it('prints the number and ký hiệu', () => {
    expect(numberLine({ number: '15/BC-CĐCS', numberSuffix: 'BC-CĐCS' })).toBe('Số: 15/BC-CĐCS');
  });

  it('writes a number below 10 with a leading zero', () => {
    expect(numberLine({ number: '5/BC-CĐCS', numberSuffix: 'BC-CĐCS' })).toBe('Số: 05/BC-CĐCS');
  });

  it('leaves a blank before the ký hiệu when the number is written by hand', () => {
    expect(numberLine({ number: null, numberSuffix: 'BC-CĐCS' })).toBe('Số:      /BC-CĐCS');
  });
});

describe('recipientLines (nơi nhận)', () => {
  it('puts a dash before each, a semicolon after each and a full stop after the last', () => {
    expect(recipientLines(['LĐLĐ Thị xã', 'Thường trực Đảng ủy;', '- Lưu: VT'])).toEqual([
      '- LĐLĐ Thị xã;',
      '- Thường trực Đảng ủy;',
      '- Lưu: VT.',
    ]);
  });
});

describe('body text', () => {
  it('upper-cases part headings only', () => {
    expect(headingText('part', 'b. phương hướng năm 2024')).toBe('B. PHƯƠNG HƯỚNG NĂM 2024');
    expect(headingText('roman', 'I. Một số phong trào:')).toBe('I. Một số phong trào:');
  });

  it('does not double a dash already typed', () => {
    expect(bulletText('- Phân công trách nhiệm')).toBe('- Phân công trách nhiệm');
    expect(bulletText('Phân công trách nhiệm')).toBe('- Phân công trách nhiệm');
  });

  it('ends the last paragraph with ./. once', () => {
    const closing = (text: string) =>
      printedBlocks([
        { kind: 'paragraph', text: 'Mở đầu.' },
        { kind: 'paragraph', text },
      ]).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(closing('Kết luận.')).toEqual(['Mở đầu.', 'Kết luận./.']);
    expect(closing('Kết luận./.')).toEqual(['Mở đầu.', 'Kết luận./.']);
    expect(closing('Kết luận')).toEqual(['Mở đầu.', 'Kết luận./.']);
  });
});
