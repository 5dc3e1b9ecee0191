import { describe, expect, it } from 'vitest';
import type { FormRowSpec } from './mau-1-hdcd.rows.ts';
import type { SourceKey } from './statistical-form.sources.ts';
import type { Figure } from './sources/source.types.ts';
import { sumRows } from './sum-rows.ts';

const specs: FormRowSpec[] = [
  { kind: 'heading', key: 'A.I', tt: 'I', content: 'Tình hình lao động', origin: 'form' },
  { kind: 'figure', key: 'A.I.1', tt: '1', content: 'Tổng số lao động', unit: 'Người', origin: 'form', source: 'workforce.employees', aggregate: 'sum' },
  { kind: 'figure', key: 'A.I.5', tt: '5', content: 'Tiền lương bình quân', unit: 'Đồng', origin: 'form', source: 'workforce.averageIncome',
    note: { label: 'Số người được tính', source: 'workforce.incomePeople' }, aggregate: 'weightedAverage' },
  { kind: 'figure', key: 'A.I.6', tt: '6', content: 'Tiền nợ lương', unit: 'Đồng', origin: 'form', source: 'workforce.wageArrearsAmount',
    note: { label: 'Số người bị nợ lương', source: 'workforce.wageArrearsWorkers' }, aggregate: 'sum' },
  { kind: 'figure', key: 'B.I.4', tt: '4', content: 'Đoàn phí', unit: 'Đồng', origin: 'designed', source: null, aggregate: 'sum' },
];

const union = (values: Partial<Record<SourceKey, number | null>>) =>
  new Map(Object.entries(values).map(([k, v]) => [k as SourceKey, { value: v, trace: '' } satisfies Figure]));

describe('Mẫu 2-HĐCĐ rows', () => {
  it('add up each row over the unions that have a figure, counting them, and average the wage weighted by its people', () => {
    const rows = sumRows(specs, [
      union({ 'workforce.employees': 400, 'workforce.averageIncome': 9_000_000, 'workforce.incomePeople': 300,
        'workforce.wageArrearsAmount': 0, 'workforce.wageArrearsWorkers': 0 }),
      union({ 'workforce.employees': 100, 'workforce.averageIncome': 7_000_001, 'workforce.incomePeople': 100,
        'workforce.wageArrearsAmount': 50_000_000, 'workforce.wageArrearsWorkers': 12 }),
      // No workforce figures entered: counted, but reports none of these rows.
      union({ 'workforce.employees': null, 'workforce.averageIncome': null, 'workforce.incomePeople': null }),
    ]);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('A.I')).toMatchObject({ value: null, reported: null });
    expect(byKey.get('A.I.1')).toMatchObject({
      value: 500, reported: 2, trace: 'Cộng từ Mẫu 1-HĐCĐ của 2 công đoàn cơ sở có số liệu (trong 3 công đoàn cơ sở được tổng hợp)',
    });
    // (9.000.000 × 300 + 7.000.001 × 100) / 400 = 8.500.000,25 → 8.500.000 đ, not the plain mean 8.000.000,5.
    expect(byKey.get('A.I.5')).toMatchObject({ value: 8_500_000, reported: 2, note: 'Số người được tính: 400' });
    expect(byKey.get('A.I.5')!.trace).toMatch(/^Bình quân gia quyền theo số người được tính của từng đơn vị, từ Mẫu 1-HĐCĐ của 2 công đoàn cơ sở/);
    expect(byKey.get('A.I.6')).toMatchObject({ value: 50_000_000, note: 'Số người bị nợ lương: 12', reported: 2 });
    expect(byKey.get('B.I.4')).toMatchObject({ value: null, reported: 0, note: 'chưa có nguồn số liệu' });
  });

  it('leave the average empty when no union counted anyone, and say every union when all have the figure', () => {
    const rows = sumRows(specs, [
      union({ 'workforce.employees': 10, 'workforce.averageIncome': 6_000_000, 'workforce.incomePeople': 0 }),
    ]);
    expect(rows[1]).toMatchObject({ value: 10, trace: 'Cộng từ Mẫu 1-HĐCĐ của 1 công đoàn cơ sở' });
    expect(rows[2]).toMatchObject({ value: null, reported: 0, note: '' });
    expect(sumRows(specs, [])[1]).toMatchObject({ value: null, reported: 0 });
  });
});
