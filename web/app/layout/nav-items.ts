// The navbar, in one place: later modules (emulation, finance, welfare, …) add their entry here.
import {
  IconAward, IconCash, IconBuildingCommunity, IconCalendarEvent, IconFileText, IconCoin, IconFileImport, IconHeartHandshake, IconHistory, IconId, IconInbox, IconLayoutDashboard, IconPigMoney, IconReportAnalytics, IconScale, IconSpeakerphone, IconTargetArrow, IconUserShield, IconBriefcase, IconUsers, IconHelmet, IconUserPlus, IconFileCertificate, IconMessages, IconSitemap, type Icon,
} from '@tabler/icons-react';
import { currentReportYear } from '../../modules/reports/report-year.ts';

/**
 * When an entry is shown: 'writeMembers' for those who may edit members, 'union' only on a grassroots union
 * (not on an upper level), 'inbox' only on an upper level and for its officers, 'orgProfile' for its chairperson,
 * the officers above it and administrators, 'federation' on an upper level for its officers (the roll-up of the unions below).
 */
export type NavRequirement = 'writeMembers' | 'union' | 'inbox' | 'orgProfile' | 'manageUsers' | 'federation';

export interface NavItem {
  /** i18n key of the label. */
  labelKey: string;
  icon: Icon;
  /** Path below /org/:orgId ('' for the dashboard); the entry is active on it and below it. */
  segment: string;
  /** Where the link leads below /org/:orgId when not `segment` itself (e.g. this year's report). */
  target?: () => string;
  requires?: NavRequirement;
}

export const navItems: readonly NavItem[] = [
  { labelKey: 'nav.dashboard', icon: IconLayoutDashboard, segment: '' },
  { labelKey: 'federation.nav', icon: IconSitemap, segment: 'federation', requires: 'federation' },
  { labelKey: 'nav.members', icon: IconUsers, segment: 'members' },
  { labelKey: 'nav.import', icon: IconFileImport, segment: 'import', requires: 'writeMembers' },
  { labelKey: 'nav.annualReport', icon: IconReportAnalytics, segment: 'reports', target: () => `reports/${currentReportYear()}`, requires: 'union' },
  { labelKey: 'nav.emulation', icon: IconAward, segment: 'emulation', requires: 'union' },
  { labelKey: 'finance.nav', icon: IconCash, segment: 'finance', requires: 'union' },
  { labelKey: 'welfare.nav', icon: IconHeartHandshake, segment: 'welfare', requires: 'union' },
  { labelKey: 'dues.nav', icon: IconCoin, segment: 'dues', requires: 'union' },
  { labelKey: 'contributions.nav', icon: IconPigMoney, segment: 'contributions', requires: 'union' },
  { labelKey: 'disclosure.nav', icon: IconSpeakerphone, segment: 'disclosure', requires: 'union' },
  { labelKey: 'activities.nav', icon: IconCalendarEvent, segment: 'activities', requires: 'union' },
  { labelKey: 'documents.nav', icon: IconFileText, segment: 'documents', requires: 'union' },
  { labelKey: 'plans.nav', icon: IconTargetArrow, segment: 'plan', requires: 'union' },
  { labelKey: 'workforce.nav', icon: IconBriefcase, segment: 'workforce', requires: 'union' },
  { labelKey: 'safety.nav', icon: IconHelmet, segment: 'safety', requires: 'union' },
  { labelKey: 'recruitment.nav', icon: IconUserPlus, segment: 'recruitment', requires: 'union' },
  { labelKey: 'dialogue.nav', icon: IconMessages, segment: 'dialogue', requires: 'union' },
  { labelKey: 'agreements.nav', icon: IconFileCertificate, segment: 'agreements', requires: 'union' },
  { labelKey: 'nav.inbox', icon: IconInbox, segment: 'inbox', requires: 'inbox' },
  { labelKey: 'nav.organisation', icon: IconBuildingCommunity, segment: 'organisation', requires: 'orgProfile' },
  { labelKey: 'nav.profile', icon: IconId, segment: 'profile', requires: 'orgProfile' },
  { labelKey: 'nav.rules', icon: IconScale, segment: 'rules' },
  { labelKey: 'nav.audit', icon: IconHistory, segment: 'audit' },
  { labelKey: 'accounts.nav', icon: IconUserShield, segment: 'accounts', requires: 'manageUsers' },
];
