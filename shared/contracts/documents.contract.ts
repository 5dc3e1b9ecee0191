import { z } from 'zod';
import { idRef, isoDate } from './common.contract.ts';
import { attachmentRef } from './attachments.contract.ts';

// Văn bản chỉ đạo đến: documents received (số, ký hiệu; cơ quan ban hành; ngày; trích yếu; tệp; hạn; người thực hiện;
// trạng thái; ngày hoàn thành) and their follow-up summary (overdue, due soon, on-time rate).

export const documentStatus = z.enum(['pending', 'in_progress', 'done']);
export type DocumentStatus = z.infer<typeof documentStatus>;

export const documentYear = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what} từ ${min} ký tự`).max(max, `${what} tối đa ${max} ký tự`);
const nullableDate = isoDate.nullish().transform((v) => v ?? null);

export const documentInput = z.strictObject({
  numberSymbol: text(1, 100, 'Số, ký hiệu'),
  issuer: text(2, 200, 'Cơ quan ban hành'),
  issuedOn: isoDate,
  receivedOn: isoDate,
  summary: text(2, 2000, 'Trích yếu'),
  attachmentId: idRef.nullish().transform((v) => v ?? null),
  deadline: nullableDate,
  assigneeMemberId: idRef.nullish().transform((v) => v ?? null),
  status: documentStatus.default('pending'),
  completedOn: nullableDate,
  note: z.string().trim().max(2000, 'Ghi chú tối đa 2000 ký tự').nullish().transform((v) => v || null),
})
  .refine((d) => d.receivedOn >= d.issuedOn, { message: 'Ngày nhận không trước ngày ban hành', path: ['receivedOn'] })
  .refine((d) => d.deadline === null || d.deadline >= d.issuedOn, { message: 'Hạn xử lý không trước ngày ban hành', path: ['deadline'] })
  .refine((d) => d.status !== 'done' || d.completedOn !== null, { message: 'Văn bản đã hoàn thành cần ngày hoàn thành', path: ['completedOn'] })
  .refine((d) => d.status === 'done' || d.completedOn === null, { message: 'Chỉ ghi ngày hoàn thành khi văn bản đã hoàn thành', path: ['completedOn'] })
  .refine((d) => d.completedOn === null || d.completedOn >= d.receivedOn, { message: 'Ngày hoàn thành không trước ngày nhận', path: ['completedOn'] });
export type DocumentInput = z.infer<typeof documentInput>;

export const markDoneInput = z.strictObject({ completedOn: isoDate });
export type MarkDoneInput = z.infer<typeof markDoneInput>;

export const documentView = z.object({
  id: z.number(),
  numberSymbol: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  receivedOn: z.string(),
  summary: z.string(),
  attachment: attachmentRef.nullable(),
  deadline: z.string().nullable(),
  assigneeMemberId: z.number().nullable(),
  assigneeName: z.string().nullable(),
  status: documentStatus,
  completedOn: z.string().nullable(),
  note: z.string().nullable(),
  /** Not done and its deadline has passed (today). */
  overdue: z.boolean(),
});
export type DocumentView = z.infer<typeof documentView>;

export const documentListQuery = z.object({ year: documentYear, status: documentStatus.optional() });

export const documentListView = z.object({ year: z.number(), documents: z.array(documentView) });
export type DocumentListView = z.infer<typeof documentListView>;

export const documentSummaryView = z.object({
  year: z.number(),
  /** The day the lists and the rate are counted on: today, or 31/12 of a past year. */
  asOf: z.string(),
  /** Received in the year, by status. */
  total: z.number(),
  pending: z.number(),
  inProgress: z.number(),
  done: z.number(),
  /** The on-time rate (documents/on-time.ts): deadlines of the year that fell due by asOf, and those met. */
  dueInPeriod: z.number(),
  doneOnTime: z.number(),
  onTimeRate: z.number().nullable(),
  /** Today: not done and the deadline passed (any year), and not done with a deadline within the next 7 days. */
  overdue: z.array(documentView),
  dueSoon: z.array(documentView),
});
export type DocumentSummaryView = z.infer<typeof documentSummaryView>;
