import { z } from 'zod';
import { idRef, isoDate, optionalText } from './common.contract.ts';

export const orgKindCode = z.enum([
  'confederation', 'provincial_federation', 'industry_union', 'district_federation', 'commune_union',
  'agency', 'public_unit', 'state_enterprise', 'private_enterprise', 'fdi_enterprise', 'cooperative',
  'professional_union', 'union_group',
]);
export type OrgKindCode = z.infer<typeof orgKindCode>;

export const endReason = z.enum(['dissolved', 'merged', 'consolidated']);

/** An organisation as it stood on `asOf`. */
export const orgView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: orgKindCode,
  kindName: z.string(),
  isUpperLevel: z.boolean(),
  parentId: z.number().nullable(),
  parentName: z.string().nullable(),
  establishedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: endReason.nullable(),
  endDecision: z.string().nullable(),
  successorId: z.number().nullable(),
  hostName: z.string().nullable(),
  address: z.string().nullable(),
  placeName: z.string().nullable(),
  signerTitle: z.string(),
  signerName: z.string().nullable(),
  deputyTitle: z.string(),
  deputyName: z.string().nullable(),
  /** Ký hiệu after the report's number ("BC-CĐCS"); null: the report template's own. */
  reportNumberSuffix: z.string().nullable(),
  reportRecipients: z.array(z.string()),
  establishedDecision: z.string().nullable(),
  asOf: z.string(),
});
export type OrgView = z.infer<typeof orgView>;

export const orgTreeNode = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: orgKindCode,
  parentId: z.number().nullable(),
  establishedOn: z.string(),
  endedOn: z.string().nullable(),
  depth: z.number(),
});
export type OrgTreeNode = z.infer<typeof orgTreeNode>;

export const orgHistoryEntry = z.object({
  validFrom: z.string(),
  validTo: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  kind: orgKindCode,
  parentId: z.number().nullable(),
  parentName: z.string().nullable(),
  changeNote: z.string().nullable(),
});

export const createOrgRequest = z.strictObject({
  code: z.string().trim().regex(/^[A-Za-z0-9_.-]{2,40}$/, 'Mã 2–40 ký tự: chữ, số, _ . -'),
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().min(1).max(100),
  kind: orgKindCode,
  /** null: a top-level organisation, which only administrators create. */
  parentId: idRef.nullable(),
  establishedOn: isoDate,
  establishedDecision: optionalText(200),
  hostName: optionalText(200),
  address: optionalText(300),
  placeName: optionalText(100),
});

/** A dated change of name, short name, kind or parent; values before `from` are kept. */
export const orgChangeRequest = z
  .strictObject({
    from: isoDate,
    name: z.string().trim().min(2).max(200).optional(),
    shortName: z.string().trim().min(1).max(100).optional(),
    kind: orgKindCode.optional(),
    parentId: idRef.optional(),
    note: optionalText(300),
  })
  .refine((v) => v.name || v.shortName || v.kind || v.parentId, 'Cần ít nhất một thay đổi (tên, tên viết tắt, loại hình hoặc cấp trên)');

/** Text a PATCH may send: absent leaves the field as it is, empty or null clears it. */
const patchText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));

/** Only the fields sent change. */
export const orgProfileRequest = z.strictObject({
  hostName: patchText(200),
  address: patchText(300),
  placeName: patchText(100),
  signerTitle: z.string().trim().min(2, 'Chức danh người ký tối thiểu 2 ký tự').max(100).optional(),
  signerName: patchText(100),
  deputyTitle: z.string().trim().min(2, 'Chức danh cấp phó tối thiểu 2 ký tự').max(100).optional(),
  deputyName: patchText(100),
  reportNumberSuffix: patchText(30).refine(
    (v) => v === undefined || v === null || /^[^\s/]\S{0,29}$/.test(v),
    'Ký hiệu viết liền, không có khoảng trắng, không bắt đầu bằng "/" (ví dụ BC-CĐCS)',
  ),
  reportRecipients: z.array(z.string().trim().min(1, 'Dòng nơi nhận không được để trống').max(200)).max(20, 'Tối đa 20 nơi nhận').optional(),
});
export type OrgProfileRequest = z.input<typeof orgProfileRequest>;

/** A kind of organisation offered by the pickers (org_kinds). */
export const orgKindView = z.object({
  code: orgKindCode,
  name: z.string(),
  isUpperLevel: z.boolean(),
});
export type OrgKindView = z.infer<typeof orgKindView>;

export const orgEndRequest = z
  .strictObject({
    on: isoDate,
    reason: endReason,
    decisionNumber: z.string().trim().min(1).max(100),
    decisionDate: isoDate,
    decisionIssuer: z.string().trim().min(2).max(200),
    successorId: idRef.optional(),
  })
  .refine((v) => v.reason === 'dissolved' || v.successorId, 'Sáp nhập, hợp nhất cần tổ chức tiếp nhận');
