// "Số liệu có thể chèn": every figure of the report year, searchable, folded away until asked for.
import { Accordion, Paper, ScrollArea, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnualDraftView } from '../../../../shared/contracts/reports.contract.ts';
import { FigureTable } from './FigureTable.tsx';

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function FiguresPanel({ figures }: { figures: AnnualDraftView['figures'] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const entries = useMemo(() => Object.entries(figures), [figures]);
  const shown = useMemo(() => {
    const q = fold(query.trim());
    return q ? entries.filter(([key, f]) => fold(`${key} ${f.label} ${f.text}`).includes(q)) : entries;
  }, [entries, query]);

  return (
    <Paper withBorder radius="md" data-testid="report-figures">
      <Accordion variant="default" chevronPosition="left">
        <Accordion.Item value="figures" style={{ borderBottom: 0 }}>
          <Accordion.Control data-testid="report-figures-toggle">
            <Text fw={600}>{t('reports.figures.title')}</Text>
            <Text size="xs" c="dimmed">
              {t('reports.figures.count', { count: entries.length })} · {t('reports.figures.hint', { code: '{{…}}' })}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <TextInput
              placeholder={t('reports.figures.search')}
              aria-label={t('reports.figures.search')}
              leftSection={<IconSearch size={16} />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              mb="sm"
              maw={360}
              data-testid="report-figures-search"
            />
            <ScrollArea.Autosize mah={420} type="auto">
              <FigureTable figures={shown} />
            </ScrollArea.Autosize>
            {shown.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="sm">
                {t('common.nothingFound')}
              </Text>
            )}
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Paper>
  );
}
