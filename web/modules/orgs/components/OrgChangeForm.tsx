// A dated change: rename, change of kind, move under another parent — each from a date, with its decision.
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgKindView, OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { changeOrg, type OrgHistoryEntry } from '../orgs.api.ts';

interface Props {
  org: OrgView;
  kinds: OrgKindView[];
  /** Possible new parents (upper levels the caller manages); empty when the caller may only rename. */
  parents: { id: number; name: string }[];
  mayManage: boolean;
  onChanged: (history: OrgHistoryEntry[]) => void;
  onCancel: () => void;
}

export function OrgChangeForm({ org, kinds, parents, mayManage, onChanged, onCancel }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string | null>(todayIso());
  const [name, setName] = useState(org.name);
  const [shortName, setShortName] = useState(org.shortName);
  const [kind, setKind] = useState(org.kind);
  const [parentId, setParentId] = useState(String(org.parentId ?? ''));
  const [note, setNote] = useState('');
  const { fieldErrors, setFieldErrors, formError, setFormError, saving, run } = useServerSubmit();
  // A tổ stays a tổ; a union keeps to the kinds of grassroots unions, an upper level to upper levels.
  const kindChoices = org.kind === 'union_group' ? [] : kinds.filter((k) => k.code !== 'union_group' && k.isUpperLevel === org.isUpperLevel);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!from) {
      setFieldErrors({ from: t('form.required') });
      return;
    }
    const body = {
      from,
      ...(name.trim() !== org.name ? { name: name.trim() } : {}),
      ...(shortName.trim() !== org.shortName ? { shortName: shortName.trim() } : {}),
      ...(kind !== org.kind ? { kind } : {}),
      ...(parentId && Number(parentId) !== org.parentId ? { parentId: Number(parentId) } : {}),
      note: note.trim() || null,
    };
    if (Object.keys(body).length === 2) {
      setFormError(t('orgAdmin.nothingChanged'));
      return;
    }
    const history = await run(() => changeOrg(org.id, body));
    if (history) {
      notifications.show({ color: 'green', message: t('orgAdmin.changed') });
      onChanged(history);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="org-change-form">
      <Stack gap="sm">
        {formError && <Alert color="red" p="xs">{formError}</Alert>}
        <DateField label={t('orgAdmin.changeFrom')} data-testid="org-change-from" value={from} onChange={setFrom} error={fieldErrors.from} required />
        <TextInput label={t('orgAdmin.name')} data-testid="org-change-name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name} />
        <TextInput label={t('orgAdmin.shortName')} data-testid="org-change-shortName" value={shortName} onChange={(e) => setShortName(e.currentTarget.value)} error={fieldErrors.shortName} />
        {mayManage && kindChoices.length > 0 && (
          <NativeSelect
            label={t('orgAdmin.kind')} data-testid="org-change-kind" value={kind} error={fieldErrors.kind}
            data={kindChoices.map((k) => ({ value: k.code, label: k.name }))}
            onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
          />
        )}
        {mayManage && parents.length > 0 && (
          <NativeSelect
            label={t('orgAdmin.parent')} data-testid="org-change-parent" value={parentId} error={fieldErrors.parentId}
            data={[...(org.parentId === null ? [{ value: '', label: t('orgAdmin.topLevel') }] : []), ...parents.map((p) => ({ value: String(p.id), label: p.name }))]}
            onChange={(e) => setParentId(e.currentTarget.value)}
          />
        )}
        <TextInput
          label={t('orgAdmin.changeNote')} placeholder={t('orgAdmin.decisionPlaceholder')} data-testid="org-change-note"
          value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saving} data-testid="org-change-submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
