import { describe, expect, it } from 'vitest';
import type { OrgTreeNode } from '../../../shared/contracts/orgs.contract.ts';
import { descendantsOf } from './subtree.ts';

const node = (id: number, depth: number): OrgTreeNode => ({
  id, code: `O${id}`, name: `Org ${id}`, kind: 'agency', parentId: null, establishedOn: '2000-01-01', endedOn: null, depth,
});

describe('descendantsOf', () => {
  const tree = [node(1, 0), node(2, 1), node(3, 2), node(4, 1), node(5, 0), node(6, 1)];
  it('returns every node below, at any depth, and stops at the next sibling of the same level', () => {
    expect(descendantsOf(tree, 1).map((n) => n.id)).toEqual([2, 3, 4]);
    expect(descendantsOf(tree, 2).map((n) => n.id)).toEqual([3]);
    expect(descendantsOf(tree, 5).map((n) => n.id)).toEqual([6]);
  });
  it('returns nothing for a leaf or an organisation not in the tree', () => {
    expect(descendantsOf(tree, 3)).toEqual([]);
    expect(descendantsOf(tree, 99)).toEqual([]);
  });
});
