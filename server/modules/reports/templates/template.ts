import type { HeadingLevel } from '../document/model.ts';

/** Where a registered section provider's default sentences go among a section's defaults. */
export const PROVIDER_SENTENCES = '@provider';

export interface TemplateSection {
  /** Stable key under which the union's edited paragraphs are kept, e.g. "A.I.1". */
  key: string;
  level: HeadingLevel | null;
  /** Heading with its numbering ("1. Tình hình …"); may hold {{placeholders}}. */
  title: string | null;
  /** The module whose figures and sentences fill this section (see section-providers.ts). */
  provider?: string;
  /** Default paragraphs; "- " starts a dash item; PROVIDER_SENTENCES marks the provider's sentences. */
  defaults: string[];
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
