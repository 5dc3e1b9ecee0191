// The organisation switcher: the visible tree, indented by depth; ended organisations greyed with their end date.
import { Group, Select, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { formatDate } from '../../ui/format.ts';
import { useCurrentOrgId } from '../current-org.ts';
import { useOrgTree } from '../org-tree-context.tsx';

/** Keeps the section (members, import, audit) when switching, but not a record of the old union. */
function sectionOf(pathname: string): string {
  const match = /^\/org\/\d+\/([^/]+)/.exec(pathname);
  return match ? `/${match[1]}` : '';
}

/** `inDrawer`: shown in the phone navbar, where the dropdown must not be wider than the screen. */
export function OrgSwitcher({ onSwitch, inDrawer = false }: { onSwitch?: () => void; inDrawer?: boolean }) {
  const { t } = useTranslation();
  const { tree, loading } = useOrgTree();
  const orgId = useCurrentOrgId();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const byId = useMemo(() => new Map(tree.map((node) => [String(node.id), node])), [tree]);
  const data = useMemo(() => tree.map((node) => ({ value: String(node.id), label: node.name })), [tree]);

  return (
    <Select
      data-testid="org-switcher"
      aria-label={t('org.switcher')}
      placeholder={loading ? t('common.loading') : t('org.choose')}
      data={data}
      value={orgId ? String(orgId) : null}
      onChange={(value) => {
        if (value) {
          void navigate(`/org/${value}${sectionOf(pathname)}`);
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
        return (
          <Group gap={6} wrap="nowrap" pl={node.depth * 16} maw={560}>
            <Text size="sm" c={node.endedOn ? 'dimmed' : undefined} fw={node.depth === 0 ? 600 : 400}>
              {node.name}
              {node.endedOn && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  {t('org.endedSuffix', { date: formatDate(node.endedOn) })}
                </Text>
              )}
            </Text>
          </Group>
        );
      }}
    />
  );
}
