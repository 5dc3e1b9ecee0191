import { z } from 'zod';
import { roleSchema } from './common.contract.ts';

export const loginRequest = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(40),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const passwordChangeRequest = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'Mật khẩu mới tối thiểu 10 ký tự').max(200),
});

export const setupRequest = z.strictObject({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9_.-]{3,40}$/, 'Tên đăng nhập 3–40 ký tự a-z, 0-9, _ . -'),
  fullName: z.string().trim().min(2).max(100),
  password: z.string().min(10, 'Mật khẩu tối thiểu 10 ký tự').max(200),
});

export const roleOnOrg = z.object({
  orgId: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  role: roleSchema,
});

export const meResponse = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  isAdmin: z.boolean(),
  /** A temporary password: every route but me, password and logout answers 403 until it is changed. */
  mustChangePassword: z.boolean(),
  memberId: z.number().nullable(),
  memberOrgId: z.number().nullable(),
  roles: z.array(roleOnOrg),
});
export type Me = z.infer<typeof meResponse>;
