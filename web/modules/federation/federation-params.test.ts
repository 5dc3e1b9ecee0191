import { describe, expect, it } from 'vitest';
import { readTableParams, yearChoices, yearParam } from './federation-params.ts';

describe('the federation page\'s choices in the address', () => {
  it('reads the sort, grouping and filters, dropping what it does not know', () => {
    expect(readTableParams(new URLSearchParams('sort=duesRate&dir=desc&group=kind&report=not_submitted&kind=agency&grade=none&q=huong'))).toEqual({
      sort: 'duesRate', dir: 'desc', group: 'kind',
      filter: { report: 'not_submitted', kind: 'agency', classification: 'none', search: 'huong' },
    });
    expect(readTableParams(new URLSearchParams('sort=salary&dir=up&group=x&report=lost&kind=bank&grade=A'))).toEqual({
      sort: 'name', dir: 'asc', group: 'tree', filter: { report: null, kind: null, classification: null, search: '' },
    });
  });

  it('takes the report year from ?year=, else the year of the date; offers twelve years back from the later of today and the date', () => {
    expect(yearParam('2025', '2026-12-01')).toBe(2025);
    expect(yearParam('abc', '2026-12-01')).toBe(2026);
    expect(yearParam(null, '2024-03-01')).toBe(2024);
    expect(yearChoices('2024-03-01', '2026-12-01')).toHaveLength(12);
    expect(yearChoices('2024-03-01', '2026-12-01')[0]).toBe('2026');
  });
});
