// Where "/" leads a user who works on organisations (a member-only user goes to /me before this).
import type { Me } from '../../shared/contracts/auth.contract.ts';
import type { OrgTreeNode } from '../../shared/contracts/orgs.contract.ts';

/**
 * An upper-level officer starts on their own organisation's overview, the list of unions under it (one still
 * living before one that has ended); others on the organisation they last worked on, else their own, else the first.
 */
export function homeOrgId(me: Me | null, tree: readonly OrgTreeNode[], remembered: number | null, today: string): number | undefined {
  const visible = new Map(tree.map((node) => [node.id, node]));
  const officerOrgs = (me?.roles ?? []).filter((r) => r.role === 'officer').flatMap((r) => visible.get(r.orgId) ?? []);
  const officerHome = officerOrgs.find((node) => node.endedOn === null || node.endedOn > today) ?? officerOrgs[0];
  if (officerHome) {
    return officerHome.id;
  }
  if (remembered !== null && visible.has(remembered)) {
    return remembered;
  }
  return me?.roles.find((r) => visible.has(r.orgId))?.orgId ?? tree[0]?.id;
}
