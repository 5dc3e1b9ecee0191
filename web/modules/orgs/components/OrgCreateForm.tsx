// Creates an organisation: under the current one (a tổ in a union, a union under an upper level), or at the top.
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgKindView, OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { createOrg } from '../orgs.api.ts';

interface Props {
  /** null: a top-level organisation (administrators). */
  parent: OrgView | null;
  kinds: OrgKindView[];
  /** How many tổ the union has, to suggest the next code. */
  siblings: number;
  onCreated: (org: OrgView) => void;
  onCancel: () => void;
}

/** Kinds that may sit where the new organisation goes: tổ in a union, unions under an upper level, upper levels on top. */
export function kindsUnder(parent: OrgView | null, kinds: OrgKindView[]): OrgKindView[] {
  if (parent === null) {
    return kinds.filter((k) => k.isUpperLevel);
  }
  return parent.isUpperLevel ? kinds.filter((k) => k.code !== 'union_group') : kinds.filter((k) => k.code === 'union_group');
}

export function OrgCreateForm({ parent, kinds, siblings, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const allowed = kindsUnder(parent, kinds);
  const [kind, setKind] = useState(allowed[0]?.code ?? 'union_group');
  const [code, setCode] = useState(parent && !parent.isUpperLevel ? `${parent.code}-T${siblings + 1}` : '');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [establishedOn, setEstablishedOn] = useState<string | null>(todayIso());
  const [decision, setDecision] = useState('');
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!establishedOn) {
      setFieldErrors({ establishedOn: t('form.required') });
      return;
    }
    const created = await run(() => createOrg({
      code: code.trim(), name: name.trim(), shortName: shortName.trim() || name.trim(), kind,
      parentId: parent?.id ?? null, establishedOn, establishedDecision: decision.trim() || null,
    }));
    if (created) {
      notifications.show({ color: 'green', message: t('orgAdmin.created', { name: created.name }) });
      onCreated(created);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="org-create-form">
      <Stack gap="sm">
        {formError && <Alert color="red" p="xs">{formError}</Alert>}
        <TextInput label={t('orgAdmin.parent')} value={parent?.name ?? t('orgAdmin.topLevel')} readOnly />
        <NativeSelect
          label={t('orgAdmin.kind')} data-testid="org-kind" value={kind} error={fieldErrors.kind}
          data={allowed.map((k) => ({ value: k.code, label: k.name }))}
          onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
        />
        <TextInput label={t('orgAdmin.name')} data-testid="org-name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name} required />
        <TextInput
          label={t('orgAdmin.shortName')} description={t('orgAdmin.shortNameHint')} data-testid="org-shortName" value={shortName}
          onChange={(e) => setShortName(e.currentTarget.value)} error={fieldErrors.shortName}
        />
        <TextInput
          label={t('orgAdmin.code')} description={t('orgAdmin.codeHint')} data-testid="org-code" value={code}
          onChange={(e) => setCode(e.currentTarget.value)} error={fieldErrors.code} required
        />
        <DateField label={t('orgAdmin.establishedOn')} data-testid="org-establishedOn" value={establishedOn} onChange={setEstablishedOn} error={fieldErrors.establishedOn} required />
        <TextInput
          label={t('orgAdmin.establishedDecision')} placeholder={t('orgAdmin.decisionPlaceholder')} data-testid="org-decision"
          value={decision} onChange={(e) => setDecision(e.currentTarget.value)} error={fieldErrors.establishedDecision}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saving} data-testid="org-create-submit">{t('orgAdmin.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
