import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '../../../../shared/contracts/members.contract.ts';

/** Thêm mới / Cập nhật / Thêm và cập nhật: what a code already listed means for the import. */
export function ImportModeControl({ value, onChange, disabled }: { value: ImportMode; onChange: (mode: ImportMode) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <SegmentedControl
        value={value}
        onChange={(v) => onChange(v as ImportMode)}
        disabled={disabled}
        data-testid="import-mode"
        data={(['create', 'update', 'upsert'] as const).map((mode) => ({ value: mode, label: t(`import.mode.${mode}`) }))}
      />
      <Text size="xs" c="dimmed">{t(`import.modeHint.${value}`)}</Text>
    </Stack>
  );
}
