// One section of the report outline: heading, text as printed, its errors, the figures its module provides, and editing.
import { Badge, Box, Button, Grid, Group, List, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnualDraftView, DraftGap, ReportSectionView, TypedNumberWarning } from '../../../../shared/contracts/reports.contract.ts';
import { replaceWithPlaceholder } from '../section-text.ts';
import { sectionAnchor } from './CarriedOverDialog.tsx';
import { FigureTable } from './FigureTable.tsx';
import { SectionEditor } from './SectionEditor.tsx';
import { SectionSuggestions } from './SectionSuggestions.tsx';
import { SectionWarnings } from './SectionWarnings.tsx';

interface Props {
  section: ReportSectionView;
  figures: AnnualDraftView['figures'];
  /** This section's numbers typed by hand and gaps. */
  typedNumbers: TypedNumberWarning[];
  gaps: DraftGap[];
  mayEdit: boolean;
  onSave: (key: string, paragraphs: string[]) => Promise<boolean>;
  onReset: (key: string) => Promise<boolean>;
}

const headingOrder = { part: 3, roman: 4, arabic: 5 } as const;
const indent = { part: 0, roman: 0, arabic: 'md' } as const;

function SectionHeading({ section }: { section: ReportSectionView }) {
  const { t } = useTranslation();
  if (!section.title || !section.level) {
    // Untitled blocks (the opening and closing paragraphs) get a quiet label instead of a heading.
    return (
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t(`reports.section.untitled.${section.key}`, { defaultValue: t('reports.section.untitledOther', { key: section.key }) })}
      </Text>
    );
  }
  return (
    <Title order={headingOrder[section.level]} fz={section.level === 'arabic' ? 'sm' : 'md'} tt={section.level === 'part' ? 'uppercase' : undefined}>
      {section.title}
    </Title>
  );
}

export function SectionCard({ section, figures, typedNumbers, gaps, mayEdit, onSave, onReset }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const sectionFigures = section.figureKeys.filter((key) => figures[key]).map((key) => [key, figures[key]] as const);

  const body = editing ? (
    <SectionEditor
      section={section}
      onSave={(paragraphs) => onSave(section.key, paragraphs)}
      onReset={() => onReset(section.key)}
      onClose={() => setEditing(false)}
    />
  ) : section.rendered.length === 0 ? (
    // A heading alone (A., I.) is normal; an untitled block without text is worth a word.
    section.title ? null : (
      <Text size="sm" c="dimmed" fs="italic">
        {t('reports.section.empty')}
      </Text>
    )
  ) : (
    <Stack gap={6}>
      {section.rendered.map((paragraph, i) => (
        <Text key={i} size="sm" style={{ whiteSpace: 'pre-line', textAlign: 'justify' }}>
          {paragraph}
        </Text>
      ))}
    </Stack>
  );

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      ml={section.level ? indent[section.level] : 0}
      id={sectionAnchor(section.key)}
      data-testid="report-section"
      data-key={section.key}
      style={section.errors.length > 0 ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" mb={body ? 'xs' : 0}>
        <Box style={{ minWidth: 0 }}>
          <SectionHeading section={section} />
        </Box>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {section.edited && (
            <Badge variant="light" color="grape" size="sm" tt="none" data-testid="section-edited">
              {t('reports.section.edited')}
            </Badge>
          )}
          {mayEdit && !editing && (
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)} data-testid="section-edit">
              {t('reports.section.edit')}
            </Button>
          )}
        </Group>
      </Group>
      {sectionFigures.length > 0 ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>{body}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Box data-testid="section-figures" bg="var(--mantine-color-gray-0)" p="xs" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
                {t('reports.figures.sectionTitle')}
              </Text>
              <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
                <FigureTable figures={sectionFigures} />
              </ScrollArea.Autosize>
            </Box>
          </Grid.Col>
        </Grid>
      ) : (
        body
      )}
      {!editing && (
        <SectionWarnings
          paragraphs={section.paragraphs}
          typedNumbers={typedNumbers}
          gaps={gaps}
          mayEdit={mayEdit}
          onReplace={(w, c) => onSave(section.key, replaceWithPlaceholder(section.paragraphs, { paragraph: w.paragraph, start: c.start, end: c.end }, c.key))}
        />
      )}
      {!editing && <SectionSuggestions section={section} mayEdit={mayEdit} onAdd={(paragraphs) => onSave(section.key, paragraphs)} />}
      {section.errors.length > 0 && (
        <List size="sm" c="red" mt="xs" data-testid="section-errors" spacing={2}>
          {section.errors.map((error) => (
            <List.Item key={error}>{error}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
