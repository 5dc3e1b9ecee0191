import { formatDateVi } from '../../../../shared/vi/dates.ts';
import type { LabourDisputeView } from '../../../../shared/contracts/safety.contract.ts';
import { findDisputes } from '../../safety/safety.repo.ts';
import type { SourceLoader } from './source.types.ts';

// Tranh chấp lao động tập thể and ngừng việc tập thể from the union's dispute book: those that started in the period.

export const disputesKeys = ['collective', 'stoppages', 'stoppageWorkers'] as const;

const datesOf = (rows: readonly LabourDisputeView[]) =>
  rows.length === 0 ? 'không có vụ nào' : `${rows.length} vụ, bắt đầu ngày ${rows.map((r) => formatDateVi(r.startedOn)).join(', ')}`;

export const loadDisputeFigures: SourceLoader<(typeof disputesKeys)[number]> = async ({ db, orgId, date, from }) => {
  const started = (await findDisputes(db, orgId, {})).filter((d) => d.startedOn >= from && d.startedOn <= date);
  const collective = started.filter((d) => d.kind === 'collective');
  const stoppages = started.filter((d) => d.stoppage);
  const period = `từ ${formatDateVi(from)} đến ${formatDateVi(date)}`;
  return {
    collective: { value: collective.length, trace: `Sổ tranh chấp lao động: tranh chấp tập thể bắt đầu ${period}: ${datesOf(collective)}` },
    stoppages: { value: stoppages.length, trace: `Sổ tranh chấp lao động: vụ có ngừng việc tập thể bắt đầu ${period}: ${datesOf(stoppages)}` },
    stoppageWorkers: {
      value: stoppages.reduce((s, d) => s + d.workersInvolved, 0),
      trace: `Sổ tranh chấp lao động: cộng số người lao động tham gia các vụ ngừng việc tập thể bắt đầu ${period}`,
    },
  };
};
