import { z } from 'zod';
import { importRowError } from './import.contract.ts';

// Excel in and out of an emulation year (bảng tổng hợp kết quả thi đua): the answer of an import, checked or done.

/** A row's planned changes, in Vietnamese ("Đăng ký LĐTT", "Xếp loại HTTNV → HTXSNV", "Đề nghị CSTĐCS"). */
export const emulationImportRow = z.object({ row: z.number(), code: z.string(), fullName: z.string(), changes: z.array(z.string()) });

export const emulationImportResult = z.object({
  valid: z.boolean(),
  /** Data rows read. */
  rows: z.number(),
  /** Rows written (0 on a dry run or a refused file). */
  imported: z.number(),
  registrations: z.number(),
  ratings: z.number(),
  results: z.number(),
  errorCount: z.number(),
  errors: z.array(importRowError),
  /** Rows that change something, in sheet order; at most 500. */
  preview: z.array(emulationImportRow),
});
export type EmulationImportResult = z.infer<typeof emulationImportResult>;
