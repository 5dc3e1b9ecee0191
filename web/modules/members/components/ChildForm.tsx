import { Alert, Button, Divider, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../shared/contracts/members.contract.ts';
import type { FieldErrors } from '../../../app/errors.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { useDateTextErrors } from '../../../ui/use-date-text-errors.ts';
import { addChild } from '../members.api.ts';

export function ChildForm({ orgId, memberId, onAdded }: { orgId: number; memberId: number; onAdded: (member: MemberDetail) => void }) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState('');
  const [birthDate, setBirthDate] = useState<string | null>(null);
  const [sex, setSex] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();
  const dateTexts = useDateTextErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = { ...dateTexts.pending() };
    if (fullName.trim().length < 2) {
      local.fullName = t('form.required');
    }
    if (!birthDate && !local.birthDate) {
      local.birthDate = t('form.required');
    }
    setFieldErrors(local);
    if (Object.keys(local).length > 0 || !birthDate) {
      return;
    }
    const updated = await run(() => addChild(orgId, memberId, { fullName: fullName.trim(), birthDate, sex: sex === 'male' || sex === 'female' ? sex : null }));
    if (updated) {
      notifications.show({ color: 'green', message: t('children.added') });
      setFullName('');
      setBirthDate(null);
      setSex('');
      onAdded(updated);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="child-form" noValidate>
      <Divider my="md" label={t('children.addTitle')} labelPosition="left" />
      <Stack gap="xs">
        {formError && (
          <Alert color="red" p="xs">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('children.fullName')}
          name="childFullName"
          data-testid="child-fullName"
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          error={fieldErrors.fullName}
          required
        />
        <SimpleGrid cols={2} spacing="xs">
          <DateField
            label={t('children.birthDate')}
            name="childBirthDate"
            data-testid="child-birthDate"
            value={birthDate}
            onChange={setBirthDate}
            onTextError={dateTexts.note('birthDate')}
            error={fieldErrors.birthDate}
            required
          />
          <NativeSelect
            label={t('children.sex')}
            name="childSex"
            data-testid="child-sex"
            data={[
              { value: '', label: '—' },
              { value: 'male', label: t('member.sex.male') },
              { value: 'female', label: t('member.sex.female') },
            ]}
            value={sex}
            onChange={(e) => setSex(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} />} loading={saving} data-testid="child-add">
          {t('children.add')}
        </Button>
      </Stack>
    </form>
  );
}
