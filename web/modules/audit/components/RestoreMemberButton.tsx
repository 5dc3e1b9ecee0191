// Khôi phục: puts back a member deleted by mistake, from the audit entry of the deletion (chairperson).
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import { api } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';

export function RestoreMemberButton({ orgId, auditId, onRestored }: { orgId: number; auditId: number; onRestored: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      const member = await api.post<MemberDetail>(`/api/orgs/${orgId}/members/restore`, { auditId });
      notifications.show({ color: 'green', message: t('members.delete.restored', { name: member.fullName }) });
      onRestored();
    } catch (err) {
      notifications.show({ color: 'red', title: t('audit.restoreFailed'), message: errorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="compact-xs"
      variant="light"
      color="teal"
      leftSection={<IconRestore size={14} />}
      loading={busy}
      onClick={(e) => {
        e.stopPropagation();
        void restore();
      }}
      data-testid="audit-restore"
    >
      {t('audit.restore')}
    </Button>
  );
}
