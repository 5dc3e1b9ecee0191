import { z } from 'zod';
import { attachmentRef } from './attachments.contract.ts';
import { idRef, isoDate } from './common.contract.ts';
import { importRowError } from './import.contract.ts';

// Tài chính công đoàn: funds and the ledger of receipts (phiếu thu) and payments (phiếu chi), in integer đồng.

export const fundKind = z.enum(['union_finance', 'voluntary', 'campaign', 'other']);
export const direction = z.enum(['receipt', 'payment']);
export const account = z.enum(['cash', 'bank']);
export const receiptCategories = ['dues', 'kpcd', 'voluntary', 'campaign', 'support', 'other_income'] as const;
export const paymentCategories = [
  'welfare', 'gifts', 'rewards', 'activities', 'administration', 'remittance', 'campaign_handover', 'other_expense',
] as const;
export const ledgerCategory = z.enum([...receiptCategories, ...paymentCategories]);
export type LedgerCategory = z.infer<typeof ledgerCategory>;

export const categoryLabels: Record<LedgerCategory, string> = {
  dues: 'Đoàn phí',
  kpcd: 'Kinh phí công đoàn',
  voluntary: 'Quỹ tự nguyện',
  campaign: 'Ủng hộ, vận động',
  support: 'Hỗ trợ của chuyên môn, cấp trên',
  other_income: 'Thu khác',
  welfare: 'Thăm hỏi, trợ cấp',
  gifts: 'Quà lễ, Tết',
  rewards: 'Khen thưởng',
  activities: 'Hoạt động phong trào',
  administration: 'Chi hành chính',
  remittance: 'Nộp cấp trên',
  campaign_handover: 'Chuyển tiền vận động',
  other_expense: 'Chi khác',
};

