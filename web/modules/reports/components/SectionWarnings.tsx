// Under a section: the numbers typed into its text (not {{placeholders}}) and the gaps left to fill. A typed number
// that a figure of the year equals can be replaced by that figure's placeholder in one click (saved as an edit).
import { Alert, Badge, Button, Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconReplace } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftGap, TypedNumberWarning } from '../../../../shared/contracts/reports.contract.ts';

interface Props {
  /** The section's paragraphs as stored: the warnings' offsets point into them. */
  paragraphs: string[];
  typedNumbers: TypedNumberWarning[];
  gaps: DraftGap[];
  mayEdit: boolean;
  onReplace: (warning: TypedNumberWarning, candidate: TypedNumberWarning['candidates'][number]) => Promise<boolean>;
}

/** The words around an occurrence, so the user sees which "100%" is meant. */
function excerpt(paragraph: string | undefined, start: number, end: number): string {
  if (!paragraph) {
    return '';
  }
  const from = Math.max(0, start - 30);
  const to = Math.min(paragraph.length, end + 30);
  return `${from > 0 ? '…' : ''}${paragraph.slice(from, to)}${to < paragraph.length ? '…' : ''}`;
}

export function SectionWarnings({ paragraphs, typedNumbers, gaps, mayEdit, onReplace }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  if (typedNumbers.length === 0 && gaps.length === 0) {
    return null;
  }
  return (
    <Stack gap={6} mt="xs" data-testid="section-warnings">
      {gaps.map((gap) => (
        <Alert key={`gap-${gap.paragraph}-${gap.start}`} color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="section-gap">
          <Text size="sm">
            {t('reports.checks.gap', { text: gap.text })} <Text span c="dimmed" size="xs">{excerpt(paragraphs[gap.paragraph], gap.start, gap.end)}</Text>
          </Text>
        </Alert>
      ))}
      {typedNumbers.map((w) => (
        <Alert key={w.id} color="yellow" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="typed-number" data-text={w.text}>
          <Stack gap={4}>
            <Text size="sm">
              {t('reports.checks.typed')} <Badge color="yellow" variant="filled" tt="none" size="sm">{w.text}</Badge>{' '}
              <Text span c="dimmed" size="xs">{w.context}</Text>
            </Text>
            {w.candidates.length === 0 ? (
              <Text size="xs" c="dimmed">{t('reports.checks.noCandidate')}</Text>
            ) : (
              mayEdit && (
                <Group gap={6}>
                  {w.candidates.map((c) => (
                    <Tooltip key={c.key} label={`${c.label}: ${c.text}`} withArrow>
                      <Button
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconReplace size={12} />}
                        loading={busy === `${w.id}/${c.key}`}
                        disabled={busy !== null}
                        data-testid="typed-number-replace"
                        data-key={c.key}
                        onClick={() => {
                          setBusy(`${w.id}/${c.key}`);
                          void onReplace(w, c).finally(() => setBusy(null));
                        }}
                      >
                        {t('reports.checks.replaceWith')}&nbsp;<Code>{`{{${c.key}}}`}</Code>
                      </Button>
                    </Tooltip>
                  ))}
                </Group>
              )
            )}
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
