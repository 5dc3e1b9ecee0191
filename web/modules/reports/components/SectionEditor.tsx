// Editing one section: its raw text with {{placeholders}}, one paragraph per blank-line-separated block.
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSectionView } from '../../../../shared/contracts/reports.contract.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { paragraphsToText, textToParagraphs } from '../section-text.ts';

interface Props {
  section: ReportSectionView;
  onSave: (paragraphs: string[]) => Promise<boolean>;
  onReset: () => Promise<boolean>;
  onClose: () => void;
}

export function SectionEditor({ section, onSave, onReset, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => paragraphsToText(section.paragraphs));
  const [saving, setSaving] = useState(false);
  const [confirmOpen, confirm] = useDisclosure(false);

  const save = async () => {
    setSaving(true);
    const ok = await onSave(textToParagraphs(text));
    setSaving(false);
    if (ok) {
      onClose();
    }
  };

  return (
    <Stack gap="xs">
      <Textarea
        data-testid="section-editor"
        aria-label={t('reports.section.editorLabel')}
        description={t('reports.section.editorHint', { example: '{{doanVien.tong}}' })}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={30}
        autoFocus
        styles={{ input: { lineHeight: 1.55 } }}
      />
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Button size="xs" leftSection={<IconDeviceFloppy size={14} />} loading={saving} onClick={() => void save()} data-testid="section-save">
            {t('common.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onClose} disabled={saving} data-testid="section-cancel">
            {t('common.cancel')}
          </Button>
        </Group>
        {section.edited && (
          <Button size="xs" variant="subtle" color="orange" leftSection={<IconRestore size={14} />} onClick={confirm.open} disabled={saving} data-testid="section-reset">
            {t('reports.section.reset')}
          </Button>
        )}
      </Group>
      {section.edited && (
        <Text size="xs" c="dimmed">
          {t('reports.section.editedHint')}
        </Text>
      )}
      <ConfirmDialog
        opened={confirmOpen}
        onClose={confirm.close}
        title={t('reports.section.resetTitle')}
        message={t('reports.section.resetConfirm')}
        confirmLabel={t('reports.section.reset')}
        color="orange"
        onConfirm={async () => {
          if (await onReset()) {
            onClose();
          }
        }}
      />
    </Stack>
  );
}
