import type { Db } from '../../db/client.ts';
import { endedAncestorsOf, requireOrgAt } from '../orgs/orgs.service.ts';
import type { OrgView } from '../../../shared/contracts/orgs.contract.ts';
import type { Block, OfficialDocument } from './document/model.ts';
import { contextFigures } from './engine/context-figures.ts';
import { formatFigure } from './engine/figures.ts';
import { fillPlaceholders } from './engine/placeholders.ts';
import type { Figure, ReportContext } from './engine/section-provider.ts';
import { flagEndedRecipients, type RecipientWarning } from './recipients.ts';
import { findDraftSettings, type DraftSettingsRow } from './report-settings.repo.ts';
import { findSectionTexts } from './reports.repo.ts';
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
  /** The records' suggested sentences not yet in the text, to add with a click (text: placeholders unresolved). */
  suggestions: { text: string; rendered: string }[];
  edited: boolean;
  optional: boolean;
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
  /** The draft's own settings as kept (number null: the register's next; recipients null: the profile's). */
  settings: Pick<DraftSettingsRow, 'number' | 'signer' | 'recipients'> & {
    deputyAvailable: boolean;
    recipientWarnings: RecipientWarning[];
  };
  document: OfficialDocument;
}

/** The annual report's default date: today for the running year, otherwise the year's last day. */
export function defaultReportDate(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/** Builds the report of a year from the records, the template of the union's kind and its edited text. */
export async function composeAnnualReport(db: Db, orgId: number, year: number, today: string): Promise<ComposedReport> {
  const kept = await findDraftSettings(db, orgId, year, 'annual');
  const date = kept?.issued_on ?? defaultReportDate(year, today);
  const org = await requireOrgAt(db, orgId, date);
  const ctx: ReportContext = { db, org, year, date };
  // Independent reads, at once: the providers' figures, the template, the edited text and the heading's names.
  const [template, contributions, texts, upperBody, endedAncestors] = await Promise.all([
    templateOf(db, org),
    Promise.all(sectionProviders.map(async (p) => ({ provider: p, part: await p.contribute(ctx) }))),
    findSectionTexts(db, orgId, year, 'annual'),
    org.parentName ? upperBodyShortName(db, org.parentId!, date) : '',
    endedAncestorsOf(db, orgId, date),
  ]);

  const figures: Record<string, Figure> = contextFigures(ctx);
  for (const { part } of contributions) {
    Object.assign(figures, part.figures);
  }
  const values = Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, formatFigure(f)]));

  const sections: ComposedSection[] = template.sections.map((s) => {
    const topics = s.topics ?? [];
    const filling = contributions.filter((c) => c.provider.topics.some((t) => topics.includes(t)));
    const sentences = topics.flatMap((t) => filling.flatMap((c) => c.part.sentences[t] ?? []));
    const paragraphs = texts.get(s.key) ?? defaultParagraphs(s, sentences);
    const offered = topics.flatMap((t) => contributions.flatMap((c) => c.part.suggestions?.[t] ?? []));
    const errors: string[] = [];
    const fill = (t: string) => {
      const r = fillPlaceholders(t, values);
      errors.push(...r.errors);
      return r.text;
    };
    return {
      key: s.key, level: s.level, optional: s.optional ?? false, title: s.title === null ? null : fill(s.title), providers: filling.map((c) => c.provider.id),
      paragraphs, rendered: paragraphs.map(fill), edited: texts.has(s.key),
      suggestions: offered.filter((x) => !isTaken(x, paragraphs)).map((x) => ({ text: x, rendered: fillPlaceholders(x, values).text })),
      figureKeys: filling.flatMap((c) => Object.keys(c.part.figures)), errors,
    };
  });

  const summary = template.summary.map((line) => fillPlaceholders(line, values).text);
  const errors = sections.flatMap((s) => s.errors.map((e) => `${s.title ?? s.key}: ${e}`));
  const recipients = kept?.recipients ?? defaultRecipients(org, upperBody);
  const signer = kept?.signer ?? 'chair';
  if (signer === 'deputy' && !org.deputyName) {
    errors.push('Báo cáo do phó chủ tịch ký thay nhưng Thông tin công đoàn chưa có tên phó chủ tịch');
  }
  const document: OfficialDocument = {
    upperBody,
    issuer: org.shortName,
    number: null,
    numberSuffix: org.reportNumberSuffix ?? template.numberSuffix,
    place: org.placeName ?? '',
    date,
    docType: template.docType,
    summary,
    blocks: sections.filter((s) => !isEmptyOptional(s)).flatMap(toBlocks),
    recipients,
    signer: signer === 'deputy'
      ? { onBehalf: template.onBehalf, standingIn: `KT. ${org.signerTitle}`, title: org.deputyTitle, name: org.deputyName ?? '' }
      : { onBehalf: template.onBehalf, title: org.signerTitle, name: org.signerName ?? '' },
  };
  const settings = {
    number: kept?.number ?? null, signer, recipients: kept?.recipients ?? null, deputyAvailable: Boolean(org.deputyName),
    recipientWarnings: flagEndedRecipients(recipients, endedAncestors, upperBody || null),
  };
  const shown = Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { ...f, text: values[k] }]));
  return { orgId, year, date, template: { id: template.id, name: template.name }, figures: shown, sections, errors, settings, document };
}

/** The annual report outline of the union's kind (org_kinds.report_template). */
export async function templateOf(db: Db, org: OrgView): Promise<ReportTemplate> {
  const kind = await db.selectFrom('org_kinds').select('report_template').where('code', '=', org.kind).executeTakeFirstOrThrow();
  return templateById(kind.report_template);
}

/**
 * Nơi nhận when the draft has none of its own: the union's list from its profile, or, when that is empty, the
 * upper body of the report's date named from the tree, then "Lưu: VT".
 */
function defaultRecipients(org: OrgView, upperBody: string): string[] {
  if (org.reportRecipients.length > 0) {
    return org.reportRecipients;
  }
  return upperBody ? [upperBody, 'Lưu: VT'] : ['Lưu: VT'];
}

function defaultParagraphs(s: TemplateSection, moduleSentences: string[]): string[] {
  const at = s.defaults.indexOf(PROVIDER_SENTENCES);
  return at < 0
    ? [...moduleSentences, ...s.defaults]
    : [...s.defaults.slice(0, at), ...moduleSentences, ...s.defaults.slice(at + 1)];
}

/**
 * A suggestion is taken once a paragraph holds its first placeholder, the figure it is about (the chairperson may
 * reword the rest), or its whole text when it has none.
 */
function isTaken(suggestion: string, paragraphs: string[]): boolean {
  const key = /\{\{[^{}]*\}\}/.exec(suggestion)?.[0];
  return paragraphs.some((p) => p.includes(key ?? suggestion.replace(/^[-–]\s*/, '')));
}

/** A section the template prints only when it has something to say (the plan's results of a year without one). */
function isEmptyOptional(s: ComposedSection): boolean {
  return s.optional && s.rendered.every((p) => !p.trim());
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
