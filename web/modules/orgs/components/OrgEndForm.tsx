// Ends an organisation: dissolved, merged into another, or consolidated into a new one, with the decision.
import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { endOrg } from '../orgs.api.ts';

type Reason = 'dissolved' | 'merged' | 'consolidated';

interface Props {
  org: OrgView;
  /** Organisations the caller manages that may take over (the server checks again). */
  successors: { id: number; name: string }[];
  onEnded: (org: OrgView) => void;
  onCancel: () => void;
}

export function OrgEndForm({ org, successors, onEnded, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason>('dissolved');
  const [on, setOn] = useState<string | null>(todayIso());
  const [successorId, setSuccessorId] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState<string | null>(todayIso());
  const [decisionIssuer, setDecisionIssuer] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!on) {
      missing.on = t('form.required');
    }
    if (!decisionDate) {
      missing.decisionDate = t('form.required');
    }
    if (reason !== 'dissolved' && !successorId) {
      missing.successorId = t('orgAdmin.successorRequired');
    }
    if (!on || !decisionDate || Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const ended = await run(() => endOrg(org.id, {
      on, reason, decisionNumber: decisionNumber.trim(), decisionDate, decisionIssuer: decisionIssuer.trim(),
      ...(reason !== 'dissolved' ? { successorId: Number(successorId) } : {}),
    }));
    if (ended) {
      notifications.show({ color: 'green', message: t('orgAdmin.ended', { name: ended.name }) });
      onEnded(ended);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="org-end-form">
      <Stack gap="sm">
        <Alert color="orange" p="xs">{t('orgAdmin.endWarning')}</Alert>
        {formError && <Alert color="red" p="xs">{formError}</Alert>}
        <SegmentedControl
          value={reason} onChange={(v) => setReason(v as Reason)} data-testid="org-end-reason"
          data={(['dissolved', 'merged', 'consolidated'] as const).map((r) => ({ value: r, label: t(`orgAdmin.endReason.${r}`) }))}
        />
        <DateField label={t('orgAdmin.endOn')} data-testid="org-end-on" value={on} onChange={setOn} error={fieldErrors.on} required />
        {reason !== 'dissolved' && (successors.length > 0 ? (
          <NativeSelect
            label={t('orgAdmin.successor')} data-testid="org-end-successor" value={successorId} error={fieldErrors.successorId}
            data={[{ value: '', label: t('orgAdmin.pickSuccessor') }, ...successors.map((s) => ({ value: String(s.id), label: s.name }))]}
            onChange={(e) => setSuccessorId(e.currentTarget.value)}
          />
        ) : <Text size="sm" c="red">{t('orgAdmin.noSuccessor')}</Text>)}
        <TextInput label={t('orgAdmin.decisionNumber')} placeholder="118/QĐ-LĐLĐ" data-testid="org-end-decisionNumber" value={decisionNumber} onChange={(e) => setDecisionNumber(e.currentTarget.value)} error={fieldErrors.decisionNumber} required />
        <DateField label={t('orgAdmin.decisionDate')} data-testid="org-end-decisionDate" value={decisionDate} onChange={setDecisionDate} error={fieldErrors.decisionDate} required />
        <TextInput label={t('orgAdmin.decisionIssuer')} placeholder={t('orgAdmin.decisionIssuerPlaceholder')} data-testid="org-end-decisionIssuer" value={decisionIssuer} onChange={(e) => setDecisionIssuer(e.currentTarget.value)} error={fieldErrors.decisionIssuer} required />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" color="red" loading={saving} data-testid="org-end-submit">{t('orgAdmin.end')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
