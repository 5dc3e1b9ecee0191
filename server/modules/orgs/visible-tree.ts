import type { OrgTreeNode } from '../../../shared/contracts/orgs.contract.ts';

/**
 * The tree of a past (or future) date cut down to the organisations the caller may see today: access is decided
 * on today's tree, the shape shown is the date's. A node whose parent of that date is hidden becomes a root.
 * `dated` is depth first, as `findSubtrees` returns it; the order is kept and depths are counted again.
 */
export function restrictTree(dated: readonly OrgTreeNode[], visible: ReadonlySet<number>): OrgTreeNode[] {
  const depthOf = new Map<number, number>();
  const out: OrgTreeNode[] = [];
  for (const node of dated) {
    if (!visible.has(node.id)) {
      continue;
    }
    const parentDepth = node.parentId === null ? undefined : depthOf.get(node.parentId);
    const depth = parentDepth === undefined ? 0 : parentDepth + 1;
    depthOf.set(node.id, depth);
    out.push({ ...node, depth });
  }
  return out;
}
