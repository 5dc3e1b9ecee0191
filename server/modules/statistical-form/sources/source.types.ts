import type { Db } from '../../../db/client.ts';

// What every named figure of the statistical form is: a number (null when there is none) and a Vietnamese sentence
// saying where it comes from, so each cell of the form can be traced back to its record.

export interface Figure {
  value: number | null;
  trace: string;
}

/** The union, the reporting date and the start of the period the counts cover (01/12 of the previous year). */
export interface SourceContext {
  db: Db;
  orgId: number;
  date: string;
  from: string;
}

/** One record kind's figures, loaded together (one or two queries of that module). */
export type SourceLoader<K extends string> = (ctx: SourceContext) => Promise<Record<K, Figure>>;
