// The date a page is viewed "as of" lives in the URL (?date=YYYY-MM-DD): shareable, kept on reload, absent for today.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isIsoDate, todayIso } from '../../shared/vi/dates.ts';

/** The date a `?date=` value asks for; today when it is missing or not a real date. */
export function parseAsOfDate(value: string | null, today: string): string {
  return value && isIsoDate(value) && value >= '1900-01-01' && value <= '2100-12-31' ? value : today;
}

/** `path` with `?date=` added, unless the date is today (the default needs no parameter). */
export function withAsOfDate(path: string, date: string, today: string): string {
  return date === today ? path : `${path}?date=${date}`;
}

export interface AsOfDate {
  date: string;
  today: string;
  isToday: boolean;
  /** Sets the date (today removes the parameter); other parameters listed in `reset` are dropped with it. */
  setDate: (date: string, reset?: readonly string[]) => void;
}

export function useAsOfDate(): AsOfDate {
  const [search, setSearch] = useSearchParams();
  const today = todayIso();
  const date = parseAsOfDate(search.get('date'), today);
  const setDate = useCallback(
    (next: string, reset: readonly string[] = []) => {
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next === todayIso()) {
            params.delete('date');
          } else {
            params.set('date', next);
          }
          reset.forEach((key) => params.delete(key));
          return params;
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  return useMemo(() => ({ date, today, isToday: date === today, setDate }), [date, today, setDate]);
}
