// Who may manage which account and grant which role, decided in memory from the tree of the day and the
// caller's roles valid that day (one query each), so a list of accounts is checked without a query per row.
import type { Role } from '../../db/schema.ts';

export interface OrgNode { id: number; parentId: number | null; name: string }
export interface HeldRole { orgId: number; role: Role }
/** An account as far as the rules care: its roles (any dates) and the union of its linked member. */
export interface AccountScope { id: number; isAdmin: boolean; roles: readonly HeldRole[]; memberOrgId: number | null }

export type Verdict = 'ok' | 'self' | 'forbidden' | 'notFound';

const MANAGERS: readonly Role[] = ['chair', 'officer'];
/** Roles a chairperson may give on their own union and its tổ; the others need an officer above. */
const UNION_ROLES: readonly Role[] = ['committee', 'treasurer', 'member'];

export class Reach {
  private readonly byId: Map<number, OrgNode>;
  private readonly children = new Map<number, number[]>();

  constructor(
    readonly callerId: number | null,
    readonly isAdmin: boolean,
    orgs: readonly OrgNode[],
    private readonly held: readonly HeldRole[],
  ) {
    this.byId = new Map(orgs.map((o) => [o.id, o]));
    for (const o of orgs) {
      if (o.parentId !== null) {
        this.children.set(o.parentId, [...(this.children.get(o.parentId) ?? []), o.id]);
      }
    }
  }

  orgName(orgId: number): string {
    return this.byId.get(orgId)?.name ?? `#${orgId}`;
  }

  /** The organisation and everything below it. */
  subtree(orgId: number): number[] {
    const out: number[] = [];
    const stack = [orgId];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
        stack.push(...(this.children.get(id) ?? []));
      }
    }
    return out;
  }

  private ancestors(orgId: number): number[] {
    const out: number[] = [];
    let id: number | null = orgId;
    while (id !== null && !out.includes(id)) {
      out.push(id);
      id = this.byId.get(id)?.parentId ?? null;
    }
    return out;
  }

  /** Roles held on the organisation or inherited from above it. */
  rolesOn(orgId: number): Set<Role> {
    const line = new Set(this.ancestors(orgId));
    return new Set(this.held.filter((r) => line.has(r.orgId)).map((r) => r.role));
  }

  private officerAbove(orgId: number): boolean {
    const above = new Set(this.ancestors(orgId).slice(1));
    return this.held.some((r) => r.role === 'officer' && above.has(r.orgId));
  }

  /** users.manage: a chairperson on their union (and its tổ), an officer on theirs and below. */
  manages(orgId: number): boolean {
    if (this.isAdmin) {
      return this.byId.has(orgId);
    }
    const roles = this.rolesOn(orgId);
    return MANAGERS.some((r) => roles.has(r));
  }

  /** Every organisation whose accounts the caller sees (null: all of them). */
  visibleOrgs(): number[] | null {
    if (this.isAdmin) {
      return null;
    }
    const roots = this.held.filter((r) => MANAGERS.includes(r.role)).map((r) => r.orgId);
    return [...new Set(roots.flatMap((id) => this.subtree(id)))];
  }

  canGrant(role: Role, orgId: number): boolean {
    if (this.isAdmin) {
      return this.byId.has(orgId);
    }
    if (UNION_ROLES.includes(role) && this.rolesOn(orgId).has('chair')) {
      return true;
    }
    return this.officerAbove(orgId);
  }

  /** 404 when the caller holds no role over the organisation at all, 403 when they do but may not. */
  refusal(orgIds: readonly number[]): 'forbidden' | 'notFound' {
    return orgIds.some((id) => this.rolesOn(id).size > 0) ? 'forbidden' : 'notFound';
  }

  private orgsOf(account: AccountScope): number[] {
    return [...account.roles.map((r) => r.orgId), ...(account.memberOrgId === null ? [] : [account.memberOrgId])];
  }

  sees(account: AccountScope): boolean {
    return this.isAdmin || this.orgsOf(account).some((id) => this.manages(id));
  }

  /**
   * Whether the caller may change the account: never their own; an administrator any other;
   * anyone else only a non-administrator whose every role they could grant and whose member they manage.
   */
  verdictOn(account: AccountScope): Verdict {
    if (account.id === this.callerId) {
      return 'self';
    }
    if (this.isAdmin) {
      return 'ok';
    }
    if (!this.sees(account)) {
      return this.refusal(this.orgsOf(account));
    }
    const allowed = !account.isAdmin
      && account.roles.every((r) => this.canGrant(r.role, r.orgId))
      && (account.memberOrgId === null || this.manages(account.memberOrgId));
    return allowed ? 'ok' : 'forbidden';
  }
}
