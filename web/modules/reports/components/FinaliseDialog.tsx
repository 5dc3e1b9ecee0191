// Before finalising: gaps block it (they must be written first); every number typed by hand needs the
// chairperson's tick, one per number, and the ticked ones travel with the request.
import { Alert, Button, Checkbox, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftGap, TypedNumberWarning } from '../../../../shared/contracts/reports.contract.ts';

interface Props {
  opened: boolean;
  year: number;
  typedNumbers: TypedNumberWarning[];
  gaps: DraftGap[];
  onClose: () => void;
  onFinalise: (acknowledged: string[]) => Promise<boolean>;
}

const where = (item: { section: string; sectionTitle: string | null }) => item.sectionTitle ?? item.section;

export function FinaliseDialog({ opened, year, typedNumbers, gaps, onClose, onFinalise }: Props) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const pending = typedNumbers.filter((w) => !ticked.has(w.id)).length;
  const blocked = gaps.length > 0 || pending > 0;
  const toggle = (id: string, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });

  return (
    <Modal opened={opened} onClose={busy ? () => undefined : onClose} title={t('reports.finaliseTitle', { year })} centered size="lg">
      <Stack gap="sm" data-testid="finalise-dialog">
        <Text size="sm">{t('reports.finaliseConfirm')}</Text>
        {gaps.length > 0 && (
          <Alert color="red" title={t('reports.checks.gapsTitle', { count: gaps.length })} data-testid="finalise-gaps">
            <List size="sm" spacing={2}>
              {gaps.map((g) => (
                <List.Item key={`${g.section}-${g.paragraph}-${g.start}`}>
                  {where(g)}: “{g.text}”
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {typedNumbers.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('reports.checks.confirmTitle', { count: typedNumbers.length })}
            </Text>
            <Checkbox
              label={t('reports.checks.confirmAll')}
              checked={pending === 0}
              indeterminate={pending > 0 && pending < typedNumbers.length}
              onChange={(e) => setTicked(e.currentTarget.checked ? new Set(typedNumbers.map((w) => w.id)) : new Set())}
              data-testid="finalise-confirm-all"
            />
            <ScrollArea.Autosize mah={320} type="auto" offsetScrollbars>
              <Stack gap={4} pl="md">
                {typedNumbers.map((w) => (
                  <Checkbox
                    key={w.id}
                    size="sm"
                    checked={ticked.has(w.id)}
                    onChange={(e) => toggle(w.id, e.currentTarget.checked)}
                    label={t('reports.checks.confirmItem', { text: w.text, section: where(w) })}
                    description={w.context}
                    data-testid="finalise-confirm-item"
                  />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Stack>
        )}
        <Group justify="flex-end" gap="xs" mt="sm">
          <Button variant="default" onClick={onClose} disabled={busy} data-testid="confirm-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            color="green"
            loading={busy}
            disabled={blocked}
            data-testid="confirm-action"
            onClick={() => {
              setBusy(true);
              void onFinalise(typedNumbers.map((w) => w.id)).then((ok) => {
                setBusy(false);
                if (ok) {
                  setTicked(new Set());
                  onClose();
                }
              });
            }}
          >
            {t('reports.finalise')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
