import { z } from 'zod';
import { importRowError } from './import.contract.ts';

// Sổ năm (year workbook): what an import answers — the rows read per sheet, or the bad cells and nothing written
// (a real import with bad cells is a VALIDATION error carrying this as its details, as every Excel import).

export const yearImportResult = z.object({
  dryRun: z.boolean(),
  /** No bad cell: the file may be imported (or was). */
  valid: z.boolean(),
  /** Data rows written (0 on a dry run). */
  imported: z.number(),
  /** Sheets read, in import order, with their data rows. */
  sheets: z.array(z.object({ name: z.string(), rows: z.number() })),
  errors: z.array(importRowError),
  /** Every bad cell found, listed or not (at most 1000 are listed). */
  errorCount: z.number(),
});
export type YearImportResult = z.infer<typeof yearImportResult>;

export const yearWorkbookYear = z.coerce.number().int().min(1990).max(2100);
