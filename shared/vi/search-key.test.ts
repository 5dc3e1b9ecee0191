import { describe, expect, it } from 'vitest';
import { toSearchKey } from './search-key.ts';

describe('toSearchKey', () => {
  it('drops tones and letter marks and lower-cases', () => {
    expect(toSearchKey('Nguyễn Văn An')).toBe('nguyen van an');
    expect(toSearchKey('Quỹ phúc lợi')).toBe('quy phuc loi');
    expect(toSearchKey('ỨNG Thị Ơn')).toBe('ung thi on');
  });

  it('turns đ and Đ into d', () => {
    expect(toSearchKey('Đặng Đức Độ')).toBe('dang duc do');
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfc = 'Trần Thị Thủy'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(toSearchKey(nfd)).toBe(toSearchKey(nfc));
  });

  it('collapses and trims white space', () => {
    expect(toSearchKey('  Lê \t Văn\n  Tám ')).toBe('le van tam');
  });

  it('lets a typed query match a stored name', () => {
    expect(toSearchKey('Nguyễn Văn An').includes(toSearchKey('nguyen van'))).toBe(true);
  });
});
