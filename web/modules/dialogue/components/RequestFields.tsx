// The request of a dialogue held on request (đột xuất): who asked and when, the representatives who signed a workers'
// request (at least 30 %), and when the other side answered (within 5 working days).
import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField.tsx';

export interface Request { requestedOn: string | null; requestedBy: 'workers' | 'employer' | null; requestingReps: number | null; answeredOn: string | null }
export const NO_REQUEST: Request = { requestedOn: null, requestedBy: null, requestingReps: null, answeredOn: null };

interface Props { value: Request; onChange: (r: Request) => void; errors: Record<string, string | undefined> }
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function RequestFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Request>) => onChange({ ...value, ...patch });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select required label={t('dialogue.request.by')} value={value.requestedBy} error={errors.requestedBy} data-testid="dialogue-requested-by"
        data={(['workers', 'employer'] as const).map((b) => ({ value: b, label: t(`dialogue.request.${b}`) }))}
        onChange={(v) => set({ requestedBy: (v as Request['requestedBy']) ?? null, requestingReps: v === 'workers' ? value.requestingReps : null })} />
      <DateField required label={t('dialogue.request.on')} value={value.requestedOn} onChange={(v) => set({ requestedOn: dateOf(v) })}
        error={errors.requestedOn} data-testid="dialogue-requested-on" />
      {value.requestedBy === 'workers' && (
        <NumberInput required label={t('dialogue.request.signed')} min={0} value={value.requestingReps ?? ''} error={errors.requestingReps}
          onChange={(v) => set({ requestingReps: v === '' ? null : Number(v) })} data-testid="dialogue-requesting-reps" />
      )}
      <DateField clearable label={t('dialogue.request.answeredOn')} value={value.answeredOn} onChange={(v) => set({ answeredOn: dateOf(v) })}
        error={errors.answeredOn} />
    </SimpleGrid>
  );
}
