import { describe, expect, it } from 'vitest';
import { around, gapsOf, typedNumbersOf, warningId } from './draft-checks.ts';
import type { ComposedReport } from './compose-report.ts';

const section = (key: string, paragraphs: string[]) => ({ key, title: `Mục ${key}`, paragraphs }) as ComposedReport['sections'][number];
const figures: ComposedReport['figures'] = {
  'doanVien.tong': { value: 30, label: 'Tổng số đoàn viên', format: 'count', text: '30' },
  'doanVien.nu': { value: 7, label: 'Nữ', format: 'count', text: '07' },
  'chamLo.leTet': { value: 5_000_000, label: 'Hỗ trợ lễ, Tết', format: 'money', text: '5.000.000\u00a0đ' },
  'taiChinh.tyLe': { value: 1, label: 'Tỷ lệ nộp đủ', format: 'percent', text: '100%' },
  'kyNiem.hoiLHPN': { value: '93', label: 'Số năm kỷ niệm', format: 'text', text: '93' },
  nam: { value: 2023, label: 'Năm báo cáo', format: 'number', text: '2023' },
};

describe('the draft\'s typed-number warnings', () => {
  it('offers the figures with the same value, with the span to replace (money with its "đồng")', () => {
    const p = 'Năm 2023 có 30 đồng chí, nữ 07; hỗ trợ 5.000.000 đồng; 100% nộp đủ; kỷ niệm 93 năm; 12 tổ.';
    const ws = typedNumbersOf({ year: 2023, figures, sections: [section('A.I.1', [p])] });
    const offered = ws.map((w) => [w.text, w.candidates.map((c) => `${c.key}=${p.slice(c.start, c.end)}`)]);
    expect(offered).toEqual([
      ['2023', ['nam=2023']],
      ['30', ['doanVien.tong=30']],
      ['07', ['doanVien.nu=07']],
      ['5.000.000', ['chamLo.leTet=5.000.000 đồng']],
      ['100%', ['taiChinh.tyLe=100%']],
      ['93', ['kyNiem.hoiLHPN=93']],
      ['12', []],
    ]);
  });

  it('keeps a warning\'s id while its paragraph is unchanged, and tells repeated numbers apart', () => {
    const p = '100% đoàn viên, 100% gia đình';
    const [a, b] = typedNumbersOf({ year: 2023, figures, sections: [section('B.II', [p])] });
    expect(a.id).not.toBe(b.id);
    expect(a.id).toBe(warningId('B.II', p, '100%', 0));
    const moved = typedNumbersOf({ year: 2023, figures, sections: [section('B.II', ['Đoạn mới.', p])] });
    expect(moved.map((w) => w.id)).toEqual([a.id, b.id]);
    expect(moved[0].paragraph).toBe(1);
  });

  it('lists gaps by section and paragraph, and quotes the words around a number', () => {
    expect(gapsOf({ sections: [section('A.III.1', ['Có hạn chế:', '- …'])] })).toMatchObject([{ section: 'A.III.1', paragraph: 1, text: '- …' }]);
    expect(around('một hai ba bốn năm sáu bảy tám chín mười 100% một hai ba bốn năm sáu bảy tám chín mười', 41, 45, 10)).toBe('…chín mười 100% một hai ba…');
  });
});
