import { z } from 'zod';
import { idParam, isoDate, roleSchema } from './common.contract.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords/password-policy.ts';

// Accounts and roles administered in the app (/api/users, /api/orgs/{orgId}/roles, /api/activate).

export const usernameSchema = z.string().trim().toLowerCase()
  .regex(/^[a-z0-9_.-]{3,40}$/, 'Tên đăng nhập 3–40 ký tự a-z, 0-9, _ . -');
export const newPasswordSchema = z.string()
  .min(PASSWORD_MIN_LENGTH, `Mật khẩu tối thiểu ${PASSWORD_MIN_LENGTH} ký tự`)
  .max(PASSWORD_MAX_LENGTH, `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự`);

/** How the person gets in the first time: a temporary password to change at once, or a one-time code. */
export const credentialInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('password'), password: newPasswordSchema }),
  z.strictObject({ kind: z.literal('code'), validDays: z.number().int().min(1, 'Tối thiểu 1 ngày').max(60, 'Tối đa 60 ngày').default(7) }),
]);
export type CredentialInput = z.infer<typeof credentialInput>;

const roleDates = {
  validFrom: isoDate.nullish().transform((v) => v ?? null),
  validTo: isoDate.nullish().transform((v) => v ?? null),
};
const datesInOrder = (v: { validFrom: string | null; validTo: string | null }) =>
  v.validFrom === null || v.validTo === null || v.validFrom <= v.validTo;
const datesMessage = { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['validTo'] };

export const roleGrantInput = z.strictObject({ orgId: idParam, role: roleSchema, ...roleDates }).refine(datesInOrder, datesMessage);
export type RoleGrantInput = z.infer<typeof roleGrantInput>;

export const createAccountInput = z.strictObject({
  username: usernameSchema,
  fullName: z.string().trim().min(2, 'Nhập họ tên (tối thiểu 2 ký tự)').max(100, 'Tối đa 100 ký tự'),
  credential: credentialInput,
  /** The first role; required unless the caller is an administrator. */
  orgId: idParam.nullish().transform((v) => v ?? null),
  role: roleSchema.nullish().transform((v) => v ?? null),
  ...roleDates,
  memberId: idParam.nullish().transform((v) => v ?? null),
}).refine(datesInOrder, datesMessage);
export type CreateAccountInput = z.infer<typeof createAccountInput>;

export const updateAccountInput = z.strictObject({
  fullName: z.string().trim().min(2, 'Nhập họ tên (tối thiểu 2 ký tự)').max(100, 'Tối đa 100 ký tự'),
});

export const resetInput = z.strictObject({ credential: credentialInput });
export const linkMemberInput = z.strictObject({ memberId: idParam });

export const accountListQuery = z.object({
  orgId: idParam.optional(),
  q: z.string().trim().max(100).optional(),
});

export const accountRole = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  role: roleSchema,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** Holds today. */
  current: z.boolean(),
});
export type AccountRole = z.infer<typeof accountRole>;

export const accountView = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  isAdmin: z.boolean(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  /** A one-time code not yet used; `expired` when its time has passed. */
  pendingActivation: z.object({ expiresAt: z.string(), expired: z.boolean() }).nullable(),
  lastLoginAt: z.string().nullable(),
  member: z.object({ id: z.number(), fullName: z.string(), orgId: z.number(), orgName: z.string() }).nullable(),
  roles: z.array(accountRole),
  /** The caller may change this account (reset, deactivate, link, roles). */
  manageable: z.boolean(),
});
export type AccountView = z.infer<typeof accountView>;

export const activationTicket = z.object({ code: z.string(), expiresAt: z.string() });
export type ActivationTicket = z.infer<typeof activationTicket>;

export const accountWithTicket = z.object({ account: accountView, activation: activationTicket.nullable() });
export type AccountWithTicket = z.infer<typeof accountWithTicket>;

/** Who holds a role on a union: the role, with its account. */
export const orgRoleHolder = accountRole.extend({
  userId: z.number(),
  username: z.string(),
  fullName: z.string(),
  active: z.boolean(),
});
export type OrgRoleHolder = z.infer<typeof orgRoleHolder>;

export const bulkMemberAccountsInput = z.strictObject({
  memberIds: z.array(idParam).min(1, 'Chọn ít nhất một đoàn viên').max(500, 'Tối đa 500 đoàn viên một lần'),
  validDays: z.number().int().min(1).max(60).default(7),
});

export const sheetEntry = z.object({
  memberId: z.number().nullable(),
  fullName: z.string(),
  username: z.string(),
  code: z.string(),
  expiresAt: z.string(),
});
export type SheetEntry = z.infer<typeof sheetEntry>;

export const bulkMemberAccountsResult = z.object({
  created: z.array(sheetEntry),
  /** Members left out, with the reason (e.g. already has an account). */
  skipped: z.array(z.object({ memberId: z.number(), fullName: z.string(), reason: z.string() })),
});
export type BulkMemberAccountsResult = z.infer<typeof bulkMemberAccountsResult>;

export const activationSheetInput = z.strictObject({
  entries: z.array(z.strictObject({
    memberId: z.number().nullable(), fullName: z.string().max(100), username: z.string().max(40),
    code: z.string().max(20), expiresAt: z.string().max(40),
  })).min(1).max(500),
});

export const activateInput = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(40),
  code: z.string().trim().min(1, 'Nhập mã kích hoạt').max(20),
  password: newPasswordSchema,
});
