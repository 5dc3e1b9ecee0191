// Administrators add a rule set (a new decree, an amending law) from a JSON file: data, never a code change.
import { Alert, Button, FileInput, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import type { RuleSetView } from '../../../../shared/contracts/rules.contract.ts';

export function AddRuleSetForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const { formError, setFormError, saving, run } = useServerSubmit();

  const add = () =>
    run(async () => {
      if (!file) {
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(await file.text());
      } catch {
        setFormError(t('rules.add.notJson'));
        return;
      }
      const added = await api.post<RuleSetView>('/api/rules', body);
      notifications.show({ color: 'green', message: t('rules.add.done', { name: added.name }) });
      setFile(null);
      onAdded();
    });

  return (
    <Group align="flex-end" gap="xs" data-testid="rules-add">
      <FileInput
        label={t('rules.add.label')}
        description={<Text size="xs" span>{t('rules.add.help')}</Text>}
        accept=".json,application/json"
        placeholder={t('rules.add.pick')}
        value={file}
        onChange={setFile}
        clearable
        w={{ base: '100%', sm: 360 }}
        data-testid="rules-add-file"
      />
      <Button leftSection={<IconFileUpload size={16} />} disabled={!file} loading={saving} onClick={() => void add()} data-testid="rules-add-submit">
        {t('rules.add.submit')}
      </Button>
      {formError && <Alert color="red" w="100%" data-testid="rules-add-error">{formError}</Alert>}
    </Group>
  );
}
