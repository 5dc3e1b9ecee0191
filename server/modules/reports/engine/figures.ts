import { padCount, formatPercent } from '../../../../shared/vi/numbers.ts';
import { formatDong } from '../../../../shared/vi/money.ts';
import type { Figure } from './section-provider.ts';

/** How a figure is printed: counts below 10 with a leading zero (07), money in đồng, ratios in %. */
export function formatFigure(f: Figure): string {
  if (typeof f.value === 'string') {
    return f.value;
  }
  switch (f.format) {
    case 'count':
      return padCount(f.value);
    case 'money':
      return formatDong(f.value);
    case 'percent':
      return formatPercent(f.value);
    case 'number':
    case 'text':
      return String(f.value);
  }
}
