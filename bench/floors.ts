// The floor of an operation: the time of the bare SQL it needs. The queries an operation sends are recorded (text and
// parameters, as the driver receives them), then run again directly — a plain pg.Client on PostgreSQL, the PGlite
// instance itself in process — one after the other, with the same parameters, no pool, no Kysely, no Node work on the
// rows. An operation's time over its floor is what the application adds around the database.
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

export interface RecordedQuery { text: string; values: unknown[] }

let recording: RecordedQuery[] | null = null;
const original = pg.Client.prototype.query;
const bare = original as unknown as (this: pg.Client, text: string, values: unknown[]) => Promise<pg.QueryResult>;
// Every query of the app goes through pg.Client#query (PGlite's adapter included: it is a pg.Client over PGlite).
(pg.Client.prototype as { query: unknown }).query = function query(this: pg.Client, ...args: unknown[]) {
  if (recording && typeof args[0] === 'string') {
    recording.push({ text: args[0], values: Array.isArray(args[1]) ? args[1] : [] });
  }
  return (original as (...a: unknown[]) => unknown).apply(this, args);
};

/** Runs `fn` once and returns the queries it sent. */
export async function recordQueries(fn: () => Promise<unknown>): Promise<RecordedQuery[]> {
  recording = [];
  try {
    await fn();
    return recording;
  } finally {
    recording = null;
  }
}

export interface FloorRunner {
  run(queries: readonly RecordedQuery[]): Promise<void>;
  /** EXPLAIN (ANALYZE, BUFFERS) of one query, as text. */
  explain(q: RecordedQuery): Promise<string>;
  close(): Promise<void>;
}

/** A bare connection beside the app's pool: PostgreSQL by URL, or the PGlite instance itself. */
export async function floorRunner(target: { databaseUrl?: string; pglite?: PGlite }): Promise<FloorRunner> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    return {
      run: async (queries) => {
        for (const q of queries) {
          await bare.call(client, q.text, q.values);
        }
      },
      explain: async (q) => {
        const r = await bare.call(client, `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
        return (r.rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n');
      },
      close: () => client.end(),
    };
  }
  const db = target.pglite;
  if (!db) {
    throw new Error('floorRunner: no database');
  }
  return {
    run: async (queries) => {
      for (const q of queries) {
        await db.query(q.text, q.values as unknown[]);
      }
    },
    explain: async (q) => {
      const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values as unknown[]);
      return r.rows.map((row) => row['QUERY PLAN']).join('\n');
    },
    close: async () => undefined,
  };
}
