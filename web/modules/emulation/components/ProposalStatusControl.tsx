// Proposed (đề nghị) or already decided (ghi kèm quyết định): offered to the chairperson only, who records decisions.
import { Input, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ProposalStatus = 'proposed' | 'decided';

export function ProposalStatusControl({ value, onChange, testId }: { value: ProposalStatus; onChange: (v: ProposalStatus) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('emulationForms.status')}>
      <SegmentedControl fullWidth value={value} onChange={(v) => onChange(v as ProposalStatus)} data-testid={testId}
        data={(['proposed', 'decided'] as const).map((s) => ({ value: s, label: t(`emulationForms.statusChoice.${s}`) }))} />
    </Input.Wrapper>
  );
}
