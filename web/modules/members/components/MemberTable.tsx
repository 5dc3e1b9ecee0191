// The member list: server-side paging and sorting, a row opens the member.
import { Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { Member, MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import type { MemberListParams, MemberSortKey } from '../members.api.ts';
import { MemberStatusBadge } from './MemberStatusBadge.tsx';

const sortKeyByColumn: Record<string, MemberSortKey> = { code: 'code', fullName: 'name', birthDate: 'birthDate', joinedOn: 'joinedOn' };
const columnBySortKey: Record<MemberSortKey, keyof Member> = { code: 'code', name: 'fullName', birthDate: 'birthDate', joinedOn: 'joinedOn' };

interface Props {
  data: MemberListResponse | undefined;
  fetching: boolean;
  params: MemberListParams;
  pageSizes: number[];
  onParams: (changes: Partial<MemberListParams>) => void;
  onOpen: (member: Member) => void;
  /** With these, rows get checkboxes (e.g. to create accounts for the selected members). */
  selected?: Member[];
  onSelect?: (members: Member[]) => void;
}

export function MemberTable({ data, fetching, params, pageSizes, onParams, onOpen, selected, onSelect }: Props) {
  const { t } = useTranslation();
  // On phones the table scrolls sideways instead of wrapping every cell into a tall row.
  const narrow = useMediaQuery('(max-width: 62em)', false, { getInitialValueInEffect: false });
  const sortStatus: DataTableSortStatus<Member> = { columnAccessor: columnBySortKey[params.sort], direction: params.dir };

  return (
    <DataTable<Member>
      data-testid="member-table"
      withTableBorder
      borderRadius="md"
      striped
      highlightOnHover
      minHeight={data && data.items.length > 0 ? undefined : 220}
      verticalSpacing="xs"
      defaultColumnProps={{ noWrap: narrow }}
      records={data?.items ?? []}
      fetching={fetching}
      totalRecords={data?.total ?? 0}
      page={params.page}
      onPageChange={(page) => onParams({ page })}
      recordsPerPage={params.pageSize}
      recordsPerPageOptions={pageSizes}
      onRecordsPerPageChange={(pageSize) => onParams({ pageSize })}
      recordsPerPageLabel={t('table.perPage')}
      paginationText={({ from, to, totalRecords }) =>
        t('table.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(totalRecords) })
      }
      noRecordsText={t('members.none')}
      loadingText={t('common.loading')}
      sortStatus={sortStatus}
      onSortStatusChange={(status) => {
        const sort = sortKeyByColumn[String(status.columnAccessor)];
        if (sort) {
          onParams({ sort, dir: status.direction });
        }
      }}
      onRowClick={({ record }) => onOpen(record)}
      {...(selected && onSelect ? { selectedRecords: selected, onSelectedRecordsChange: onSelect } : {})}
      customRowAttributes={(record) => ({ 'data-testid': 'member-row', 'data-member-id': record.id, 'data-code': record.code })}
      columns={[
        { accessor: 'code', title: t('members.col.code'), sortable: true, noWrap: true },
        {
          accessor: 'fullName',
          title: t('member.field.fullName'),
          sortable: true,
          noWrap: true,
          render: (m) => (
            <Text size="sm" fw={500}>
              {m.fullName}
            </Text>
          ),
        },
        { accessor: 'sex', title: t('member.field.sex'), noWrap: true, render: (m) => t(`member.sex.${m.sex}`) },
        { accessor: 'birthDate', title: t('member.field.birthDate'), sortable: true, noWrap: true, render: (m) => formatDate(m.birthDate) },
        { accessor: 'category', title: t('member.field.category'), render: (m) => t(`member.category.${m.category}`) },
        { accessor: 'groupName', title: t('member.field.group'), render: (m) => m.groupName ?? '' },
        { accessor: 'position', title: t('member.field.position'), render: (m) => m.position ?? '' },
        { accessor: 'status', title: t('member.field.status'), noWrap: true, width: 150, render: (m) => <MemberStatusBadge status={m.status} since={m.statusSince} /> },
      ]}
    />
  );
}
