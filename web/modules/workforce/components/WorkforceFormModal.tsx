// Ghi / sửa số liệu lao động tại một ngày: the date, every figure of the form (counts and amounts in đồng), a note.
// The members may be left empty: congdoan then counts the union's members on the date.
import { Alert, Button, Modal, NumberInput, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { MoneyInput } from '../../../ui/MoneyInput.tsx';
import { createWorkforce, updateWorkforce, type WorkforceView } from '../workforce.api.ts';
import { figureFields, type FigureField } from '../workforce-fields.ts';

interface Props { orgId: number; figures: WorkforceView | null; onClose: () => void; onSaved: () => void }

const initial = (f: WorkforceView | null) =>
  Object.fromEntries(figureFields.map(({ field }) => [field, f ? f[field] : null])) as Record<FigureField, number | null>;

export function WorkforceFormModal({ orgId, figures, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<string | null>(figures?.asOf ?? null);
  const [values, setValues] = useState(() => initial(figures));
  const [note, setNote] = useState(figures?.note ?? '');
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const set = (field: FigureField, value: number | null) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const counts = Object.fromEntries(figureFields.map(({ field, optional }) => [field, values[field] ?? (optional ? null : 0)]));
    const body = { ...(counts as Record<FigureField, number>), asOf: asOf ?? '', note: note.trim() || null } as Parameters<typeof createWorkforce>[1];
    const saved = await run(() => (figures ? updateWorkforce(orgId, figures.id, body) : createWorkforce(orgId, body)));
    if (saved) {
      notifications.show({ color: 'green', message: t('workforce.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} size="xl" title={figures ? t('workforce.edit') : t('workforce.add')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="workforce-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <DateField required label={t('workforce.field.asOf')} value={asOf} onChange={(v) => setAsOf(typeof v === 'string' && v ? v : null)}
            error={fieldErrors.asOf} data-testid="workforce-as-of" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {figureFields.map(({ field, money, required, optional }) => {
              const common = {
                label: t(`workforce.field.${field}`), required, error: fieldErrors[field],
                description: field === 'membersCount' ? t('workforce.form.membersHint') : undefined,
                placeholder: optional ? undefined : '0', 'data-testid': `workforce-${field}`,
              };
              return money
                ? <MoneyInput key={field} {...common} value={values[field]} onChange={(v) => set(field, v)} />
                : <NumberInput key={field} {...common} min={0} allowDecimal={false} allowNegative={false} thousandSeparator="." decimalSeparator=","
                    value={values[field] ?? ''} onChange={(v) => set(field, typeof v === 'number' ? v : null)} />;
            })}
          </SimpleGrid>
          <Textarea autosize label={t('workforce.field.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
          <Button type="submit" loading={saving} data-testid="workforce-save">{t('workforce.form.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
