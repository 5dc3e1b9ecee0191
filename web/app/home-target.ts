// Where "/" leads a user who works on organisations (a member-only user goes to /me before this).
import type { Me } from '../../shared/contracts/auth.contract.ts';
import type { OrgTreeNode } from '../../shared/contracts/orgs.contract.ts';

/**
 * An upper-level officer starts on their own organisation (one still living before one that has ended); others on
 * the organisation they last worked on, else their own, else the first.
 */
export function homeOrgId(me: Me | null, tree: readonly OrgTreeNode[], remembered: number | null, today: string): number | undefined {
  const officerHome = officerHomeOf(me, tree, today);
  if (officerHome !== undefined) {
    return officerHome;
  }
  const visible = new Map(tree.map((node) => [node.id, node]));
  if (remembered !== null && visible.has(remembered)) {
    return remembered;
  }
  return me?.roles.find((r) => visible.has(r.orgId))?.orgId ?? tree[0]?.id;
}

function officerHomeOf(me: Me | null, tree: readonly OrgTreeNode[], today: string): number | undefined {
  const visible = new Map(tree.map((node) => [node.id, node]));
  const officerOrgs = (me?.roles ?? []).filter((r) => r.role === 'officer').flatMap((r) => visible.get(r.orgId) ?? []);
  return (officerOrgs.find((node) => node.endedOn === null || node.endedOn > today) ?? officerOrgs[0])?.id;
}

/**
 * The page "/" opens: an upper-level officer's is the roll-up of the unions under their organisation (công đoàn trực
 * thuộc; it falls back to the overview on an organisation that is not an upper level), others' the overview.
 */
export function homePath(me: Me | null, tree: readonly OrgTreeNode[], remembered: number | null, today: string): string | undefined {
  const officerHome = officerHomeOf(me, tree, today);
  if (officerHome !== undefined) {
    return `/org/${officerHome}/federation`;
  }
  const target = homeOrgId(me, tree, remembered, today);
  return target === undefined ? undefined : `/org/${target}`;
}
