// The organisations (the union and what is below it in the visible tree) and roles offered when granting.
import { useTranslation } from 'react-i18next';
import { roleSchema } from '../../../../shared/contracts/common.contract.ts';
import { useAuth } from '../../../app/auth-context.tsx';
import { useOrgTree } from '../../../app/org-tree-context.tsx';
import { can } from '../../../app/roles.ts';

export function useGrantOptions(orgId: number) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { tree } = useOrgTree();
  const below = new Set<number>([orgId]);
  for (const node of tree) {
    if (node.parentId !== null && below.has(node.parentId)) {
      below.add(node.id);
    }
  }
  const orgOptions = tree
    .filter((node) => below.has(node.id) && !node.endedOn)
    .map((node) => ({ value: String(node.id), label: `${'· '.repeat(Math.max(0, node.depth - (tree.find((n) => n.id === orgId)?.depth ?? 0)))}${node.name}` }));
  // Chair and officer roles come from an officer above or an administrator; the server decides in the end.
  const officerAbove = me?.isAdmin || can(me, orgId, tree, 'org.manage');
  const roleOptions = roleSchema.options
    .filter((role) => officerAbove || !['chair', 'officer'].includes(role))
    .map((role) => ({ value: role, label: t(`accounts.role.${role}`) }));
  return { orgOptions, roleOptions };
}
