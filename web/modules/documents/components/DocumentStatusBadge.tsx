// A document's status as a badge: overdue (red) wins over pending / in progress; done is green.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../documents.api.ts';

const colors = { pending: 'gray', in_progress: 'blue', done: 'green' } as const;

export function DocumentStatusBadge({ doc }: { doc: Pick<DocumentView, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={doc.overdue ? 'red' : colors[doc.status]}>
      {doc.overdue ? t('documents.status.overdue') : t(`documents.status.${doc.status}`)}
    </Badge>
  );
}
