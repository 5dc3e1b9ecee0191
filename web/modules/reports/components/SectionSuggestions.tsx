// The records' suggested sentences for a section (the limitations attendance points at): read, added with a click,
// then edited like any paragraph. One added is not offered again.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBulb, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportSectionView } from '../../../../shared/contracts/reports.contract.ts';

interface Props {
  section: ReportSectionView;
  mayEdit: boolean;
  onAdd: (paragraphs: string[]) => Promise<boolean>;
}

/** A template's gap line ("- …", "1. …") gives way to the first sentence added. */
const isGapLine = (p: string) => /^\s*(?:[-–]|\d+\.)?\s*…\s*$/.test(p);

export function SectionSuggestions({ section, mayEdit, onAdd }: Props) {
  const { t } = useTranslation();
  if (section.suggestions.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" variant="light" mt="xs" p="xs" icon={<IconBulb size={16} />} title={t('reports.suggestions.title')} data-testid="section-suggestions">
      <Stack gap={6}>
        {section.suggestions.map((s) => (
          <Group key={s.text} justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Text size="sm" data-testid="section-suggestion">{s.rendered}</Text>
            {mayEdit && (
              <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} style={{ flexShrink: 0 }}
                onClick={() => void onAdd([...section.paragraphs.filter((p) => !isGapLine(p)), s.text])} data-testid="suggestion-add">
                {t('reports.suggestions.add')}
              </Button>
            )}
          </Group>
        ))}
        <Text size="xs" c="dimmed">{t('reports.suggestions.hint')}</Text>
      </Stack>
    </Alert>
  );
}
