// The committee registers any member of the union: for a title, or for the staff rating they aim at.
import { Alert, Button, Modal, NativeSelect, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GradeCode, TitleCode } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { createRegistration } from '../emulation.api.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';

interface Props {
  orgId: number;
  year: number;
  members: MemberOption[];
  onClose: () => void;
  onSaved: () => void;
}

const targets: GradeCode[] = ['htxsnv', 'httnv', 'htnv'];

export function RegistrationFormModal({ orgId, year, members, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [title, setTitle] = useState<TitleCode | 'rating'>('ldtt');
  const [targetRating, setTargetRating] = useState<GradeCode>('httnv');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!memberId) {
      setFieldErrors({ memberId: t('form.required') });
      return;
    }
    const done = await run(() => createRegistration(orgId, {
      year, memberId: Number(memberId), title, targetRating: title === 'rating' ? targetRating : null,
    }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulation.entry.registration', { year })}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="registration-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Select searchable required label={t('emulation.member')} data={members} value={memberId} onChange={setMemberId}
            error={fieldErrors.memberId} data-testid="registration-member" />
          <NativeSelect label={t('emulation.registeredFor')} value={title} onChange={(e) => setTitle(e.currentTarget.value as TitleCode | 'rating')}
            data={[...(['ldtt', 'cstdcs'] as const).map((x) => ({ value: x, label: t(`emulation.titles.${x}`) })),
              { value: 'rating', label: t('emulation.entry.targetRating') }]} data-testid="registration-title" />
          {title === 'rating' && (
            <NativeSelect label={t('emulation.entry.grade')} value={targetRating} onChange={(e) => setTargetRating(e.currentTarget.value as GradeCode)}
              data={targets.map((g) => ({ value: g, label: g.toUpperCase() }))} error={fieldErrors.targetRating} />
          )}
          <Button type="submit" loading={saving} data-testid="registration-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
