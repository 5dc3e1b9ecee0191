import { z } from 'zod';
import { isoDate } from './common.contract.ts';

export const reportYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

/** A submitted version sent back for correction (trả lại): why, by whom, when. */
export const reportReturnView = z.object({
  comment: z.string(),
  at: z.string(),
  byName: z.string().nullable(),
});
export type ReportReturnView = z.infer<typeof reportReturnView>;

export const figureView = z.object({
  value: z.union([z.number(), z.string()]),
  label: z.string(),
  format: z.enum(['count', 'number', 'text', 'money', 'percent']),
  text: z.string(),
});

export const reportSectionView = z.object({
  key: z.string(),
  level: z.enum(['part', 'roman', 'arabic']).nullable(),
  title: z.string().nullable(),
  providers: z.array(z.string()),
  paragraphs: z.array(z.string()),
  rendered: z.array(z.string()),
  edited: z.boolean(),
  /** Left out of the document while empty. */
  optional: z.boolean(),
  /** The records' suggested sentences (limitations) not yet in the text, placeholders unresolved. */
  suggestions: z.array(z.object({ text: z.string(), rendered: z.string() })),
  figureKeys: z.array(z.string()),
  errors: z.array(z.string()),
});
export type ReportSectionView = z.infer<typeof reportSectionView>;

export const reportVersionView = z.object({
  id: z.number(),
  orgId: z.number(),
  year: z.number(),
  version: z.number(),
  number: z.string(),
  issuedOn: z.string(),
  finalisedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedTo: z.string().nullable(),
  /** Returned for correction by the upper level: a new version must be finalised and submitted. */
  returned: reportReturnView.nullable().optional(),
});
export type ReportVersionView = z.infer<typeof reportVersionView>;

export const signerChoice = z.enum(['chair', 'deputy']);

/** A recipient line naming a body that had ended by the report's date, with the upper body of that date. */
export const recipientWarning = z.object({
  index: z.number(),
  line: z.string(),
  endedOrgId: z.number(),
  message: z.string(),
  replacement: z.string().nullable(),
});
export type RecipientWarning = z.infer<typeof recipientWarning>;

/** A draft's own settings and what they print as. */
export const draftSettingsView = z.object({
  /** The number chosen by hand, or null for the register's next free one (`proposedNumber`). */
  number: z.number().nullable(),
  proposedNumber: z.number(),
  /** Ký hiệu after the number, from the union's profile or the template: "BC-CĐCS". */
  numberSuffix: z.string(),
  signer: signerChoice,
  /** Whether the union's profile names a deputy who may sign. */
  deputyAvailable: z.boolean(),
  /** As printed under the signature: "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", then the name. */
  signerLines: z.array(z.string()),
  signerName: z.string(),
  /** This report's own recipient lines (true) or the union's list from its profile (false). */
  ownRecipients: z.boolean(),
  recipients: z.array(z.string()),
  recipientWarnings: z.array(recipientWarning),
});
export type DraftSettingsView = z.infer<typeof draftSettingsView>;

/** A figure of the year with the same value as a typed number, and the span of the paragraph it would replace. */
export const typedNumberCandidate = z.object({
  key: z.string(),
  label: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
});
export type TypedNumberCandidate = z.infer<typeof typedNumberCandidate>;

