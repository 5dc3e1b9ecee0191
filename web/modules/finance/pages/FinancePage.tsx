// /org/:orgId/finance — sổ sách: each fund's balance on the period's last day (computed from the entries), the
// vouchers of the period or the cash and bank books, and — for the treasurer and the chairperson — new vouchers,
// reversals and new funds. Posted vouchers are never edited.
import { Alert, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport, IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../../shared/vi/money.ts';
import { downloadFile } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { currentReportYear } from '../../reports/report-year.ts';
import { EntriesTable } from '../components/EntriesTable.tsx';
import { EntryFormModal } from '../components/EntryFormModal.tsx';
import { FundFormModal } from '../components/FundFormModal.tsx';
import { LedgerImportModal } from '../components/LedgerImportModal.tsx';
import { ReverseEntryModal } from '../components/ReverseEntryModal.tsx';
import { VoucherFilesModal } from '../components/VoucherFilesModal.tsx';
import {
  balancesPath, cashBookPath, cashBookXlsxPath, entriesPath, fundsPath, voucherPath, type BalanceView, type CashBookView, type EntryView, type FundView,
} from '../ledger.api.ts';

type View = 'entries' | 'cash' | 'bank';

export function FinancePage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayPost = can(me, orgId, tree, 'finance.write');
  const [year, setYear] = useState(currentReportYear());
  const [view, setView] = useState<View>('entries');
  const [open, setOpen] = useState<'entry' | 'fund' | 'import' | null>(null);
  const [reversing, setReversing] = useState<EntryView | null>(null);
  const [filing, setFiling] = useState<EntryView | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const funds = useApiQuery<{ items: FundView[] }>(fundsPath(orgId));
  const balances = useApiQuery<BalanceView>(balancesPath(orgId, period.to));
  const entries = useApiQuery<{ items: EntryView[] }>(view === 'entries' ? entriesPath(orgId, period) : null);
  const book = useApiQuery<CashBookView>(view === 'entries' ? null : cashBookPath(orgId, { account: view, ...period }));
  const changed = () => {
    setOpen(null);
    setReversing(null);
    funds.reload();
    balances.reload();
    (view === 'entries' ? entries : book).reload();
  };
  const download = (path: string, fallbackName: string) => {
    setPrintError(null);
    downloadFile(path, fallbackName).catch((err: unknown) => setPrintError(errorMessage(err, t)));
  };
  const print = (e: EntryView) => download(voucherPath(orgId, e.id), `${e.number}.docx`);
  const error = funds.error ?? balances.error ?? entries.error ?? book.error;

  return (
    <>
      <PageHeader title={t('finance.title')} subtitle={t('finance.subtitle')}
        actions={<NumberInput aria-label={t('finance.year')} value={year} min={1990} max={2100} w={110}
          onChange={(v) => typeof v === 'number' && v >= 1990 && v <= 2100 && setYear(v)} />} />
      {error ? <ErrorAlert error={error} onRetry={changed} /> : (
        <Stack gap="md" data-testid="finance">
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t('finance.balancesOn', { date: `31/12/${year}` })}</Title>
              {mayPost && (
                <Group gap="xs">
                  <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setOpen('fund')} data-testid="add-fund">{t('finance.newFund')}</Button>
                  <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setOpen('import')} data-testid="import-ledger">
                    {t('finance.import.button')}</Button>
                  <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen('entry')} disabled={(funds.data?.items.length ?? 0) === 0}
                    data-testid="add-entry">{t('finance.newEntry')}</Button>
                </Group>
              )}
            </Group>
            {balances.data && balances.data.funds.length === 0 ? <Text c="dimmed" size="sm">{t('finance.noFunds')}</Text> : (
              <Table data-testid="fund-balances">
                <Table.Thead><Table.Tr><Table.Th>{t('finance.fund')}</Table.Th><Table.Th ta="right">{t('finance.receipts')}</Table.Th>
                  <Table.Th ta="right">{t('finance.payments')}</Table.Th><Table.Th ta="right">{t('finance.balance')}</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>{balances.data?.funds.map((f) => (
                  <Table.Tr key={f.fundId}><Table.Td>{f.name}</Table.Td><Table.Td ta="right">{formatDong(f.receipts)}</Table.Td>
                    <Table.Td ta="right">{formatDong(f.payments)}</Table.Td><Table.Td ta="right" fw={600}>{formatDong(f.balance)}</Table.Td></Table.Tr>))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
          <Paper withBorder radius="md" p="md">
            <SegmentedControl mb="sm" value={view} onChange={(v) => setView(v as View)} data-testid="ledger-view"
              data={(['entries', 'cash', 'bank'] as const).map((v) => ({ value: v, label: t(`finance.views.${v}`) }))} />
            {printError && <Alert color="red" p="xs" mb="xs">{printError}</Alert>}
            {view !== 'entries' && book.data && (
              <Group justify="space-between" mb="xs">
                <Text size="sm">{t('finance.carried', { opening: formatDong(book.data.opening), closing: formatDong(book.data.closing) })}</Text>
                <Button size="compact-sm" variant="light" leftSection={<IconFileSpreadsheet size={14} />} data-testid="cash-book-xlsx"
                  onClick={() => download(cashBookXlsxPath(orgId, { account: view, ...period }), `so-quy-${year}.xlsx`)}>
                  {t('finance.exportXlsx')}
                </Button>
              </Group>
            )}
            <EntriesTable entries={view === 'entries' ? entries.data?.items ?? [] : book.data?.lines ?? []} mayPost={mayPost} onPrint={print}
              onReverse={setReversing} onFiles={setFiling} />
          </Paper>
        </Stack>
      )}
      {open === 'entry' && funds.data && <EntryFormModal orgId={orgId} funds={funds.data.items} onClose={() => setOpen(null)} onSaved={changed} />}
      {open === 'import' && <LedgerImportModal orgId={orgId} onClose={() => setOpen(null)} onImported={changed} />}
      {open === 'fund' && <FundFormModal orgId={orgId} onClose={() => setOpen(null)} onSaved={changed} />}
      {filing && (
        <VoucherFilesModal orgId={orgId} entry={filing} mayPost={mayPost} onClose={() => setFiling(null)}
          onChanged={() => (view === 'entries' ? entries : book).reload()} />
      )}
      {reversing && <ReverseEntryModal orgId={orgId} entry={reversing} onClose={() => setReversing(null)} onSaved={changed} />}
    </>
  );
}
