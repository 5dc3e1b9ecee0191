// The year a page shows lives in the address (?year=YYYY), as the dashboard's date does (app/as-of-date.ts): a link
// (the dashboard's emulation card) opens that year, and a reload keeps it. Absent for the current report year.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { currentReportYear, parseReportYear } from '../../reports/report-year.ts';

export function useYearParam(): [number, (year: number) => void] {
  const [search, setSearch] = useSearchParams();
  const year = parseReportYear(search.get('year') ?? undefined) ?? currentReportYear();
  const setYear = useCallback(
    (next: number) => {
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next === currentReportYear()) {
            params.delete('year');
          } else {
            params.set('year', String(next));
          }
          return params;
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  return [year, setYear];
}
