// The navbar, in one place: later modules (emulation, finance, welfare, …) add their entry here.
import { IconFileImport, IconHistory, IconLayoutDashboard, IconUsers, type Icon } from '@tabler/icons-react';

export type NavRequirement = 'writeMembers';

export interface NavItem {
  /** i18n key of the label. */
  labelKey: string;
  icon: Icon;
  /** Path below /org/:orgId ('' for the dashboard). */
  segment: string;
  requires?: NavRequirement;
}

export const navItems: readonly NavItem[] = [
  { labelKey: 'nav.dashboard', icon: IconLayoutDashboard, segment: '' },
  { labelKey: 'nav.members', icon: IconUsers, segment: 'members' },
  { labelKey: 'nav.import', icon: IconFileImport, segment: 'import', requires: 'writeMembers' },
  { labelKey: 'nav.audit', icon: IconHistory, segment: 'audit' },
];
