// "Đã công khai": the statements of a year made public (period, day, how), read by every member; the treasurer and
// the chairperson record that the period on screen was made public, or delete a record entered by mistake.
import { ActionIcon, Alert, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { ConfirmAction } from '../../../ui/ConfirmAction.tsx';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDate } from '../../../ui/format.ts';
import {
  disclosurePlaces, disclosuresMadePath, recordDisclosureMade, removeDisclosureMade, type DisclosureMadeView, type DisclosurePlace, type Period,
} from '../disclosure.api.ts';

interface Props { orgId: number; year: number; period: Period; mayWrite: boolean }

function RecordModal({ orgId, period, onClose, onSaved }: { orgId: number; period: Period; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [publishedOn, setPublishedOn] = useState<string | null>(todayIso() < period.to ? todayIso() : period.to);
  const [place, setPlace] = useState<DisclosurePlace>('notice_board');
  const [note, setNote] = useState('');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => recordDisclosureMade(orgId, { ...period, publishedOn: publishedOn ?? '', place, note: note.trim() || null }))) {
      onSaved();
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('disclosure.made.record')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="disclosure-made-form">
        <Stack gap="sm">
          {formError && <Alert color="red">{formError}</Alert>}
          <Text size="sm">{t('disclosure.range', { from: formatDate(period.from), to: formatDate(period.to) })}</Text>
          <DateField label={t('disclosure.made.publishedOn')} required value={publishedOn} onChange={setPublishedOn} error={fieldErrors.publishedOn} />
          <Select label={t('disclosure.made.place')} required allowDeselect={false} value={place} onChange={(v) => v && setPlace(v as DisclosurePlace)}
            data={disclosurePlaces.map((p) => ({ value: p, label: t(`disclosure.made.places.${p}`) }))} />
          <TextInput label={t('disclosure.made.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} data-testid="disclosure-made-save">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function DisclosuresMadeCard({ orgId, year, period, mayWrite }: Props) {
  const { t } = useTranslation();
  const query = useApiQuery<{ items: DisclosureMadeView[] }>(disclosuresMadePath(orgId, year));
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = query.data?.items ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="disclosures-made">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('disclosure.made.title', { year })}</Title>
        {mayWrite && <Button size="xs" variant="light" onClick={() => setRecording(true)} data-testid="disclosure-made-open">{t('disclosure.made.record')}</Button>}
      </Group>
      {error && <Alert color="red" p="xs" mb="xs">{error}</Alert>}
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : items.length === 0 ? <Text size="sm" c="dimmed">{t('disclosure.made.none')}</Text> : (
        <Table>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{t('disclosure.range', { from: formatDate(d.from), to: formatDate(d.to) })}</Table.Td>
                <Table.Td>{formatDate(d.publishedOn)}</Table.Td>
                <Table.Td>{t(`disclosure.made.places.${d.place}`)}{d.note ? ` — ${d.note}` : ''}</Table.Td>
                {mayWrite && (
                  <Table.Td>
                    <ConfirmAction message={t('disclosure.made.removeConfirm')} confirmLabel={t('periods.remove')}
                      onConfirm={async () => {
                        setError(null);
                        try {
                          await removeDisclosureMade(orgId, d.id);
                          query.reload();
                        } catch (err) {
                          setError(errorMessage(err, t));
                        }
                      }}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('periods.remove')}><IconTrash size={16} /></ActionIcon>
                    </ConfirmAction>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {recording && <RecordModal orgId={orgId} period={period} onClose={() => setRecording(false)} onSaved={() => { setRecording(false); query.reload(); }} />}
    </Paper>
  );
}
