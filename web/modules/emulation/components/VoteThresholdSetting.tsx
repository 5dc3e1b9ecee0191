// Tiêu chuẩn số phiếu đạt: the union's own pass threshold of the evaluation meeting ("trên 1/2 tổng số phiếu bầu"),
// shown to the committee; the chairperson sets it. A meeting keeps the threshold it was recorded with.
import { Alert, Badge, Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { setVoteThreshold, voteThresholdPath, type VoteThresholdView } from '../emulation.api.ts';

export function VoteThresholdSetting({ orgId, mayDecide }: { orgId: number; mayDecide: boolean }) {
  const { t } = useTranslation();
  const query = useApiQuery<VoteThresholdView>(voteThresholdPath(orgId));
  const [editing, setEditing] = useState(false);
  const current = query.data;
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  if (!current) {
    return null;
  }
  const words = t(current.inclusive ? 'emulationForms.threshold.atLeast' : 'emulationForms.threshold.moreThan', {
    share: `${current.numerator}/${current.denominator}`,
  });
  return (
    <Stack gap={6} data-testid="vote-threshold">
      <Group gap="xs">
        <Text size="sm" data-testid="vote-threshold-current">{t('emulationForms.threshold.current', { words })}</Text>
        {current.isDefault && <Badge variant="light" color="gray">{t('emulationForms.threshold.default')}</Badge>}
        {mayDecide && !editing && (
          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)} data-testid="vote-threshold-edit">
            {t('emulationForms.threshold.edit')}
          </Button>
        )}
      </Group>
      {editing && (
        <VoteThresholdForm orgId={orgId} current={current} onClose={() => setEditing(false)}
          onSaved={(saved) => {
            query.setData(saved);
            setEditing(false);
          }} />
      )}
    </Stack>
  );
}

interface FormProps {
  orgId: number;
  current: VoteThresholdView;
  onClose: () => void;
  onSaved: (saved: VoteThresholdView) => void;
}

function VoteThresholdForm({ orgId, current, onClose, onSaved }: FormProps) {
  const { t } = useTranslation();
  const [inclusive, setInclusive] = useState(current.inclusive);
  const [numerator, setNumerator] = useState<number | string>(current.numerator);
  const [denominator, setDenominator] = useState<number | string>(current.denominator);
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      ...(typeof numerator !== 'number' ? { numerator: t('form.required') } : {}),
      ...(typeof denominator !== 'number' ? { denominator: t('form.required') } : {}),
    };
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const saved = await run(() => setVoteThreshold(orgId, { numerator: Number(numerator), denominator: Number(denominator), inclusive }));
    if (saved) {
      notifications.show({ color: 'green', message: t('emulationForms.threshold.saved') });
      onSaved(saved);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="vote-threshold-form">
      <Stack gap="xs">
        {formError && <Alert color="red" p="xs" data-testid="vote-threshold-error">{formError}</Alert>}
        <Group gap="xs" align="flex-start">
          <NativeSelect label={t('emulationForms.threshold.comparison')} value={inclusive ? 'atLeast' : 'moreThan'} w={200}
            onChange={(e) => setInclusive(e.currentTarget.value === 'atLeast')} error={fieldErrors.inclusive} data-testid="vote-threshold-inclusive"
            data={(['moreThan', 'atLeast'] as const).map((v) => ({ value: v, label: t(`emulationForms.threshold.comparisons.${v}`) }))} />
          <NumberInput label={t('emulationForms.threshold.numerator')} value={numerator} onChange={setNumerator} min={1} max={100} w={110}
            allowDecimal={false} allowNegative={false} error={fieldErrors.numerator} data-testid="vote-threshold-numerator" />
          <NumberInput label={t('emulationForms.threshold.denominator')} value={denominator} onChange={setDenominator} min={1} max={100} w={110}
            allowDecimal={false} allowNegative={false} error={fieldErrors.denominator} data-testid="vote-threshold-denominator" />
        </Group>
        <Group gap="xs">
          <Button type="submit" size="xs" loading={saving} data-testid="vote-threshold-save">{t('emulation.entry.save')}</Button>
          <Button size="xs" variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
