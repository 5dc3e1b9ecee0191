import { membersReportSection } from '../members/members.report.ts';
import { emulationReportSection } from '../emulation/emulation.report.ts';
import type { SectionProvider } from './engine/section-provider.ts';

// One line per module that writes part of the annual report.
export const sectionProviders: readonly SectionProvider[] = [
  membersReportSection,
  emulationReportSection,
];
