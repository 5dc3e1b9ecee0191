// /org/:orgId/audit — nhật ký thay đổi: who did what and when; a row opens the before/after comparison.
import { Badge, Box, Paper, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toQueryString } from '../../../app/api.ts';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime, formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import type { AuditEntry, AuditPage as AuditPageData } from '../audit.types.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { AuditDiff } from '../components/AuditDiff.tsx';
import { RestoreMemberButton } from '../components/RestoreMemberButton.tsx';

const PAGE_SIZE = 25;

/** A readable name for the changed record: the server's (member, organisation, account), else the logged values'. */
function recordName(entry: AuditEntry): string | null {
  if (entry.entityName) {
    return entry.entityName;
  }
  for (const side of [entry.after, entry.before]) {
    if (side && typeof side === 'object') {
      const value = (side as Record<string, unknown>).fullName ?? (side as Record<string, unknown>).name;
      if (typeof value === 'string' && value) {
        return value;
      }
    }
  }
  return null;
}
const actionColors: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', import: 'grape', status: 'orange', end: 'gray', move: 'cyan', rename: 'cyan', login: 'gray', restore: 'teal' };

export function AuditPage() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayRestore = can(me, orgId, tree, 'members.delete');
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<(number | string)[]>([]);
  const audit = useApiQuery<AuditPageData>(`/api/orgs/${orgId}/audit${toQueryString({ page, pageSize: PAGE_SIZE })}`);

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      {audit.error ? (
        <ErrorAlert error={audit.error} onRetry={audit.reload} />
      ) : (
        <Paper withBorder radius="md" p="md">
          <DataTable<AuditEntry>
            data-testid="audit-table"
            withTableBorder
            borderRadius="md"
            highlightOnHover
            minHeight={audit.data && audit.data.items.length > 0 ? undefined : 220}
            records={audit.data?.items ?? []}
            fetching={audit.loading}
            totalRecords={audit.data?.total ?? 0}
            recordsPerPage={PAGE_SIZE}
            page={page}
            onPageChange={(p) => {
              setPage(p);
              setExpanded([]);
            }}
            paginationText={({ from, to, totalRecords }) =>
              t('table.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(totalRecords) })
            }
            noRecordsText={t('audit.none')}
            customRowAttributes={() => ({ 'data-testid': 'audit-row' })}
            rowExpansion={{
              allowMultiple: true,
              expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
              content: ({ record }) => (
                <Box p="sm" bg="var(--mantine-color-gray-0)">
                  <AuditDiff before={record.before} after={record.after} />
                </Box>
              ),
            }}
            columns={[
              {
                accessor: 'expand',
                title: '',
                width: 36,
                render: (r) => (
                  <IconChevronRight
                    size={14}
                    style={{ transition: 'transform 150ms', transform: expanded.includes(r.id) ? 'rotate(90deg)' : undefined }}
                  />
                ),
              },
              { accessor: 'at', title: t('audit.at'), width: 150, render: (r) => formatDateTime(r.at) },
              { accessor: 'userName', title: t('audit.user'), render: (r) => r.userName ?? t('audit.system') },
              {
                accessor: 'action',
                title: t('audit.action'),
                render: (r) => (
                  <Badge variant="light" tt="none" color={actionColors[r.action] ?? 'gray'}>
                    {t(`audit.actions.${r.action}`, { defaultValue: r.action })}
                  </Badge>
                ),
              },
              {
                accessor: 'entity',
                title: t('audit.entity'),
                render: (r) => (
                  <Text size="sm">
                    {t(`audit.entities.${r.entity}`, { defaultValue: r.entity })}
                    {recordName(r) ? `: ${recordName(r)}` : r.entityId !== null && (
                      <Text span c="dimmed" size="xs" ml={6}>
                        #{r.entityId}
                      </Text>
                    )}
                  </Text>
                ),
              },
              ...(mayRestore
                ? [{
                    accessor: 'restore',
                    title: '',
                    width: 120,
                    render: (r: AuditEntry) =>
                      r.action === 'delete' && r.entity === 'member' && (
                        <RestoreMemberButton orgId={orgId} auditId={r.id} onRestored={audit.reload} />
                      ),
                  }]
                : []),
            ]}
          />
        </Paper>
      )}
    </>
  );
}
