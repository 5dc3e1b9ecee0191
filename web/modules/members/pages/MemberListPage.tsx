// /org/:orgId/members — the union's member list with search, filters, Excel template and export, and the list as .docx.
import { Button, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconFileTypeDocx, IconKey, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Member, MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { downloadFile } from '../../../app/api.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can, canWriteMembers } from '../../../app/roles.ts';
import { BulkAccountsModal } from '../../accounts/components/BulkAccountsModal.tsx';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { UnionPickerGate } from '../../federation/components/UnionPicker.tsx';
import { MemberFilterBar } from '../components/MemberFilterBar.tsx';
import { MemberTable } from '../components/MemberTable.tsx';
import { useMemberListParams } from '../hooks/use-member-list-params.ts';
import { useMemberOptions } from '../hooks/use-member-options.ts';
import { exportPath, listDocxPath, memberListPath, templatePath } from '../members.api.ts';

type DownloadKind = 'template' | 'export' | 'docx';

// An upper level has no members of its own: the officer picks a union below it instead.
export function MemberListPage() {
  return (
    <UnionPickerGate>
      <UnionMemberList />
    </UnionPickerGate>
  );
}

function UnionMemberList() {
  const { t } = useTranslation();
  const orgId = useCurrentOrgId() as number;
  const navigate = useNavigate();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const { params, update, pageSizes } = useMemberListParams();
  const options = useMemberOptions(orgId);
  const list = useApiQuery<MemberListResponse>(memberListPath(orgId, params));
  const [downloading, setDownloading] = useState<DownloadKind | null>(null);
  const mayWrite = canWriteMembers(me, orgId, tree);
  // Accounts for selected members (chairperson, officers above, administrators).
  const mayCreateAccounts = can(me, orgId, tree, 'users.manage');
  const [selected, setSelected] = useState<Member[]>([]);
  const [bulkOpen, setBulkOpen] = useState(false);

  const download = async (kind: DownloadKind) => {
    setDownloading(kind);
    try {
      if (kind === 'template') {
        await downloadFile(templatePath(orgId), 'mau-nhap-doan-vien.xlsx');
      } else if (kind === 'export') {
        await downloadFile(exportPath(orgId, params), 'danh-sach-doan-vien.xlsx');
      } else {
        // Danh sách đoàn viên as an official document, as of today in Vietnam.
        await downloadFile(listDocxPath(orgId, todayIso()), 'danh-sach-doan-vien.docx');
      }
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(err, t) });
    } finally {
      setDownloading(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t('members.title')}
        subtitle={list.data ? t('members.count', { count: list.data.total, formatted: formatNumber(list.data.total) }) : undefined}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={downloading === 'template'}
              onClick={() => void download('template')}
              data-testid="member-template"
            >
              {t('members.template')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={downloading === 'export'}
              onClick={() => void download('export')}
              data-testid="member-export"
            >
              {t('members.export')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileTypeDocx size={16} />}
              loading={downloading === 'docx'}
              onClick={() => void download('docx')}
              data-testid="member-list-docx"
            >
              {t('members.listDocx')}
            </Button>
            {mayCreateAccounts && selected.length > 0 && (
              <Button variant="light" leftSection={<IconKey size={16} />} onClick={() => setBulkOpen(true)} data-testid="member-accounts">
                {t('accounts.bulk.button', { count: selected.length })}
              </Button>
            )}
            {mayWrite && (
              <Button component={Link} to={`/org/${orgId}/members/new`} leftSection={<IconUserPlus size={16} />} data-testid="member-add">
                {t('members.add')}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <MemberFilterBar
          filters={params}
          onChange={update}
          categoryOptions={options.categoryOptions}
          groupOptions={options.groupOptions}
        />
        {list.error ? (
          <ErrorAlert error={list.error} onRetry={list.reload} />
        ) : (
          <MemberTable
            data={list.data}
            fetching={list.loading}
            params={params}
            pageSizes={pageSizes}
            onParams={update}
            onOpen={(member) => navigate(`/org/${orgId}/members/${member.id}`)}
            selected={mayCreateAccounts ? selected : undefined}
            onSelect={mayCreateAccounts ? setSelected : undefined}
          />
        )}
      </Paper>
      <BulkAccountsModal
        orgId={orgId}
        memberIds={selected.map((m) => m.id)}
        opened={bulkOpen}
        onClose={() => setBulkOpen(false)}
        onCreated={() => setSelected([])}
      />
    </>
  );
}
