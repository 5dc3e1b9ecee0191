import type { HeadingLevel } from '../document/model.ts';
import type { ReportTopic } from '../engine/section-provider.ts';

/** Where the default sentences of the modules filling a section go among its defaults (first when absent). */
export const PROVIDER_SENTENCES = '@provider';

export interface TemplateSection {
  /** Stable key under which the union's edited paragraphs are kept, e.g. "A.I.1". */
  key: string;
  level: HeadingLevel | null;
  /** Heading with its numbering ("1. Tình hình …"); may hold {{placeholders}}. */
  title: string | null;
  /** Default paragraphs; "- " starts a dash item; PROVIDER_SENTENCES marks the modules' sentences. */
  defaults: string[];
  /** The topics whose module sentences open this section, in this order (each topic in one section of a template). */
  topics?: ReportTopic[];
  /** Left out of the document, heading and all, while it has no text (the plan's results of a year without one). */
  optional?: boolean;
}

/** An annual report outline: chosen by the union's kind (org_kinds.report_template). */
export interface ReportTemplate {
  id: string;
  name: string;
  docType: string;
  /** Ký hiệu after the number: "BC-CĐCS". */
  numberSuffix: string;
  summary: string[];
  onBehalf: string;
  sections: TemplateSection[];
}
