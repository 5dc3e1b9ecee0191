// The life of an organisation as a timeline: founded (with its decision), each dated change, its end.
import { Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { IconFlag, IconPencil, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrgKindView, OrgView } from '../../../../shared/contracts/orgs.contract.ts';
import { formatDate } from '../../../ui/format.ts';
import type { OrgHistoryEntry } from '../orgs.api.ts';

interface Props {
  org: OrgView;
  history: OrgHistoryEntry[];
  kinds: OrgKindView[];
}

/** What changed from one version to the next, in words. */
function changes(prev: OrgHistoryEntry, next: OrgHistoryEntry, kindName: (code: string) => string, t: TFunction): string[] {
  const lines: string[] = [];
  if (prev.name !== next.name || prev.shortName !== next.shortName) {
    lines.push(t('orgAdmin.history.renamed', { name: next.name, shortName: next.shortName }));
  }
  if (prev.kind !== next.kind) {
    lines.push(t('orgAdmin.history.kindChanged', { kind: kindName(next.kind) }));
  }
  if (prev.parentId !== next.parentId) {
    lines.push(t('orgAdmin.history.moved', { parent: next.parentName ?? '—' }));
  }
  return lines;
}

export function OrgHistoryTimeline({ org, history, kinds }: Props) {
  const { t } = useTranslation();
  const kindName = (code: string) => kinds.find((k) => k.code === code)?.name ?? code;
  const first = history[0];
  return (
    <Timeline active={history.length + (org.endedOn ? 1 : 0)} bulletSize={24} lineWidth={2} data-testid="org-history">
      {first && (
        <Timeline.Item bullet={<IconFlag size={14} />} title={t('orgAdmin.history.founded', { date: formatDate(org.establishedOn) })}>
          <Text size="sm">{first.name} · {kindName(first.kind)}</Text>
          {first.parentName && <Text size="sm" c="dimmed">{t('orgAdmin.history.under', { parent: first.parentName })}</Text>}
          {org.establishedDecision && <Text size="sm" c="dimmed">{t('orgAdmin.history.decision', { decision: org.establishedDecision })}</Text>}
        </Timeline.Item>
      )}
      {history.slice(1).map((entry, i) => (
        <Timeline.Item key={entry.validFrom} bullet={<IconPencil size={14} />} title={t('orgAdmin.history.changedOn', { date: formatDate(entry.validFrom) })}>
          {changes(history[i], entry, kindName, t).map((line) => (
            <Text size="sm" key={line}>{line}</Text>
          ))}
          {entry.changeNote && <Text size="sm" c="dimmed">{entry.changeNote}</Text>}
        </Timeline.Item>
      ))}
      {org.endedOn && (
        <Timeline.Item bullet={<IconPlayerStop size={14} />} color="red" title={t('orgAdmin.history.ended', { date: formatDate(org.endedOn) })}>
          <Text size="sm">{t(`orgAdmin.endReason.${org.endReason ?? 'dissolved'}`)}</Text>
          {org.endDecision && <Text size="sm" c="dimmed">{t('orgAdmin.history.decision', { decision: org.endDecision })}</Text>}
        </Timeline.Item>
      )}
    </Timeline>
  );
}
