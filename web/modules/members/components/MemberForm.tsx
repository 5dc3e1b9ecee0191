// All fields of a member (MemberInput), grouped like the paper record; stable names and test ids for browser tests.
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberInput } from '../../../../shared/contracts/members.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormSection } from '../../../ui/FormSection.tsx';
import type { SelectOption } from '../hooks/use-member-options.ts';
import { formToInput, type MemberFormValues } from '../member-form-values.ts';

interface Props {
  initial: MemberFormValues;
  readOnly: boolean;
  categoryOptions: SelectOption[];
  groupOptions: SelectOption[];
  submitLabel: string;
  onSubmit: (input: MemberInput) => Promise<unknown>;
}

export function MemberForm({ initial, readOnly, categoryOptions, groupOptions, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<MemberFormValues>(initial);
  const { fieldErrors, setFieldErrors, formError, setFormError, saving, run } = useServerSubmit();
  const formRef = useRef<HTMLFormElement>(null);

  /** The save button is at the bottom: bring the first problem into view. */
  const reveal = () => {
    requestAnimationFrame(() => {
      const target = formRef.current?.querySelector('[aria-invalid="true"]') ?? formRef.current;
      target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    });
  };

  const set = <K extends keyof MemberFormValues>(key: K, value: MemberFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setFieldErrors((e) => (e[key] ? { ...e, [key]: '' } : e));
  };
  const text = (key: keyof MemberFormValues) => ({
    name: key,
    'data-testid': `member-${key}`,
    value: values[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value as never),
    error: fieldErrors[key] || undefined,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = formToInput(values, t);
    if ('errors' in checked) {
      setFieldErrors(checked.errors);
      setFormError(t('form.fixErrors'));
      reveal();
      return;
    }
    await run(
      () => onSubmit(checked.input),
      (message) => {
        notifications.show({ color: 'red', title: t('errors.saveFailed'), message });
        reveal();
      },
    );
  };

  const withEmpty = (options: SelectOption[], emptyLabel: string) => [{ value: '', label: emptyLabel }, ...options];

  return (
    <Paper ref={formRef} withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="form" onSubmit={(e: FormEvent) => void submit(e)} noValidate data-testid="member-form">
      {formError && (
        <Alert color="red" mb="sm" data-testid="member-form-error" role="alert">
          {formError}
        </Alert>
      )}
      <fieldset disabled={readOnly} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <FormSection first title={t('member.section.identity')}>
          <TextInput label={t('member.field.code')} required {...text('code')} />
          <TextInput label={t('member.field.fullName')} required {...text('fullName')} />
          <NativeSelect
            label={t('member.field.sex')}
            required
            name="sex"
            data-testid="member-sex"
            data={withEmpty(
              [
                { value: 'male', label: t('member.sex.male') },
                { value: 'female', label: t('member.sex.female') },
              ],
              t('form.choose'),
            )}
            value={values.sex}
            onChange={(e) => set('sex', e.currentTarget.value)}
            error={fieldErrors.sex || undefined}
          />
          <DateField
            label={t('member.field.birthDate')}
            name="birthDate"
            data-testid="member-birthDate"
            value={values.birthDate}
            onChange={(v) => set('birthDate', v)}
            error={fieldErrors.birthDate || undefined}
            clearable={!readOnly}
            defaultLevel="decade"
          />
          <TextInput label={t('member.field.ethnicity')} {...text('ethnicity')} />
          <TextInput label={t('member.field.nationalCode')} title={t('member.hint.nationalCode')} {...text('nationalCode')} />
          <TextInput label={t('member.field.cardNumber')} {...text('cardNumber')} />
        </FormSection>

        <FormSection title={t('member.section.union')}>
          <NativeSelect
            label={t('member.field.category')}
            required
            name="category"
            data-testid="member-category"
            data={withEmpty(categoryOptions, t('form.choose'))}
            value={values.category}
            onChange={(e) => set('category', e.currentTarget.value)}
            error={fieldErrors.category || undefined}
          />
          <NativeSelect
            label={t('member.field.group')}
            name="groupId"
            data-testid="member-groupId"
            data={withEmpty(groupOptions, t('member.noGroup'))}
            value={values.groupId}
            onChange={(e) => set('groupId', e.currentTarget.value)}
            error={fieldErrors.groupId || undefined}
          />
          <TextInput label={t('member.field.position')} {...text('position')} />
          <DateField
            label={t('member.field.joinedOn')}
            required
            name="joinedOn"
            data-testid="member-joinedOn"
            value={values.joinedOn}
            onChange={(v) => set('joinedOn', v)}
            error={fieldErrors.joinedOn || undefined}
          />
          <TextInput label={t('member.field.education')} {...text('education')} />
          <TextInput label={t('member.field.politicalTheory')} {...text('politicalTheory')} />
          <Checkbox
            label={t('member.field.partyMember')}
            name="partyMember"
            data-testid="member-partyMember"
            checked={values.partyMember}
            onChange={(e) => set('partyMember', e.currentTarget.checked)}
          />
        </FormSection>

        <FormSection title={t('member.section.contact')}>
          <TextInput label={t('member.field.phone')} type="tel" inputMode="tel" {...text('phone')} />
          <TextInput label={t('member.field.email')} type="email" {...text('email')} />
        </FormSection>
      </fieldset>

      {!readOnly && (
        <Group justify="flex-end" mt="lg">
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />} data-testid="member-save">
            {submitLabel}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
