// A sáng kiến, đề tài of the year: its title and authors; recognised when its decision (and date) is given.
import { Alert, Button, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { createInitiative } from '../emulation.api.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';

interface Props {
  orgId: number;
  year: number;
  members: MemberOption[];
  decisions: readonly DecisionView[];
  onClose: () => void;
  onSaved: () => void;
}

export function InitiativeFormModal({ orgId, year, members, decisions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [authorIds, setAuthorIds] = useState<string[]>([]);
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const [recognisedOn, setRecognisedOn] = useState<string | null>(null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => createInitiative(orgId, {
      year, title: title.trim(), authorIds: authorIds.map(Number), decisionId: decisionId ? Number(decisionId) : null,
      recognisedOn: decisionId ? recognisedOn : null,
    }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulation.entry.initiative', { year })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="initiative-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <TextInput required label={t('emulation.entry.initiativeTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldErrors.title} data-testid="initiative-title" />
          <MultiSelect searchable required label={t('emulation.entry.authors')} data={members} value={authorIds} onChange={setAuthorIds}
            error={fieldErrors.authorIds} data-testid="initiative-authors" />
          <Select clearable label={t('emulation.entry.recognisedBy')} placeholder={t('emulation.entry.noDecision')} value={decisionId}
            onChange={setDecisionId} data={decisions.map((d) => ({ value: String(d.id), label: `${d.number} — ${d.issuer}` }))}
            error={fieldErrors.decisionId} />
          {decisionId && (
            <DateField label={t('emulation.entry.recognisedOn')} description={t('emulation.entry.recognisedOnHint')} value={recognisedOn}
              onChange={setRecognisedOn} error={fieldErrors.recognisedOn} clearable />
          )}
          <Button type="submit" loading={saving} data-testid="initiative-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
