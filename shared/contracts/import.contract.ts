import { z } from 'zod';

// What every Excel import answers with a bad cell, whatever the module (members, emulation, …).

/** A bad cell: Excel row number, Vietnamese column header, message; `sheet` only when the file has several sheets read. */
export const importRowError = z.object({ row: z.number(), column: z.string(), message: z.string(), sheet: z.string().optional() });
export type ImportRowError = z.infer<typeof importRowError>;
