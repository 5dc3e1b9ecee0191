import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { SortDir, UnionSortKey } from '../union-table.ts';

interface Props {
  column: UnionSortKey;
  label: string;
  align: 'left' | 'right';
  sort: UnionSortKey;
  dir: SortDir;
  onSort: (key: UnionSortKey) => void;
  testId: string;
}

/** A column header of the union tables: click to sort by it, again to reverse. */
export function SortHeader({ column, label, align, sort, dir, onSort, testId }: Props) {
  const Icon = column !== sort ? IconSelector : dir === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th ta={align} aria-sort={column === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => onSort(column)} data-testid={testId}>
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {label}
          </Text>
          <Icon size={14} stroke={1.6} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
