// What the interface offers to whom. The server is the real check; this only hides what would be refused.
// The grants mirror server/core/access.ts; roles are inherited down the tree.
import type { Me } from '../../shared/contracts/auth.contract.ts';
import type { Role } from '../../shared/contracts/common.contract.ts';
import type { OrgTreeNode } from '../../shared/contracts/orgs.contract.ts';

export type Capability =
  | 'members.write' | 'members.delete' | 'reports.read' | 'reports.write' | 'reports.finalise' | 'reports.inbox' | 'org.profile' | 'org.manage' | 'users.manage'
  | 'emulation.read' | 'emulation.write' | 'emulation.decide' | 'emulation.recordDecision' | 'classification.thresholds'
  | 'finance.read' | 'finance.write' | 'documents.read' | 'documents.write' | 'activities.read' | 'activities.write'
  | 'plans.read' | 'plans.write' | 'workforce.read' | 'workforce.write' | 'safety.read' | 'safety.write'
  | 'agreements.read' | 'agreements.write' | 'dialogue.read' | 'dialogue.write' | 'recruitment.read' | 'recruitment.write' | 'federation.read';

const grants: Record<Capability, readonly Role[]> = {
  'members.write': ['chair', 'committee'],
  'members.delete': ['chair'],
  'reports.read': ['officer', 'chair', 'committee', 'treasurer'],
  'reports.write': ['chair', 'committee'],
  'reports.finalise': ['chair'],
  'reports.inbox': ['officer'],
  'org.profile': ['officer', 'chair'],
  'org.manage': ['officer'],
  'users.manage': ['officer', 'chair'],
  'emulation.read': ['officer', 'chair', 'committee', 'treasurer'],
  'emulation.write': ['chair', 'committee'],
  'emulation.decide': ['chair'],
  'emulation.recordDecision': ['officer', 'chair'],
  'classification.thresholds': ['officer'],
  'finance.read': ['officer', 'chair', 'committee', 'treasurer'],
  'finance.write': ['chair', 'treasurer'],
  'documents.read': ['officer', 'chair', 'committee', 'treasurer'],
  'documents.write': ['chair', 'committee'],
  'activities.read': ['officer', 'chair', 'committee', 'treasurer'],
  'activities.write': ['chair', 'committee'],
  'plans.read': ['officer', 'chair', 'committee', 'treasurer'],
  'plans.write': ['chair', 'committee'],
  'workforce.read': ['officer', 'chair', 'committee', 'treasurer'],
  'workforce.write': ['chair', 'committee'],
  'safety.read': ['officer', 'chair', 'committee', 'treasurer'],
  'safety.write': ['chair', 'committee'],
  'agreements.read': ['officer', 'chair', 'committee', 'treasurer'],
  'agreements.write': ['chair', 'committee'],
  'dialogue.read': ['officer', 'chair', 'committee', 'treasurer'],
  'dialogue.write': ['chair', 'committee'],
  'recruitment.read': ['officer', 'chair', 'committee', 'treasurer'],
  'recruitment.write': ['chair', 'committee'],
  'federation.read': ['officer'],
};

/** The org and its ancestors, as far as the visible tree knows them. */
function lineageOf(orgId: number, tree: readonly OrgTreeNode[]): Set<number> {
  const byId = new Map(tree.map((node) => [node.id, node]));
  const lineage = new Set<number>();
  let current = byId.get(orgId);
  lineage.add(orgId);
  while (current && current.parentId !== null && !lineage.has(current.parentId)) {
    lineage.add(current.parentId);
    current = byId.get(current.parentId);
  }
  return lineage;
}

function rolesOn(me: Me, orgId: number, tree: readonly OrgTreeNode[]): Role[] {
  const lineage = lineageOf(orgId, tree);
  return me.roles.filter((r) => lineage.has(r.orgId)).map((r) => r.role);
}

/** True when the user may do `capability` on the organisation (an administrator may do everything). */
export function can(me: Me | null, orgId: number, tree: readonly OrgTreeNode[], capability: Capability): boolean {
  if (!me) {
    return false;
  }
  return me.isAdmin || rolesOn(me, orgId, tree).some((role) => grants[capability].includes(role));
}

export function canWriteMembers(me: Me | null, orgId: number, tree: readonly OrgTreeNode[]): boolean {
  return can(me, orgId, tree, 'members.write');
}

/** A user whose only roles are 'member' sees only their own record (/me). */
export function isMemberOnly(me: Me | null): boolean {
  if (!me || me.isAdmin) {
    return false;
  }
  return me.roles.length > 0 ? me.roles.every((r) => r.role === 'member') : me.memberId !== null;
}
