import { describe, expect, it } from 'vitest';
import { fillRows, keysOf, NO_SOURCE } from './fill-rows.ts';
import { mau1HdcdRows } from './mau-1-hdcd.rows.ts';
import { sourceKeys, type SourceKey } from './statistical-form.sources.ts';

describe('the rows of Mẫu 1-HĐCĐ', () => {
  it('have unique keys, a unit on every figure row and only named figures as sources', () => {
    const keys = mau1HdcdRows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(mau1HdcdRows.filter((r) => r.kind === 'figure' && r.unit === '')).toEqual([]);
    expect(keysOf(mau1HdcdRows).filter((k) => !sourceKeys.includes(k))).toEqual([]);
  });

  it('say how Mẫu 2 combines them: the average wage weighted by the people of its note, every other row added up', () => {
    const averaged = mau1HdcdRows.filter((r) => r.kind === 'figure' && r.aggregate === 'weightedAverage');
    expect(averaged.map((r) => r.key)).toEqual(['A.I.5']);
    expect(averaged.every((r) => r.kind === 'figure' && r.note !== undefined)).toBe(true);
  });

  it('fill a row from its figure, put the note\'s figure in Ghi chú and leave a row without a source empty', () => {
    const figures = new Map<SourceKey, { value: number | null; trace: string }>([
      ['workforce.averageIncome', { value: 9_100_000, trace: 'Số liệu lao động ngày 30/11/2026: Thu nhập bình quân' }],
      ['workforce.incomePeople', { value: 1_415, trace: 'Số liệu lao động ngày 30/11/2026: Số người tính thu nhập' }],
    ]);
    const rows = fillRows([
      { kind: 'figure', key: 'x', tt: '5', content: 'Tiền lương bình quân', unit: 'Đồng', origin: 'form', source: 'workforce.averageIncome',
        note: { label: 'Số người được tính', source: 'workforce.incomePeople' }, aggregate: 'weightedAverage' },
      { kind: 'figure', key: 'y', tt: '6', content: 'Đoàn phí', unit: 'Đồng', origin: 'designed', source: null, aggregate: 'sum' },
    ], figures);
    expect(rows[0]).toMatchObject({
      value: 9_100_000, note: 'Số người được tính: 1.415',
      trace: 'Số liệu lao động ngày 30/11/2026: Thu nhập bình quân; ghi chú: Số người tính thu nhập',
    });
    expect(rows[1]).toMatchObject({ value: null, note: NO_SOURCE, trace: NO_SOURCE });
  });
});
