import { anniversaryPlaceholders } from '../anniversaries/anniversaries.ts';
import type { Figure, ReportContext } from './section-provider.ts';
import { COMMEMORATIONS } from '../anniversaries/commemorations.ts';

/** Placeholders every report has: the year, the union's names, and the commemorations of that year. */
export function contextFigures({ org, year }: ReportContext): Record<string, Figure> {
  const text = (value: string, label: string): Figure => ({ value, label, format: 'text' });
  const figures: Record<string, Figure> = {
    nam: { value: year, label: 'Năm báo cáo', format: 'number' },
    namSau: { value: year + 1, label: 'Năm kế hoạch', format: 'number' },
    namTruoc: { value: year - 1, label: 'Năm trước', format: 'number' },
    tenCongDoan: text(org.name, 'Tên công đoàn'),
    tenVietTat: text(org.shortName, 'Tên viết tắt'),
    diaDanh: text(org.placeName ?? '', 'Địa danh'),
    capTren: text(org.parentName ?? '', 'Công đoàn cấp trên'),
    donVi: text(org.hostName ?? '', 'Cơ quan, đơn vị'),
  };
  const names = new Map<string, string>(COMMEMORATIONS.map((c) => [c.key, c.name]));
  for (const [key, value] of Object.entries(anniversaryPlaceholders(year))) {
    const [kind, id] = key.split('.');
    const label = `${kind === 'kyNiem' ? 'Số năm kỷ niệm' : 'Ngày'}: ${names.get(id) ?? id}`;
    figures[key] = text(value, label);
  }
  return figures;
}
