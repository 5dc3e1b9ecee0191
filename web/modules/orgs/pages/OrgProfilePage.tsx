// /org/:orgId/profile — "Thông tin công đoàn": what the union's documents print (host, place, signer, deputy,
// ký hiệu, Nơi nhận). Only the fields changed are sent.
import { Alert, Button, Card, Center, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgProfileRequest, OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useCurrentOrgId } from '../../../app/current-org.ts';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormSection } from '../../../ui/FormSection.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { RecipientsEditor } from '../components/RecipientsEditor.tsx';
import { orgPath, updateProfile } from '../orgs.api.ts';

export function OrgProfilePage() {
  const orgId = useCurrentOrgId() as number;
  const org = useApiQuery<OrgView>(orgPath(orgId));
  if (org.error) {
    return <ErrorAlert error={org.error} onRetry={org.reload} />;
  }
  if (org.data?.id !== orgId) {
    return <Center py="xl"><Loader /></Center>;
  }
  return <ProfileForm key={`${orgId}-${org.data.asOf}`} org={org.data} onSaved={org.setData} />;
}

type TextField = 'hostName' | 'address' | 'placeName' | 'signerTitle' | 'signerName' | 'deputyTitle' | 'deputyName' | 'reportNumberSuffix';
const textFields: TextField[] = ['hostName', 'address', 'placeName', 'signerTitle', 'signerName', 'deputyTitle', 'deputyName', 'reportNumberSuffix'];

function ProfileForm({ org, onSaved }: { org: OrgView; onSaved: (org: OrgView) => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const mayEdit = can(me, org.id, tree, 'org.profile') && !org.endedOn;
  const initial = Object.fromEntries(textFields.map((f) => [f, org[f] ?? ''])) as Record<TextField, string>;
  const [values, setValues] = useState(initial);
  const [recipients, setRecipients] = useState(org.reportRecipients);
  const { fieldErrors, formError, saving, run } = useServerSubmit();

  const field = (name: TextField, extra: { description?: string; placeholder?: string } = {}) => (
    <TextInput
      label={t(`profile.${name}`)} {...extra} value={values[name]} readOnly={!mayEdit} error={fieldErrors[name]} data-testid={`profile-${name}`}
      onChange={(e) => { const v = e.currentTarget.value; setValues((old) => ({ ...old, [name]: v })); }}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch: OrgProfileRequest = {};
    for (const f of textFields) {
      if (values[f].trim() !== initial[f]) {
        patch[f] = values[f].trim();
      }
    }
    const lines = recipients.map((l) => l.trim()).filter(Boolean);
    if (JSON.stringify(lines) !== JSON.stringify(org.reportRecipients)) {
      patch.reportRecipients = lines;
    }
    if (Object.keys(patch).length === 0) {
      notifications.show({ message: t('profile.nothingChanged') });
      return;
    }
    const saved = await run(() => updateProfile(org.id, patch));
    if (saved) {
      notifications.show({ color: 'green', message: t('profile.saved') });
      onSaved(saved);
    }
  };

  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={org.name} />
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="profile-form">
        <Card withBorder radius="md">
          {formError && <Alert color="red" mb="sm">{formError}</Alert>}
          <FormSection title={t('profile.sectionUnion')} first>
            {field('hostName', { description: t('profile.hostNameHint') })}
            {field('address')}
            {field('placeName', { description: t('profile.placeNameHint'), placeholder: 'Hương Bình' })}
          </FormSection>
          <FormSection title={t('profile.sectionSigner')}>
            {field('signerTitle', { placeholder: 'CHỦ TỊCH' })}
            {field('signerName')}
            {field('reportNumberSuffix', { description: t('profile.reportNumberSuffixHint'), placeholder: 'BC-CĐCS' })}
            {field('deputyTitle', { placeholder: 'PHÓ CHỦ TỊCH' })}
            {field('deputyName', { description: t('profile.deputyNameHint') })}
          </FormSection>
          <FormSection title={t('profile.sectionRecipients')}>
            <Stack gap={4} style={{ gridColumn: '1 / -1' }}>
              <Text size="sm" c="dimmed">{t('profile.recipientsHint')}</Text>
              {fieldErrors.reportRecipients && <Text size="sm" c="red">{fieldErrors.reportRecipients}</Text>}
              <RecipientsEditor value={recipients} onChange={setRecipients} testId="profile-recipients" />
            </Stack>
          </FormSection>
          {mayEdit && (
            <Group justify="flex-end" mt="lg">
              <Button type="submit" loading={saving} data-testid="profile-save">{t('common.save')}</Button>
            </Group>
          )}
        </Card>
      </form>
    </>
  );
}
