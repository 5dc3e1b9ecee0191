// Thu ủng hộ: the members active on the launch date who have not given yet are ticked, each at the suggested amount;
// one receipt is posted for those ticked, with one line per member.
import { Alert, Button, Checkbox, Group, Modal, ScrollArea, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { campaignPath, recordCampaignContributions, type CampaignDetail, type CampaignSummary } from '../contributions.api.ts';

interface Props { orgId: number; campaign: CampaignSummary; onClose: () => void; onSaved: () => void }

export function CampaignContributionModal({ orgId, campaign, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const detail = useApiQuery<CampaignDetail>(campaignPath(orgId, campaign.fundId));
  const [amounts, setAmounts] = useState<Record<number, number | null>>({});
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [entryDate, setEntryDate] = useState<string | null>(null);
  const [account, setAccount] = useState<'cash' | 'bank'>('cash');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const members = detail.data?.members ?? [];

  useEffect(() => {
    if (detail.data) {
      setTicked(new Set(detail.data.members.filter((m) => m.activeOnLaunch && m.amount === 0).map((m) => m.memberId)));
      setAmounts(Object.fromEntries(detail.data.members.map((m) => [m.memberId, campaign.suggestedAmount])));
    }
  }, [detail.data, campaign.suggestedAmount]);

  const lines = members.filter((m) => ticked.has(m.memberId)).map((m) => ({ memberId: m.memberId, amount: amounts[m.memberId] ?? 0 }));
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const toggle = (id: number) => setTicked((prev) => {
    const next = new Set(prev);
    if (!next.delete(id)) {
      next.add(id);
    }
    return next;
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!entryDate) {
      return;
    }
    const done = await run(() => recordCampaignContributions(orgId, campaign.fundId, { entryDate, account, lines }));
    if (done) {
      notifications.show({ color: 'teal', message: t('contributions.collected', { number: done.entry.number, amount: formatDong(done.entry.amount), count: done.lines.length }) });
      onSaved();
    }
  };
  const lineError = Object.entries(fieldErrors).find(([k]) => k.startsWith('lines'))?.[1];

  return (
    <Modal opened onClose={onClose} size="lg" title={t('contributions.campaign.collectTitle', { name: campaign.name })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <ScrollArea h={320}>
            <Table fz="sm">
              <Table.Tbody>
                {members.map((m) => (
                  <Table.Tr key={m.memberId}>
                    <Table.Td><Checkbox checked={ticked.has(m.memberId)} onChange={() => toggle(m.memberId)} aria-label={m.fullName} /></Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.fullName}</Text>
                      {m.amount > 0 && <Text size="xs" c="teal">{t('contributions.campaign.gave', { amount: formatDong(m.amount) })}</Text>}
                    </Table.Td>
                    <Table.Td w={160}>
                      <MoneyInput size="xs" aria-label={t('contributions.campaign.amount')} value={amounts[m.memberId] ?? null}
                        onChange={(v) => setAmounts((prev) => ({ ...prev, [m.memberId]: v }))} disabled={!ticked.has(m.memberId)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Text size="sm">{t('contributions.collectSummary', { count: lines.length, amount: formatDong(total) })}</Text>
          <DateField label={t('contributions.entryDate')} required value={entryDate} onChange={(v) => setEntryDate(typeof v === 'string' ? v : null)}
            error={fieldErrors.entryDate} />
          <SegmentedControl value={account} onChange={(v) => setAccount(v as 'cash' | 'bank')}
            data={[{ value: 'cash', label: t('contributions.cash') }, { value: 'bank', label: t('contributions.bank') }]} />
          {(formError ?? lineError) && <Alert color="red">{formError ?? lineError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!entryDate || lines.length === 0 || lines.some((l) => l.amount <= 0)}>
              {t('contributions.collectConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
