// The frame of a simple add/edit form: title, the server's form error, the fields, one save button.
import { Alert, Button, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  formError: string | null;
  saving: boolean;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  children: ReactNode;
  size?: ModalProps['size'];
  /** data-testid of the form; its save button is `${testId}-save`. */
  testId?: string;
}

export function RecordFormModal({ title, formError, saving, onClose, onSubmit, children, size = 'lg', testId }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Modal opened onClose={onClose} size={size} title={title}>
      <form onSubmit={submit} noValidate data-testid={testId}>
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          {children}
          <Button type="submit" loading={saving} data-testid={testId && `${testId}-save`}>{t('common.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
