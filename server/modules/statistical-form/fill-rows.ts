import { formatDongPlain } from '../../../shared/vi/money.ts';
import type { StatisticalFormRow } from '../../../shared/contracts/statistical-form.contract.ts';
import type { FormRowSpec } from './mau-1-hdcd.rows.ts';
import type { SourceKey } from './statistical-form.sources.ts';
import type { Figure } from './sources/source.types.ts';

// The rows of the form filled from the named figures: value and trace from the row's source, the Ghi chú from its
// note's figure; a row without a source stays empty and says so.

export const NO_SOURCE = 'chưa có nguồn số liệu';

/** The figure keys the rows read (values and notes). */
export function keysOf(specs: readonly FormRowSpec[]): SourceKey[] {
  const keys = specs.flatMap((s) => (s.kind === 'heading' ? [] : [s.source, s.note?.source]));
  return [...new Set(keys.filter((k): k is SourceKey => k !== null && k !== undefined))];
}

export function fillRows(specs: readonly FormRowSpec[], figures: ReadonlyMap<SourceKey, Figure>): StatisticalFormRow[] {
  return specs.map((s): StatisticalFormRow => {
    const base = { key: s.key, kind: s.kind, tt: s.tt, content: s.content };
    if (s.kind === 'heading') {
      return { ...base, unit: '', value: null, note: '', trace: '', reported: null };
    }
    if (s.source === null) {
      return { ...base, unit: s.unit, value: null, note: NO_SOURCE, trace: NO_SOURCE, reported: null };
    }
    const figure = figures.get(s.source)!;
    const noted = s.note ? figures.get(s.note.source)! : null;
    // formatDongPlain only groups the digits as Vietnamese does (1.234): the note's figure may be a count.
    const note = s.note && noted && noted.value !== null ? `${s.note.label}: ${formatDongPlain(noted.value)}` : '';
    return {
      ...base, unit: s.unit, value: figure.value, note, trace: noted ? withNoteTrace(figure.trace, noted.trace) : figure.trace, reported: null,
    };
  });
}

/** "Số liệu lao động ngày …: A" and "Số liệu lao động ngày …: B" → "Số liệu lao động ngày …: A; ghi chú: B". */
function withNoteTrace(trace: string, noteTrace: string): string {
  const head = trace.slice(0, trace.indexOf(': ') + 2);
  const sameSource = head.length > 2 && noteTrace.startsWith(head);
  return `${trace}; ghi chú: ${sameSource ? noteTrace.slice(head.length) : noteTrace}`;
}
