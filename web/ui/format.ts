// Display formats at the edge: dd/mm/yyyy dates and Vietnamese digit grouping whatever the UI language.
import { formatDateVi } from '../../shared/vi/dates.ts';

const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** ISO date → dd/mm/yyyy; an empty value gives an empty string, a malformed one is shown as is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  try {
    return formatDateVi(iso.slice(0, 10));
  } catch {
    return iso;
  }
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO timestamp → "dd/mm/yyyy HH:mm" in Vietnam's time. */
export function formatDateTime(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) {
    return timestamp;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => dateTimeParts.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
