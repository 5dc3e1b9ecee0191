import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { findGaps } from './gaps.ts';

const gaps = (text: string) => findGaps(text).map((g) => g.text);

describe('gaps left to fill', () => {
  it('finds a lone ellipsis, an empty list item and a numbered item without text', () => {
    expect(gaps('…')).toEqual(['…']);
    expect(gaps('- …')).toEqual(['- …']);
    expect(gaps('1. …')).toEqual(['1. …']);
    expect(gaps('- ')).toEqual(['-']);
    expect(gaps('2.')).toEqual(['2.']);
    expect(gaps('...')).toEqual(['...']);
    expect(gaps('')).toEqual([]);
  });

  it('finds an ellipsis where a value belongs', () => {
    expect(gaps('Năm 2023, cán bộ đăng ký thi đua là … đồng chí.')).toEqual(['…']);
    expect(gaps('Tổng số đoàn viên là ... người, nữ … %')).toEqual(['...', '…']);
    expect(gaps('Tổng số đoàn viên là ….')).toEqual(['…']);
    expect(gaps('Các hoạt động như: …')).toEqual(['…']);
    const p = 'hỗ trợ với số tiền … đồng';
    const [g] = findGaps(p);
    expect(p.slice(g.start, g.end)).toBe('…');
  });

  it('finds brackets left empty and "xx"', () => {
    expect(gaps('Kết quả [...] và [ … ] và [xx]')).toEqual(['[...]', '[ … ]', '[xx]']);
    expect(gaps('có xx đồng chí, số tiền x.xxx đồng, ngày XX/XX')).toEqual(['xx', 'x.xxx', 'XX', 'XX']);
    expect(gaps('Nghị quyết Đại hội XX, thế kỷ XX')).toEqual([]);
  });

  it('leaves an ellipsis that means "and so on" alone: every one of the seed report', () => {
    expect(gaps('chế độ nâng lương, nâng bậc lương... Các hoạt động')).toEqual([]);
    expect(gaps('tặng quà cho các cháu nhân dịp ngày quốc tế thiếu nhi, tết Trung thu…')).toEqual([]);
    expect(gaps('xây dựng gia đình ấm no, bình đẳng, hạnh phúc và tiến bộ ... phối hợp với Hội LHPN xã')).toEqual([]);
    const seed = fs.readFileSync(new URL('../../../../../shared/reference/bao-cao-tong-ket-2023.txt', import.meta.url), 'utf8');
    const flagged = seed.split('\n').filter((l) => l.trim()).flatMap((l) => findGaps(l));
    expect(flagged).toEqual([]);
  });
});
