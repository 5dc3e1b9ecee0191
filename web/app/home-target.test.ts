import { describe, expect, it } from 'vitest';
import type { Me } from '../../shared/contracts/auth.contract.ts';
import type { OrgTreeNode } from '../../shared/contracts/orgs.contract.ts';
import { homeOrgId, homePath } from './home-target.ts';

const node = (id: number, parentId: number | null, endedOn: string | null = null): OrgTreeNode => ({
  id, code: `O${id}`, name: `Org ${id}`, kind: 'agency', parentId, establishedOn: '2000-01-01', endedOn, depth: 0,
});
const me = (roles: [number, Me['roles'][number]['role']][], isAdmin = false): Me => ({
  id: 1, username: 'u', fullName: 'U', isAdmin, mustChangePassword: false, memberId: null, memberOrgId: null,
  roles: roles.map(([orgId, role]) => ({ orgId, orgCode: `O${orgId}`, orgName: `Org ${orgId}`, role })),
});
const today = '2026-11-30';
// 1 city federation → 2 ended district, 3 ward → 4 union
const tree = [node(1, null), node(2, 1, '2025-07-01'), node(3, 1), node(4, 3)];

describe('the home organisation', () => {
  it('takes an officer to their upper level, even when they last worked on a union below it', () => {
    expect(homeOrgId(me([[1, 'officer']]), tree, 4, today)).toBe(1);
  });

  it('prefers an officer role on a living organisation over one that has ended', () => {
    expect(homeOrgId(me([[2, 'officer'], [3, 'officer']]), tree, null, today)).toBe(3);
    expect(homeOrgId(me([[2, 'officer']]), tree, null, today)).toBe(2);
  });

  it('takes a union officer back to the organisation they last worked on, else their own', () => {
    expect(homeOrgId(me([[4, 'chair']]), tree, 4, today)).toBe(4);
    expect(homeOrgId(me([[4, 'chair']]), tree, 99, today)).toBe(4);
    expect(homeOrgId(me([], true), tree, 3, today)).toBe(3);
    expect(homeOrgId(me([], true), tree, null, today)).toBe(1);
    expect(homeOrgId(me([]), [], null, today)).toBeUndefined();
  });
});

describe('the landing page', () => {
  it('opens the unions under an upper-level officer\'s organisation, and the overview for others', () => {
    expect(homePath(me([[1, 'officer']]), tree, 4, today)).toBe('/org/1/federation');
    expect(homePath(me([[4, 'chair']]), tree, null, today)).toBe('/org/4');
    expect(homePath(me([]), [], null, today)).toBeUndefined();
  });
});
