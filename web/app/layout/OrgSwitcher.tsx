// The organisation switcher: the visible tree of the page's as-of date (?date=, today when absent), indented by depth;
// ended organisations greyed with their end date.
import { Group, Select, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { formatDate } from '../../ui/format.ts';
import { useAsOfDate, withAsOfDate } from '../as-of-date.ts';
import { useCurrentOrgId } from '../current-org.ts';
import { useDatedOrgTree, useOrgTree } from '../org-tree-context.tsx';

/** Keeps the section (members, import, audit) when switching, but not a record of the old union. */
function sectionOf(pathname: string): string {
  const match = /^\/org\/\d+\/([^/]+)/.exec(pathname);
  return match ? `/${match[1]}` : '';
}

/** `inDrawer`: shown in the phone navbar, where the dropdown must not be wider than the screen. */
export function OrgSwitcher({ onSwitch, inDrawer = false }: { onSwitch?: () => void; inDrawer?: boolean }) {
  const { t } = useTranslation();
  const { date, today } = useAsOfDate();
  const { tree, loading } = useDatedOrgTree(date, today);
  const { tree: todayTree } = useOrgTree();
  const orgId = useCurrentOrgId();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  // The current organisation stays selectable even on a date before it existed (it is then listed last).
  const nodes = useMemo(() => {
    const current = tree.some((node) => node.id === orgId) ? undefined : todayTree.find((node) => node.id === orgId);
    return current ? [...tree, { ...current, depth: 0 }] : tree;
  }, [tree, todayTree, orgId]);
  const byId = useMemo(() => new Map(nodes.map((node) => [String(node.id), node])), [nodes]);
  const data = useMemo(() => nodes.map((node) => ({ value: String(node.id), label: node.name })), [nodes]);

  return (
    <Select
      data-testid="org-switcher"
      aria-label={t('org.switcher')}
      placeholder={loading ? t('common.loading') : t('org.choose')}
      data={data}
      value={orgId ? String(orgId) : null}
      onChange={(value) => {
        if (value) {
          // The overview keeps its date (the choice was made in that date's tree); other pages work on today.
          const section = sectionOf(pathname);
          void navigate(section ? `/org/${value}${section}` : withAsOfDate(`/org/${value}`, date, today));
          onSwitch?.();
        }
      }}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('common.nothingFound')}
      leftSection={<IconBuildingCommunity size={18} stroke={1.6} />}
      maxDropdownHeight={420}
      comboboxProps={{ width: inDrawer ? 'target' : 'max-content', position: 'bottom-start', shadow: 'md' }}
      w="100%"
      renderOption={({ option }) => {
        const node = byId.get(option.value);
        if (!node) {
          return option.label;
        }
        // Ended or not yet founded as of the page's date, not today.
        const ended = node.endedOn !== null && node.endedOn <= date;
        const notYet = node.establishedOn > date;
        return (
          <Group gap={6} wrap="nowrap" pl={node.depth * 16} maw={560}>
            <Text size="sm" c={ended || notYet ? 'dimmed' : undefined} fw={node.depth === 0 ? 600 : 400}>
              {node.name}
              {(ended || notYet) && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  {notYet
                    ? t('federation.notYetSuffix', { date: formatDate(node.establishedOn) })
                    : t('org.endedSuffix', { date: formatDate(node.endedOn) })}
                </Text>
              )}
            </Text>
          </Group>
        );
      }}
    />
  );
}
