// The frame of the four add/edit forms: title, the server's form error, the fields, one save button.
import { Alert, Button, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props { title: string; formError: string | null; saving: boolean; onClose: () => void; onSubmit: () => Promise<void>; children: ReactNode }

export function RecordModal({ title, formError, saving, onClose, onSubmit, children }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          {children}
          <Button type="submit" loading={saving}>{t('safety.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
