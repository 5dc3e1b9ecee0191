import type { OrgTreeNode } from '../../../shared/contracts/orgs.contract.ts';

/** The organisations below `orgId` in a depth-first tree (any depth), without it. */
export function descendantsOf(tree: readonly OrgTreeNode[], orgId: number): OrgTreeNode[] {
  const start = tree.findIndex((node) => node.id === orgId);
  if (start < 0) {
    return [];
  }
  const out: OrgTreeNode[] = [];
  for (let i = start + 1; i < tree.length && tree[i].depth > tree[start].depth; i += 1) {
    out.push(tree[i]);
  }
  return out;
}