/** A number typed into the narrative instead of a {{placeholder}} (see server/modules/reports/engine/typed-numbers.ts). */
export const typedNumberWarning = z.object({
  /** Stable while the paragraph is unchanged: what the chairperson confirms when finalising. */
  id: z.string(),
  section: z.string(),
  sectionTitle: z.string().nullable(),
  /** Index in the section's `paragraphs`; `start`/`end` are offsets in that paragraph as stored. */
  paragraph: z.number(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  kind: z.enum(['integer', 'decimal', 'percent', 'range', 'fraction', 'money', 'year']),
  /** The words around it, as stored ("…bình xét phân loại có 100% gia đình CBCC…"). */
  context: z.string(),
  candidates: z.array(typedNumberCandidate),
});
export type TypedNumberWarning = z.infer<typeof typedNumberWarning>;

/** A place left to fill ("… đồng chí", "- …", "[...]", "xx"): finalising refuses a draft with one. */
export const draftGap = z.object({
  section: z.string(),
  sectionTitle: z.string().nullable(),
  paragraph: z.number(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
});
export type DraftGap = z.infer<typeof draftGap>;

export const annualDraftView = z.object({
  orgId: z.number(),
  year: z.number(),
  date: z.string(),
  template: z.object({ id: z.string(), name: z.string() }),
  figures: z.record(z.string(), figureView),
  sections: z.array(reportSectionView),
  errors: z.array(z.string()),
  settings: draftSettingsView,
  versions: z.array(reportVersionView),
  typedNumbers: z.array(typedNumberWarning),
  gaps: z.array(draftGap),
});
export type AnnualDraftView = z.infer<typeof annualDraftView>;

/** "Bắt đầu từ năm trước": the new draft, and every typed number the copy carried over, for review. */
export const startFromLastYearView = annualDraftView.extend({
  carriedOver: z.array(typedNumberWarning),
  /** Sections not copied: written anew from this year's records (part B from the next year's plan). */
  renewed: z.array(z.string()),
});
export type StartFromLastYearView = z.infer<typeof startFromLastYearView>;

/** Finalising: the typed-number warnings the chairperson confirms (by id); every warning must be confirmed. */
export const finaliseRequest = z.strictObject({
  acknowledged: z.array(z.string().max(40)).max(500).optional(),
});
export type FinaliseRequest = z.infer<typeof finaliseRequest>;

export const sectionUpdate = z.strictObject({
  paragraphs: z.array(z.string().max(10_000, 'Đoạn văn quá dài (tối đa 10.000 ký tự)')).max(100),
});

/** A draft's settings; only those sent change. `null` returns number or recipients to the default. */
export const reportSettings = z
  .strictObject({
    issuedOn: isoDate.optional(),
    number: z.number().int().min(1, 'Số văn bản từ 1').max(99999, 'Số văn bản tối đa 99999').nullable().optional(),
    signer: signerChoice.optional(),
    recipients: z
      .array(z.string().trim().min(1, 'Dòng nơi nhận không được để trống').max(200, 'Tối đa 200 ký tự'))
      .min(1, 'Cần ít nhất một nơi nhận')
      .max(20, 'Tối đa 20 nơi nhận')
      .nullable()
      .optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Chưa có thay đổi nào');
export type ReportSettingsRequest = z.input<typeof reportSettings>;

export const inboxItem = reportVersionView.extend({ orgName: z.string() });
export type InboxItem = z.infer<typeof inboxItem>;

/** Where a union's annual report of a year stands, for its upper level's overview. */
export const annualReportStatus = z.object({
  /** `returned`: the latest version was sent back for correction and no newer one is finalised yet. */
  state: z.enum(['not_started', 'draft', 'finalised', 'submitted', 'returned']),
  /** Last edit of the draft (settings or text), if any. */
  draftUpdatedAt: z.string().nullable(),
  /** The latest finalised version, if any. */
  version: z.number().nullable(),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** The latest version's return for correction, when it was returned. */
  returned: reportReturnView.nullable().optional(),
});
export type AnnualReportStatus = z.infer<typeof annualReportStatus>;

/** POST …/versions/{id}/return: the reason is required. */
export const returnReportRequest = z.strictObject({
  comment: z.string({ error: 'Hãy ghi lý do trả lại báo cáo' }).trim()
    .min(5, 'Hãy ghi lý do trả lại báo cáo (ít nhất 5 ký tự)').max(2000, 'Lý do trả lại tối đa 2.000 ký tự'),
});
export type ReturnReportRequest = z.infer<typeof returnReportRequest>;

/** Hạn nộp báo cáo tổng kết năm set by an upper level for the unions under it. */
export const reportDeadlineView = z.object({
  year: z.number(),
  dueOn: z.string(),
  /** The upper level that set it. */
  setByOrgId: z.number(),
  setByOrgName: z.string(),
  setAt: z.string(),
});
export type ReportDeadlineView = z.infer<typeof reportDeadlineView>;

export const reportDeadlineRequest = z.strictObject({ dueOn: isoDate });

/** An organisation's deadlines of a year: its own (for the unions under it) and the one that applies to it from above. */
export const reportDeadlinesView = z.object({
  year: z.number(),
  own: reportDeadlineView.nullable(),
  applies: reportDeadlineView.nullable(),
});
export type ReportDeadlinesView = z.infer<typeof reportDeadlinesView>;

/** Against a deadline: `onTime` when submitted on or before the due day (Vietnam time). */
export const timeliness = z.enum(['on_time', 'late', 'no_deadline']);

export const inboxSubmission = inboxItem.extend({
  unionCode: z.string(),
  /** The deadline that applied to the union, if any, and whether this submission met it. */
  dueOn: z.string().nullable(),
  timeliness,
  /** Whole days after the due day (0 when on time). */
  daysLate: z.number(),
  /** The latest submitted version of the union's year (older ones were replaced by a newer submission). */
  latest: z.boolean(),
});
export type InboxSubmission = z.infer<typeof inboxSubmission>;

export const nonSubmitter = z.object({
  orgId: z.number(),
  code: z.string(),
  name: z.string(),
  parentName: z.string().nullable(),
  report: annualReportStatus,
  dueOn: z.string().nullable(),
  /** Days left until the due day (negative when overdue); null without a deadline. */
  daysLeft: z.number().nullable(),
});
export type NonSubmitter = z.infer<typeof nonSubmitter>;

/** GET …/reports/inbox?year=: the year's submissions to this level and below, and the grassroots unions yet to submit. */
export const inboxYearView = z.object({
  orgId: z.number(),
  year: z.number(),
  /** The tree's date: the unions below in the tree of that day. */
  asOf: z.string(),
  today: z.string(),
  deadlines: reportDeadlinesView,
  submitted: z.array(inboxSubmission),
  notSubmitted: z.array(nonSubmitter),
  /** Grassroots unions counted (submitted or not). */
  unionCount: z.number(),
});
export type InboxYearView = z.infer<typeof inboxYearView>;

/** On a union's dashboard: a report of the year not yet submitted while a deadline applies. */
export const submissionReminder = z.object({
  year: z.number(),
  dueOn: z.string(),
  setByOrgName: z.string(),
  daysLeft: z.number(),
  report: annualReportStatus,
});
export type SubmissionReminder = z.infer<typeof submissionReminder>;
