import { formatDongPlain } from '../../../shared/vi/money.ts';
import type { StatisticalFormRow } from '../../../shared/contracts/statistical-form.contract.ts';
import { NO_SOURCE } from './fill-rows.ts';
import type { FormRowSpec } from './mau-1-hdcd.rows.ts';
import type { SourceKey } from './statistical-form.sources.ts';
import type { Figure } from './sources/source.types.ts';

// Mẫu 2-HĐCĐ's rows: the same rows as Mẫu 1 (mau-1-hdcd.rows.ts), each combined over the grassroots unions' figures
// as the row's `aggregate` says. A union "reports" a row when its Mẫu 1 has a number there (workforce figures may
// not be entered); the row's sum is over those, and `reported` says how many they are.

export type UnionFigureMap = ReadonlyMap<SourceKey, Figure>;

const valueOf = (figures: UnionFigureMap, key: SourceKey): number | null => figures.get(key)?.value ?? null;
const total = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

export function sumRows(specs: readonly FormRowSpec[], unions: readonly UnionFigureMap[]): StatisticalFormRow[] {
  const counted = unions.length;
  return specs.map((s): StatisticalFormRow => {
    const base = { key: s.key, kind: s.kind, tt: s.tt, content: s.content };
    if (s.kind === 'heading') {
      return { ...base, unit: '', value: null, note: '', trace: '', reported: null };
    }
    if (s.source === null) {
      return { ...base, unit: s.unit, value: null, note: NO_SOURCE, trace: NO_SOURCE, reported: 0 };
    }
    const source = s.source;
    const noteLine = (v: number | null) => (s.note && v !== null ? `${s.note.label}: ${formatDongPlain(v)}` : '');
    if (s.aggregate === 'weightedAverage') {
      if (!s.note) {
        throw new Error(`Dòng ${s.key}: bình quân gia quyền cần số của cột Ghi chú làm trọng số`);
      }
      const weight = s.note.source;
      const pairs = unions
        .map((u) => [valueOf(u, source), valueOf(u, weight)] as const)
        .filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== null && p[1] > 0);
      const people = total(pairs.map(([, w]) => w));
      return {
        ...base, unit: s.unit, reported: pairs.length,
        value: pairs.length === 0 ? null : Math.round(total(pairs.map(([v, w]) => v * w)) / people),
        note: noteLine(pairs.length === 0 ? null : people),
        trace: `Bình quân gia quyền theo ${s.note.label.toLowerCase()} của từng đơn vị, từ Mẫu 1-HĐCĐ của ${of(pairs.length, counted)}`,
      };
    }
    const values = unions.map((u) => valueOf(u, source)).filter((v): v is number => v !== null);
    const notes = s.note ? unions.map((u) => valueOf(u, s.note!.source)).filter((v): v is number => v !== null) : [];
    return {
      ...base, unit: s.unit, reported: values.length,
      value: values.length === 0 ? null : total(values),
      note: noteLine(notes.length === 0 ? null : total(notes)),
      trace: `Cộng từ Mẫu 1-HĐCĐ của ${of(values.length, counted)}`,
    };
  });
}

/** "12 công đoàn cơ sở", or "9 công đoàn cơ sở có số liệu (trong 12 công đoàn cơ sở được tổng hợp)". */
function of(reported: number, counted: number): string {
  return reported === counted
    ? `${reported} công đoàn cơ sở`
    : `${reported} công đoàn cơ sở có số liệu (trong ${counted} công đoàn cơ sở được tổng hợp)`;
}
