import { describe, expect, it } from 'vitest';
import type { OrgTreeNode } from '../../../shared/contracts/orgs.contract.ts';
import { restrictTree } from './visible-tree.ts';

const node = (id: number, parentId: number | null, depth: number): OrgTreeNode => ({
  id, code: `O${id}`, name: `Org ${id}`, kind: 'agency', parentId, establishedOn: '2000-01-01', endedOn: null, depth,
});

// 1 → 2 → (3, 4); 1 → 5
const dated = [node(1, null, 0), node(2, 1, 1), node(3, 2, 2), node(4, 2, 2), node(5, 1, 1)];

describe('restrictTree', () => {
  it('keeps the whole tree when everything is visible', () => {
    expect(restrictTree(dated, new Set([1, 2, 3, 4, 5]))).toEqual(dated);
  });

  it('makes a visible node whose parent of the date is hidden a root, and counts depths again', () => {
    expect(restrictTree(dated, new Set([3, 4, 5])).map((n) => [n.id, n.depth])).toEqual([[3, 0], [4, 0], [5, 0]]);
    expect(restrictTree(dated, new Set([2, 3])).map((n) => [n.id, n.depth])).toEqual([[2, 0], [3, 1]]);
  });

  it('leaves out what is not visible, even below a visible node', () => {
    expect(restrictTree(dated, new Set([1, 2])).map((n) => n.id)).toEqual([1, 2]);
  });
});
