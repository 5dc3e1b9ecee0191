import { z } from 'zod';
import './zod-vietnamese.ts';

// Shared by the server (validation at the edge, OpenAPI) and the web app (typed API client).
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date (YYYY-MM-DD) that exists, between 1900 and 2100. */
export const isoDate = z
  .string()
  .regex(isoDatePattern, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2100-12-31';
  }, 'Ngày không tồn tại hoặc ngoài khoảng 1900–2100');

export const idParam = z.coerce.number().int().positive().max(2_147_483_647);
/** An id inside a JSON body: a positive 32-bit integer, as the database keeps it. */
export const idRef = z.number().int().positive().max(2_147_483_647);

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});

export const roleSchema = z.enum(['officer', 'chair', 'committee', 'treasurer', 'member']);
export type Role = z.infer<typeof roleSchema>;

/** Trimmed text; empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .nullish()
    .transform((v) => (v ? v : null));
