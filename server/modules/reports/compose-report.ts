import type { Db } from '../../db/client.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import type { Block, OfficialDocument } from './document/model.ts';
import { contextFigures } from './engine/context-figures.ts';
import { formatFigure } from './engine/figures.ts';
import { fillPlaceholders } from './engine/placeholders.ts';
import type { Figure, ReportContext } from './engine/section-provider.ts';
import { findDraftDate, findSectionTexts } from './reports.repo.ts';
import { sectionProviders } from './section-providers.ts';
import { templateById } from './templates/registry.ts';
import { PROVIDER_SENTENCES, type ReportTemplate, type TemplateSection } from './templates/template.ts';

export interface ComposedSection {
  key: string;
  level: TemplateSection['level'];
  title: string | null;
  /** The modules whose sentences open this section's defaults. */
  providers: string[];
  /** As kept (or the template's defaults), placeholders unresolved: what the editor edits. */
  paragraphs: string[];
  /** As printed. */
  rendered: string[];
  edited: boolean;
  figureKeys: string[];
  errors: string[];
}

export interface ComposedReport {
  orgId: number;
  year: number;
  date: string;
  template: Pick<ReportTemplate, 'id' | 'name'>;
  figures: Record<string, Figure & { text: string }>;
  sections: ComposedSection[];
  errors: string[];
  document: OfficialDocument;
}

/** The annual report's default date: today for the running year, otherwise the year's last day. */
export function defaultReportDate(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/** Builds the report of a year from the records, the template of the union's kind and its edited text. */
export async function composeAnnualReport(db: Db, orgId: number, year: number, today: string): Promise<ComposedReport> {
  const date = (await findDraftDate(db, orgId, year, 'annual')) ?? defaultReportDate(year, today);
  const org = await requireOrgAt(db, orgId, date);
  const kind = await db.selectFrom('org_kinds').select('report_template').where('code', '=', org.kind).executeTakeFirstOrThrow();
  const template = templateById(kind.report_template);
  const ctx: ReportContext = { db, org, year, date };

  const figures: Record<string, Figure> = contextFigures(ctx);
  const contributions = await Promise.all(sectionProviders.map(async (p) => ({ provider: p, part: await p.contribute(ctx) })));
  for (const { part } of contributions) {
    Object.assign(figures, part.figures);
  }
  const values = Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, formatFigure(f)]));
  const kept = await findSectionTexts(db, orgId, year, 'annual');

  const sections: ComposedSection[] = template.sections.map((s) => {
    const filling = contributions.filter((c) => c.provider.sections.includes(s.key));
    const paragraphs = kept.get(s.key) ?? defaultParagraphs(s, filling.flatMap((c) => c.part.sentences));
    const errors: string[] = [];
    const fill = (t: string) => {
      const r = fillPlaceholders(t, values);
      errors.push(...r.errors);
      return r.text;
    };
    return {
      key: s.key, level: s.level, title: s.title === null ? null : fill(s.title), providers: filling.map((c) => c.provider.id),
      paragraphs, rendered: paragraphs.map(fill), edited: kept.has(s.key),
      figureKeys: filling.flatMap((c) => Object.keys(c.part.figures)), errors,
    };
  });

  const summary = template.summary.map((line) => fillPlaceholders(line, values).text);
  const errors = sections.flatMap((s) => s.errors.map((e) => `${s.title ?? s.key}: ${e}`));
  const document: OfficialDocument = {
    upperBody: org.parentName ? await upperBodyShortName(db, org.parentId!, date) : '',
    issuer: org.shortName,
    number: null,
    numberSuffix: template.numberSuffix,
    place: org.placeName ?? '',
    date,
    docType: template.docType,
    summary,
    blocks: sections.flatMap(toBlocks),
    recipients: org.reportRecipients.length ? org.reportRecipients : ['Lưu: VT'],
    signer: { onBehalf: template.onBehalf, title: org.signerTitle, name: org.signerName ?? '' },
  };
  const shown = Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { ...f, text: values[k] }]));
  return { orgId, year, date, template: { id: template.id, name: template.name }, figures: shown, sections, errors, document };
}

function defaultParagraphs(s: TemplateSection, moduleSentences: string[]): string[] {
  const at = s.defaults.indexOf(PROVIDER_SENTENCES);
  return at < 0
    ? [...moduleSentences, ...s.defaults]
    : [...s.defaults.slice(0, at), ...moduleSentences, ...s.defaults.slice(at + 1)];
}

function toBlocks(s: ComposedSection): Block[] {
  const blocks: Block[] = [];
  if (s.title && s.level) {
    blocks.push({ kind: 'heading', level: s.level, text: s.title });
  }
  for (const p of s.rendered) {
    const text = p.trim();
    if (!text) {
      continue;
    }
    blocks.push(/^[-–]\s/.test(text) ? { kind: 'bullet', text } : { kind: 'paragraph', text });
  }
  return blocks;
}

async function upperBodyShortName(db: Db, parentId: number, date: string): Promise<string> {
  return (await requireOrgAt(db, parentId, date)).shortName;
}
