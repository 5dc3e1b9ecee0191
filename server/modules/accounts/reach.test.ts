import { describe, expect, it } from 'vitest';
import { Reach, type HeldRole, type OrgNode } from './reach.ts';

// province(1) → ward(2) → enterprise(3) → tổ(4); province → seed(5) → tổ(6); another province(7) → union(8)
const orgs: OrgNode[] = [
  { id: 1, parentId: null, name: 'LĐLĐ' }, { id: 2, parentId: 1, name: 'Phường' }, { id: 3, parentId: 2, name: 'May' },
  { id: 4, parentId: 3, name: 'Tổ may' }, { id: 5, parentId: 1, name: 'Hương Bình' }, { id: 6, parentId: 5, name: 'Tổ HB' },
  { id: 7, parentId: null, name: 'Khác' }, { id: 8, parentId: 7, name: 'CĐ khác' },
];
const reach = (held: HeldRole[], isAdmin = false) => new Reach(100, isAdmin, orgs, held);
const account = (roles: HeldRole[], extra: Partial<{ id: number; isAdmin: boolean; memberOrgId: number | null }> = {}) =>
  ({ id: 200, isAdmin: false, memberOrgId: null, roles, ...extra });

describe('who grants what', () => {
  it('a chairperson gives committee, treasurer and member roles on their union and its tổ only', () => {
    const chair = reach([{ orgId: 5, role: 'chair' }]);
    for (const role of ['committee', 'treasurer', 'member'] as const) {
      expect(chair.canGrant(role, 5)).toBe(true);
      expect(chair.canGrant(role, 6)).toBe(true);
      expect(chair.canGrant(role, 3)).toBe(false);
      expect(chair.canGrant(role, 1)).toBe(false);
    }
    expect(chair.canGrant('chair', 5)).toBe(false);
    expect(chair.canGrant('officer', 6)).toBe(false);
  });

  it('an officer gives any role strictly below their organisation, none on it or elsewhere', () => {
    const officer = reach([{ orgId: 2, role: 'officer' }]);
    expect(officer.canGrant('chair', 3)).toBe(true);
    expect(officer.canGrant('officer', 3)).toBe(true);
    expect(officer.canGrant('member', 4)).toBe(true);
    expect(officer.canGrant('officer', 2)).toBe(false);
    expect(officer.canGrant('committee', 2)).toBe(false);
    expect(officer.canGrant('chair', 5)).toBe(false);
  });

  it('committee, treasurer and member roles grant nothing', () => {
    const committee = reach([{ orgId: 5, role: 'committee' }, { orgId: 5, role: 'treasurer' }, { orgId: 5, role: 'member' }]);
    expect(committee.canGrant('member', 5)).toBe(false);
    expect(committee.manages(5)).toBe(false);
  });
});

describe('which accounts a caller manages', () => {
  it('never their own, even an administrator', () => {
    expect(reach([], true).verdictOn(account([], { id: 100, isAdmin: true }))).toBe('self');
    expect(reach([{ orgId: 5, role: 'chair' }]).verdictOn(account([{ orgId: 5, role: 'chair' }], { id: 100 }))).toBe('self');
  });

  it('a chairperson: accounts on their union whose every role they could grant', () => {
    const chair = reach([{ orgId: 5, role: 'chair' }]);
    expect(chair.verdictOn(account([{ orgId: 5, role: 'treasurer' }]))).toBe('ok');
    expect(chair.verdictOn(account([{ orgId: 6, role: 'member' }]))).toBe('ok');
    expect(chair.verdictOn(account([{ orgId: 5, role: 'chair' }]))).toBe('forbidden');
    expect(chair.verdictOn(account([{ orgId: 5, role: 'member' }, { orgId: 3, role: 'member' }]))).toBe('forbidden');
    expect(chair.verdictOn(account([{ orgId: 8, role: 'member' }]))).toBe('notFound');
    expect(chair.verdictOn(account([{ orgId: 5, role: 'member' }], { isAdmin: true }))).toBe('forbidden');
  });

  it('sees an account through its linked member too', () => {
    const chair = reach([{ orgId: 5, role: 'chair' }]);
    expect(chair.verdictOn(account([], { memberOrgId: 5 }))).toBe('ok');
    expect(chair.verdictOn(account([], { memberOrgId: 3 }))).toBe('notFound');
  });

  it('a caller with a lesser role on the account\'s union is refused, not kept in the dark', () => {
    expect(reach([{ orgId: 5, role: 'committee' }]).verdictOn(account([{ orgId: 5, role: 'member' }]))).toBe('forbidden');
  });

  it('an officer sees their colleagues but manages only accounts below', () => {
    const officer = reach([{ orgId: 2, role: 'officer' }]);
    expect(officer.verdictOn(account([{ orgId: 2, role: 'officer' }]))).toBe('forbidden');
    expect(officer.verdictOn(account([{ orgId: 3, role: 'chair' }]))).toBe('ok');
    expect(officer.visibleOrgs()?.sort()).toEqual([2, 3, 4]);
  });
});