/** A whole number of đồng, positive, below a trillion. */
export const dongAmount = z.number({ error: 'Số tiền phải là số' }).int('Số tiền là số đồng nguyên')
  .positive('Số tiền phải lớn hơn 0').max(999_999_999_999, 'Số tiền quá lớn');

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what} từ ${min} ký tự`).max(max, `${what} tối đa ${max} ký tự`);

export const fundInput = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'Mã quỹ: chữ thường không dấu, số, "-" hoặc "_"'),
  name: text(2, 200, 'Tên quỹ'),
  kind: fundKind,
  openingOn: isoDate,
  openingBalance: z.number().int('Số dư là số đồng nguyên').min(-999_999_999_999).max(999_999_999_999).default(0),
  monthlyAmount: dongAmount.nullish().transform((v) => v ?? null),
});
export type FundInput = z.infer<typeof fundInput>;

export const entryInput = z.strictObject({
  fundId: idRef,
  direction,
  entryDate: isoDate,
  account: account.default('cash'),
  amount: dongAmount,
  category: ledgerCategory,
  memberId: idRef.nullish().transform((v) => v ?? null),
  counterparty: text(2, 200, 'Người nộp / người nhận').nullish().transform((v) => v || null),
  description: text(2, 1000, 'Nội dung'),
  documentRef: z.string().trim().max(200).nullish().transform((v) => v || null),
  /** Files uploaded for vouchers (purpose "voucher"), linked to it in the same transaction. */
  attachmentIds: z.array(idRef).max(10, 'Tối đa 10 tệp kèm theo').default([]),
}).refine((e) => (e.direction === 'receipt') === (receiptCategories as readonly string[]).includes(e.category), {
  message: 'Khoản mục không hợp với loại chứng từ (thu hay chi)', path: ['category'],
});
export type EntryInput = z.infer<typeof entryInput>;

export const reverseInput = z.strictObject({
  entryDate: isoDate,
  reason: text(5, 500, 'Lý do điều chỉnh'),
});

export const fundView = z.object({
  id: z.number(), code: z.string(), name: z.string(), kind: fundKind, openingOn: z.string(), openingBalance: z.number(),
  monthlyAmount: z.number().nullable(), closedOn: z.string().nullable(),
});
export type FundView = z.infer<typeof fundView>;

export const entryView = z.object({
  id: z.number(), number: z.string(), fundId: z.number(), fundName: z.string(), direction, entryDate: z.string(), account,
  amount: z.number(), category: ledgerCategory, memberId: z.number().nullable(), memberName: z.string().nullable(),
  counterparty: z.string().nullable(), description: z.string(), documentRef: z.string().nullable(),
  reversesId: z.number().nullable(), reversedById: z.number().nullable(), recordedBy: z.string().nullable(),
  attachments: z.array(attachmentRef),
});
export type EntryView = z.infer<typeof entryView>;

/** Linking a file uploaded for vouchers to a voucher already posted (a scan made afterwards). */
export const entryAttachmentInput = z.strictObject({ attachmentId: idRef });

export const entryListQuery = z.object({
  fundId: idRef.optional(),
  account: account.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const balanceView = z.object({
  date: z.string(),
  funds: z.array(z.object({ fundId: z.number(), name: z.string(), kind: fundKind, receipts: z.number(), payments: z.number(), balance: z.number() })),
});
export type BalanceView = z.infer<typeof balanceView>;

/** Sổ quỹ: entries of one account in a period, with the balance carried before and after each line. */
export const cashBookView = z.object({
  account, from: z.string(), to: z.string(), opening: z.number(), closing: z.number(),
  lines: z.array(entryView.extend({ balanceAfter: z.number() })),
});
export type CashBookView = z.infer<typeof cashBookView>;

export const disclosureQuery = z.object({ from: isoDate, to: isoDate });

/** Where a statement was made public (niêm yết tại bảng tin, báo cáo tại hội nghị / cuộc họp, đăng trên nhóm). */
export const disclosurePlace = z.enum(['notice_board', 'conference', 'meeting', 'online'], { error: 'Chọn hình thức công khai' });
export const disclosurePlaceLabels: Record<z.infer<typeof disclosurePlace>, string> = {
  notice_board: 'niêm yết tại bảng tin', conference: 'báo cáo tại hội nghị', meeting: 'thông báo tại cuộc họp', online: 'đăng trên nhóm trực tuyến',
};

/** "Đã công khai": the statement of a period made public on a day, at a place. */
export const disclosureMadeInput = z.strictObject({
  from: isoDate, to: isoDate, publishedOn: isoDate, place: disclosurePlace,
  note: z.string().trim().max(500, 'Ghi chú tối đa 500 ký tự').nullish().transform((v) => v || null),
}).refine((d) => d.to >= d.from, { message: 'Ngày cuối kỳ phải từ ngày đầu kỳ trở đi', path: ['to'] })
  .refine((d) => d.publishedOn >= d.from, { message: 'Ngày công khai phải từ ngày đầu kỳ trở đi', path: ['publishedOn'] });
export type DisclosureMadeInput = z.infer<typeof disclosureMadeInput>;
export const disclosureMadeView = z.object({
  id: z.number(), from: z.string(), to: z.string(), publishedOn: z.string(), place: disclosurePlace, note: z.string().nullable(),
});
export type DisclosureMadeView = z.infer<typeof disclosureMadeView>;

/** Công khai tài chính of a period: per fund, carried in, receipts and payments by category, carried out. */
export const disclosureView = z.object({
  org: z.object({ id: z.number(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  funds: z.array(z.object({
    fundId: z.number(), name: z.string(), kind: fundKind, opening: z.number(), receipts: z.number(), payments: z.number(), closing: z.number(),
    lines: z.array(z.object({ direction, category: ledgerCategory, label: z.string(), amount: z.number(), count: z.number() })),
  })),
  totals: z.object({ opening: z.number(), receipts: z.number(), payments: z.number(), closing: z.number() }),
});
export type DisclosureView = z.infer<typeof disclosureView>;

/** The answer of a cash book import (checked first; posted only when every row is good). */
export const ledgerImportResult = z.object({
  valid: z.boolean(), rows: z.number(), imported: z.number(), receipts: z.number(), payments: z.number(),
  errorCount: z.number(), errors: z.array(importRowError),
});
export type LedgerImportResult = z.infer<typeof ledgerImportResult>;
