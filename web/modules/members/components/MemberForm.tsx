// All fields of a member (MemberInput), grouped like the paper record; stable names and test ids for browser tests.
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberInput, NewMemberInput } from '../../../../shared/contracts/members.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormSection } from '../../../ui/FormSection.tsx';
import { useDateTextErrors } from '../../../ui/use-date-text-errors.ts';
import type { SelectOption } from '../hooks/use-member-options.ts';
import { formToInput, type MemberFormValues } from '../member-form-values.ts';

interface Props {
  initial: MemberFormValues;
  readOnly: boolean;
  categoryOptions: SelectOption[];
  groupOptions: SelectOption[];
  submitLabel: string;
  /** A new member: asks whether they are admitted or transferred in (then the date of arrival too). */
  isNew?: boolean;
  /** Sends `transferredInOn` only for a new member transferred in. */
  onSubmit: (input: MemberInput | NewMemberInput) => Promise<unknown>;
}

export function MemberForm({ initial, readOnly, categoryOptions, groupOptions, submitLabel, isNew = false, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<MemberFormValues>(initial);
  const { fieldErrors, setFieldErrors, formError, setFormError, saving, run } = useServerSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const dateTexts = useDateTextErrors();
  const dateTextError = (key: keyof MemberFormValues) => {
    const note = dateTexts.note(key);
    return (message: string | null) => {
      note(message);
      setFieldErrors((e) => ({ ...e, [key]: message ?? '' }));
    };
  };
  const transfer = isNew && values.arrival === 'transferred_in';

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
    const typed = dateTexts.pending();
    const checked = formToInput(isNew ? values : { ...values, arrival: 'admitted' }, t);
    if ('errors' in checked || Object.keys(typed).length > 0) {
      setFieldErrors({ ...('errors' in checked ? checked.errors : {}), ...typed });
      setFormError(t('form.fixErrors'));
      reveal();
      return;
    }
    // An existing member's record has no date of arrival to send (PUT refuses the key).
    const { transferredInOn: _arrivalDate, ...recordOnly } = checked.input;
    await run(
      () => onSubmit(isNew ? checked.input : recordOnly),
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
            onTextError={dateTextError('birthDate')}
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
          {isNew && (
            <NativeSelect
              label={t('member.field.arrival')}
              name="arrival"
              data-testid="member-arrival"
              data={[
                { value: 'admitted', label: t('member.arrival.admitted') },
                { value: 'transferred_in', label: t('member.arrival.transferred_in') },
              ]}
              value={values.arrival}
              onChange={(e) => set('arrival', e.currentTarget.value as MemberFormValues['arrival'])}
            />
          )}
          <DateField
            label={transfer ? t('member.field.joinedOnOriginal') : t('member.field.joinedOn')}
            description={transfer ? t('member.hint.joinedOnOriginal') : undefined}
            required
            name="joinedOn"
            data-testid="member-joinedOn"
            value={values.joinedOn}
            onChange={(v) => set('joinedOn', v)}
            onTextError={dateTextError('joinedOn')}
            error={fieldErrors.joinedOn || undefined}
          />
          {transfer && (
            <DateField
              label={t('member.field.transferredInOn')}
              required
              name="transferredInOn"
              data-testid="member-transferredInOn"
              value={values.transferredInOn}
              onChange={(v) => set('transferredInOn', v)}
              onTextError={dateTextError('transferredInOn')}
              error={fieldErrors.transferredInOn || undefined}
            />
          )}
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
