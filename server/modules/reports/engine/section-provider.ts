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
   * Default sentences per section key, in the report's register, with {{placeholders}} that stay live until
   * finalised: they open a section the union has not edited.
   */
  sentences: Record<string, string[]>;
  /**
   * Sentences offered in the editor whatever the section's text (the limitations the records point at): the
   * chairperson adds one with a click and edits it; one already in the text is not offered again.
   */
  suggestions?: Record<string, string[]>;
}

/**
 * What a module registers to fill its part of the annual report. Its figures are placeholders in every
 * section; its default sentences open the sections named in `sections` (template section keys such as
 * "A.I.1": the templates of every kind of union use the same keys for the same subject).
 */
export interface SectionProvider {
  id: string;
  sections: string[];
  /**
   * Sections written anew every year from this module's records (part B from the next year's plan): "Bắt đầu từ
   * năm trước" leaves them to the new year's sentences instead of copying last year's arrangement of last year's plan.
   */
  renewed?: string[];
  contribute(ctx: ReportContext): Promise<SectionContribution>;
}
