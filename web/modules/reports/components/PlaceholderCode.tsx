// A figure's placeholder ({{key}}) with a button that copies it, to paste into a section's text.
import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function placeholderOf(key: string): string {
  return `{{${key}}}`;
}

export function PlaceholderCode({ figureKey }: { figureKey: string }) {
  const { t } = useTranslation();
  const placeholder = placeholderOf(figureKey);
  return (
    <Group gap={4} wrap="nowrap">
      <Code style={{ wordBreak: 'break-all' }}>{placeholder}</Code>
      <CopyButton value={placeholder} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('reports.figures.copied') : t('reports.figures.copy')} withArrow position="right">
            <ActionIcon
              size="sm"
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={`${t('reports.figures.copy')} ${placeholder}`}
              data-testid="figure-copy"
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
