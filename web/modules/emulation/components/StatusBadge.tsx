import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Proposed (đề nghị) until a decision is recorded (đã có quyết định). */
export function StatusBadge({ status }: { status: 'proposed' | 'decided' }) {
  const { t } = useTranslation();
  return <Badge color={status === 'decided' ? 'green' : 'yellow'} variant="light">{t(`emulation.status.${status}`)}</Badge>;
}
