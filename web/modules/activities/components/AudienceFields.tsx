// Who is expected at an activity: the whole union, one tổ (a child organisation of kind union_group), or the women.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrgTree } from '../../../app/org-tree-context.tsx';

type Audience = 'union' | 'group' | 'women';
interface Props { orgId: number; audience: Audience; groupId: number | null; onChange: (audience: Audience, groupId: number | null) => void; error?: string }

export function AudienceFields({ orgId, audience, groupId, onChange, error }: Props) {
  const { t } = useTranslation();
  const { tree } = useOrgTree();
  const groups = tree.filter((n) => n.parentId === orgId && n.kind === 'union_group' && n.endedOn === null);
  const value = audience === 'group' && groupId !== null ? `group:${groupId}` : audience;
  const data = [
    { value: 'union', label: t('activities.audience.union') },
    { value: 'women', label: t('activities.audience.women') },
    ...groups.map((g) => ({ value: `group:${g.id}`, label: g.name })),
  ];
  return (
    <Select label={t('activities.form.audience')} data={data} value={value} error={error} allowDeselect={false}
      onChange={(v) => (v?.startsWith('group:') ? onChange('group', Number(v.slice(6))) : onChange(v === 'women' ? 'women' : 'union', null))} />
  );
}
