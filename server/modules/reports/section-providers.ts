import { membersReportSection } from '../members/members.report.ts';
import { emulationReportSection } from '../emulation/emulation.report.ts';
import { financeReportSection } from '../finance/finance.report.ts';
import { welfareReportSection } from '../finance/welfare.report.ts';
import { activitiesReportSection } from '../activities/activities.report.ts';
import { documentsReportSection } from '../documents/documents.report.ts';
import { plansReportSection } from '../plans/plans.report.ts';
import { safetyReportSection } from '../safety/safety.report.ts';
import { agreementsReportSection } from '../agreements/agreements.report.ts';
import { dialogueReportSection } from '../dialogue/dialogue.report.ts';
import { workforceReportSection } from '../workforce/workforce.report.ts';
import { recruitmentReportSection } from '../recruitment/recruitment.report.ts';
import { federationReportSection } from '../federation/federation.report.ts';
import type { SectionProvider } from './engine/section-provider.ts';

// One line per module that writes part of the annual report.
export const sectionProviders: readonly SectionProvider[] = [
  membersReportSection,
  emulationReportSection,
  welfareReportSection,
  financeReportSection,
  activitiesReportSection,
  documentsReportSection,
  plansReportSection,
  workforceReportSection,
  safetyReportSection,
  agreementsReportSection,
  dialogueReportSection,
  recruitmentReportSection,
  federationReportSection,
];
