// The roll-up table's filters: annual report state (with "not submitted"), kind, classification, a search without
// diacritics, and whether subtotals follow the upper levels or the kinds.
import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrgKindCode } from '../../../../shared/contracts/orgs.contract.ts';
import type { TableGrouping } from '../federation-params.ts';
import { GRADES, NOT_CLASSIFIED, REPORT_STATES } from '../union-sums.ts';
import type { UnionFilter } from '../union-table.ts';

interface Props {
  filter: UnionFilter;
  group: TableGrouping;
  /** The kinds of the unions listed, offered in the kind filter. */
  kinds: readonly OrgKindCode[];
  shown: number;
  /** Sets URL parameters (null removes one). */
  onChange: (changes: Record<string, string | null>) => void;
}

export function RollupFilters({ filter, group, kinds, shown, onChange }: Props) {
  const { t } = useTranslation();
  const all = { value: '', label: t('federation.filters.all') };
  const active = Boolean(filter.report || filter.kind || filter.classification || filter.search);
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput label={t('federation.filters.search')} placeholder={t('federation.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />} value={filter.search ?? ''} onChange={(e) => onChange({ q: e.currentTarget.value || null })}
          w={{ base: '100%', xs: 220 }} data-testid="fed-search" />
        <Select label={t('federation.filters.report')} allowDeselect={false} w={{ base: '100%', xs: 170 }} data-testid="fed-filter-report"
          value={filter.report ?? ''} onChange={(v) => onChange({ report: v || null })}
          data={[all, { value: 'not_submitted', label: t('federation.filters.notSubmitted') },
            ...REPORT_STATES.map((s) => ({ value: s, label: t(`federation.reportShort.${s}`) }))]} />
        <Select label={t('federation.filters.kind')} allowDeselect={false} w={{ base: '100%', xs: 240 }} data-testid="fed-filter-kind"
          value={filter.kind ?? ''} onChange={(v) => onChange({ kind: v || null })}
          data={[all, ...kinds.map((k) => ({ value: k, label: t(`org.kinds.${k}`) }))]} />
        <Select label={t('federation.filters.grade')} allowDeselect={false} w={{ base: '100%', xs: 160 }} data-testid="fed-filter-grade"
          value={filter.classification ?? ''} onChange={(v) => onChange({ grade: v || null })}
          data={[all, ...[...GRADES, NOT_CLASSIFIED].map((g) => ({ value: g, label: t(`federation.grades.${g}`) }))]} />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('federation.filters.group')}
          </Text>
          <SegmentedControl value={group} onChange={(v) => onChange({ group: v === 'kind' ? 'kind' : null })} data-testid="fed-group"
            data={[{ value: 'tree', label: t('federation.filters.byTree') }, { value: 'kind', label: t('federation.filters.byKind') }]} />
        </Stack>
        {active && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} data-testid="fed-filter-clear"
            onClick={() => onChange({ q: null, report: null, kind: null, grade: null })}>
            {t('federation.filters.clear')}
          </Button>
        )}
      </Group>
      {active && (
        <Text size="sm" c="dimmed" data-testid="fed-shown">
          {t('federation.filters.shown', { count: shown })}
        </Text>
      )}
    </Stack>
  );
}
