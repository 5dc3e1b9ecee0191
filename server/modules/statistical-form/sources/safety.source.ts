import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { findAccidents, findInspections, findOfficers } from '../../safety/safety.repo.ts';
import type { SourceLoader } from './source.types.ts';

// An toàn, vệ sinh lao động: work accidents and inspections in the period, an toàn vệ sinh viên on the reporting date.

export const safetyKeys = ['accidents', 'seriousAccidents', 'daysLost', 'inspections', 'officers'] as const;

export const loadSafetyFigures: SourceLoader<(typeof safetyKeys)[number]> = async ({ db, orgId, date, from }) => {
  const within = (d: string) => d >= from && d <= date;
  const [accidents, inspections, officers] = await Promise.all([
    findAccidents(db, orgId, {}).then((rows) => rows.filter((a) => within(a.occurredOn))),
    findInspections(db, orgId, {}).then((rows) => rows.filter((i) => within(i.inspectedOn))),
    findOfficers(db, orgId).then((rows) => rows.filter((o) => o.appointedOn <= date && (o.endedOn === null || o.endedOn >= date))),
  ]);
  const serious = accidents.filter((a) => a.severity !== 'minor');
  const period = `từ ${formatDateVi(from)} đến ${formatDateVi(date)}`;
  const dates = (list: readonly string[]) => (list.length === 0 ? 'không có' : `ngày ${list.map(formatDateVi).join(', ')}`);
  return {
    accidents: { value: accidents.length, trace: `Sổ tai nạn lao động, các vụ xảy ra ${period}: ${dates(accidents.map((a) => a.occurredOn))}` },
    seriousAccidents: { value: serious.length, trace: `Sổ tai nạn lao động, vụ nặng hoặc chết người xảy ra ${period}: ${dates(serious.map((a) => a.occurredOn))}` },
    daysLost: { value: accidents.reduce((s, a) => s + a.daysLost, 0), trace: `Sổ tai nạn lao động: cộng số ngày công mất của các vụ xảy ra ${period}` },
    inspections: { value: inspections.length, trace: `Sổ kiểm tra an toàn, vệ sinh lao động, các đợt ${period}: ${dates(inspections.map((i) => i.inspectedOn))}` },
    officers: { value: officers.length, trace: `Mạng lưới an toàn vệ sinh viên: số người đang làm ngày ${formatDateVi(date)}` },
  };
};
