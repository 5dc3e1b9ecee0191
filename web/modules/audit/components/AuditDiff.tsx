// What an audited change did: each field whose value differs, before and after.
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Coded values (sex, category, status…) in words; dates as dd/mm/yyyy; the rest as stored. */
const codedFields: Record<string, string> = { sex: 'member.sex', category: 'member.category', status: 'member.status', kind: 'member.statusKind' };

function show(key: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (typeof value === 'string') {
    if (codedFields[key]) {
      return t(`${codedFields[key]}.${value}`, { defaultValue: value });
    }
    return ISO_DATE.test(value) ? formatDate(value) : value;
  }
  if (typeof value === 'boolean') {
    return value ? t('common.yes') : t('common.no');
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    return value.join(', ');
  }
  return JSON.stringify(value);
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const was = asRecord(before);
  const is = asRecord(after);
  // Keys starting with "_" are kept for the machine (a deleted member's stored record), not shown.
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])]
    .filter((key) => !key.startsWith('_') && JSON.stringify(was[key]) !== JSON.stringify(is[key]));

  if (keys.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        {t('audit.noChanges')}
      </Text>
    );
  }
  return (
    <Table withTableBorder withColumnBorders fz="sm" bg="var(--mantine-color-body)" data-testid="audit-diff">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="25%">{t('audit.field')}</Table.Th>
          <Table.Th w="37%">{t('audit.before')}</Table.Th>
          <Table.Th>{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => (
          <Table.Tr key={key}>
            <Table.Td fw={500}>{t([`audit.fields.${key}`, `member.field.${key}`], { defaultValue: key })}</Table.Td>
            <Table.Td c="red.8" style={{ wordBreak: 'break-word' }}>
              {show(key, was[key], t)}
            </Table.Td>
            <Table.Td c="green.8" style={{ wordBreak: 'break-word' }}>
              {show(key, is[key], t)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
