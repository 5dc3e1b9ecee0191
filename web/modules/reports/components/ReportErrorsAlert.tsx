// Every error of the draft in one place; the draft cannot be downloaded or finalised until the list is empty.
import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ReportErrorsAlert({ errors }: { errors: string[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) {
    return null;
  }
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('reports.errorsTitle', { count: errors.length })} data-testid="report-errors" role="alert">
      <List size="sm" spacing={2}>
        {errors.map((error, i) => (
          <List.Item key={i}>{error}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
