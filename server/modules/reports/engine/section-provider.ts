import type { Db } from '../../../db/client.ts';
import type { OrgView } from '../../../../shared/contracts/orgs.contract.ts';

export type FigureFormat = 'count' | 'number' | 'text' | 'money' | 'percent';

/** A number (or short text) with its meaning, shown beside the narrative and usable as {{key}}. */
export interface Figure {
  value: number | string;
  label: string;
  format: FigureFormat;
}

export interface ReportContext {
  db: Db;
  /** The union as it stood on the report's date. */
  org: OrgView;
  year: number;
  /** The report's date (ISO): "hiện nay" in the text means this day. */
  date: string;
}

export interface SectionContribution {
  figures: Record<string, Figure>;
  /**
   * Default sentences per topic, in the report's register, with {{placeholders}} that stay live until finalised:
   * they open the template section taking that topic while the union has not edited it.
   */
  sentences: Partial<Record<ReportTopic, string[]>>;
  /**
   * Sentences offered in the editor whatever the section's text (the limitations the records point at): the
   * chairperson adds one with a click and edits it; one already in the text is not offered again.
   */
  suggestions?: Partial<Record<ReportTopic, string[]>>;
}

/**
 * The subjects a module writes sentences about. Each template places a topic in one of its own sections
 * (`TemplateSection.topics`): the agency report's members open "A.I.1", the enterprise report's open "A.V.1".
 */
export type ReportTopic =
  | 'members' | 'welfare' | 'emulation' | 'education' | 'women' | 'dues' | 'planResults' | 'limitations'
  | 'nextMovements' | 'nextTargets' | 'workforce' | 'caring' | 'agreements' | 'dialogue' | 'disputes' | 'safety'
  | 'recruitment'
  // An upper level's report: the roll-up of the unions below it (federation/federation.report.ts).
  | 'rollupUnions' | 'rollupEmulation' | 'rollupClassification' | 'rollupFinance' | 'rollupWelfare' | 'rollupEnterprise'
  | 'rollupReports' | 'rollupLimitations';

/**
 * What a module registers to fill its part of the annual report. Its figures are placeholders in every
 * section; its default sentences, per topic, open the sections of the union's template that take those topics.
 */
export interface SectionProvider {
  id: string;
  topics: ReportTopic[];
  /**
   * Topics written anew every year from this module's records (part B from the next year's plan): "Bắt đầu từ
   * năm trước" leaves their sections to the new year's sentences instead of copying last year's arrangement.
   */
  renewed?: ReportTopic[];
  contribute(ctx: ReportContext): Promise<SectionContribution>;
}
