// Gia đình văn hóa of a year: a checkbox per member (sorted by given name), "đánh dấu tất cả", one save.
import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareMemberNames } from '../../../../shared/vi/collation.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { culturalFamiliesPath, saveCulturalFamilies, type CulturalFamilyGrid } from '../activities.api.ts';

export function CulturalFamiliesSection({ orgId, year, mayWrite }: { orgId: number; year: number; mayWrite: boolean }) {
  const { t } = useTranslation();
  const query = useApiQuery<CulturalFamilyGrid>(culturalFamiliesPath(orgId, year));
  const [marks, setMarks] = useState<Map<number, boolean>>(new Map());
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setMarks(new Map((query.data?.members ?? []).map((m) => [m.memberId, m.recognised])));
  }, [query.data]);
  if (query.error) {
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  const members = [...(query.data?.members ?? [])].sort((a, b) => compareMemberNames(a.fullName, b.fullName));
  const recognised = [...marks.values()].filter(Boolean).length;
  const save = async () => {
    setSaving(true);
    try {
      query.setData(await saveCulturalFamilies(orgId, year, members.map((m) => ({ memberId: m.memberId, recognised: marks.get(m.memberId) ?? false, note: m.note }))));
      notifications.show({ color: 'green', message: t('activities.families.saved') });
    } catch (err) {
      notifications.show({ color: 'red', message: errorMessage(err, t) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="cultural-families">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('activities.families.summary', { recognised, total: members.length, year })}</Text>
          {mayWrite && (
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setMarks(new Map(members.map((m) => [m.memberId, true])))} data-testid="families-all">
                {t('activities.families.markAll')}
              </Button>
              <Button size="xs" loading={saving} onClick={() => void save()} data-testid="families-save">{t('activities.form.save')}</Button>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
          {members.map((m) => (
            <Checkbox key={m.memberId} label={m.fullName} checked={marks.get(m.memberId) ?? false} disabled={!mayWrite}
              onChange={(e) => { const checked = e.currentTarget.checked; setMarks((old) => new Map(old).set(m.memberId, checked)); }} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
