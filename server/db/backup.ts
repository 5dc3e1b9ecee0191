// A portable backup: one gzipped file of JSON lines, the same on both engines and readable by either.
// PostgreSQL itself writes each row (row_to_json) and reads it back (json_populate_recordset), so every type —
// dates, jsonb, bytea (as \x hex), arrays — round-trips exactly. The dump runs in one REPEATABLE READ
// transaction: a consistent picture while the server keeps answering.
import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { Db } from './client.ts';
import type { Database } from './schema.ts';
import { listMigrations, migrate } from './migrate.ts';

export const BACKUP_FORMAT = 'congdoan-backup';
const BACKUP_VERSION = 1;
const CHUNK_ROWS = 2000;

interface Header { format: string; version: number; createdAt: string; migrations: string[] }
interface Chunk { table: string; rows: unknown[] }
/** A foreign key of a table into itself: `columns` of a row point at `refColumns` of another. */
interface SelfKey { columns: string[]; refColumns: string[] }
interface TableInfo { name: string; dependsOn: string[]; selfKeys: SelfKey[] }

export class BackupError extends Error {}

/** Tables of the public schema, each after the tables it references. */
async function tablesInOrder(db: Kysely<Database>): Promise<TableInfo[]> {
  const { rows } = await sql<{ name: string; refs: string[] | null; self_keys: SelfKey[] | null }>`
    SELECT c.relname AS name,
      (SELECT array_agg(DISTINCT r.relname::text) FROM pg_constraint f JOIN pg_class r ON r.oid = f.confrelid
        WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid) AS refs,
      (SELECT json_agg(json_build_object(
          'columns', (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(f.conkey) WITH ORDINALITY k(n, i)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n),
          'refColumns', (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(f.confkey) WITH ORDINALITY k(n, i)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n)))
        FROM pg_constraint f WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid = c.oid) AS self_keys
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migrations'
    ORDER BY c.relname`.execute(db);
  const pending = new Map(rows.map((r) => [r.name, r]));
  const ordered: TableInfo[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((r) => (r.refs ?? []).every((ref) => !pending.has(ref)));
    if (ready.length === 0) {
      throw new BackupError(`Vòng tham chiếu giữa các bảng: ${[...pending.keys()].join(', ')}`);
    }
    for (const r of ready) {
      pending.delete(r.name);
      ordered.push({ name: r.name, dependsOn: r.refs ?? [], selfKeys: r.self_keys ?? [] });
    }
  }
  return ordered;
}

async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

/** Writes the whole database to `out` (gzipped JSON lines); returns the number of rows written. */
export async function writeBackup(db: Db, out: Writable): Promise<number> {
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) {
      await once(gzip, 'drain');
    }
  };
  let count = 0;
  try {
    await db.transaction().setIsolationLevel('repeatable read').execute(async (t) => {
      await write({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations: await appliedMigrations(t) } satisfies Header);
      for (const table of await tablesInOrder(t)) {
        for (let offset = 0; ; offset += CHUNK_ROWS) {
          const { rows } = await sql<{ rows: unknown[] | null }>`
            SELECT json_agg(x) AS rows FROM (SELECT * FROM ${sql.table(table.name)} ORDER BY ctid LIMIT ${CHUNK_ROWS} OFFSET ${offset}) x`.execute(t);
          const chunk = rows[0]?.rows ?? [];
          if (chunk.length > 0) {
            count += chunk.length;
            await write({ table: table.name, rows: chunk } satisfies Chunk);
          }
          if (chunk.length < CHUNK_ROWS) {
            break;
          }
        }
      }
    });
  } finally {
    gzip.end();
  }
  await written;
  return count;
}

/** Rows referring to others of the same table (an organisation's successor) come after those they refer to. */
function selfOrdered(rows: Record<string, unknown>[], info: TableInfo): Record<string, unknown>[] {
  if (info.selfKeys.length === 0) {
    return rows;
  }
  const valuesOf = (row: Record<string, unknown>, columns: string[]) =>
    (columns.some((c) => row[c] === null || row[c] === undefined) ? null : JSON.stringify(columns.map((c) => row[c])));
  const indexes = info.selfKeys.map((k) => ({ key: k, byRef: new Map(rows.map((r) => [valuesOf(r, k.refColumns), r])) }));
  const done = new Set<Record<string, unknown>>();
  const out: Record<string, unknown>[] = [];
  const visit = (row: Record<string, unknown>, depth: number) => {
    if (done.has(row) || depth > rows.length) {
      return;
    }
    for (const { key, byRef } of indexes) {
      const pointer = valuesOf(row, key.columns);
      const target = pointer === null ? undefined : byRef.get(pointer);
      if (target && target !== row) {
        visit(target, depth + 1);
      }
    }
    done.add(row);
    out.push(row);
  };
  rows.forEach((r) => visit(r, 0));
  return out;
}

/**
 * Restores a backup into an empty database: applies the migrations the backup was taken with, loads every row,
 * moves the identity counters past the restored ids, then applies any newer migration. One transaction.
 */
export async function restoreBackup(db: Db, input: Readable): Promise<number> {
  const reader = readline.createInterface({ input: input.pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  const first = await lines.next().catch(() => ({ done: true, value: '' }));
  let header: Header;
  try {
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new BackupError('Tệp không phải bản sao lưu của congdoan');
  }
  if (first.done || header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) {
    throw new BackupError('Tệp không phải bản sao lưu của congdoan (hoặc của phiên bản khác)');
  }
  const known = new Set(listMigrations().map((m) => m.name));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new BackupError(`Bản sao lưu được tạo bởi phiên bản mới hơn (${unknown.join(', ')}): hãy cập nhật congdoan trước`);
  }
  await migrate(db, header.migrations);
  if (await hasData(db)) {
    throw new BackupError('Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào một cơ sở dữ liệu trống');
  }
  let count = 0;
  await db.transaction().execute(async (tx) => {
    const tables = new Map((await tablesInOrder(tx)).map((t) => [t.name, t]));
    // The migrations filled reference tables (kinds, categories …): the backup's own rows replace them.
    await sql`TRUNCATE ${sql.join([...tables.keys()].map((name) => sql.table(name)))} CASCADE`.execute(tx);
    for await (const line of { [Symbol.asyncIterator]: () => lines }) {
      if (!line.trim()) {
        continue;
      }
      const chunk = JSON.parse(line) as Chunk;
      const info = tables.get(chunk.table);
      if (!info) {
        throw new BackupError(`Bảng không có trong cơ sở dữ liệu: ${chunk.table}`);
      }
      const rows = selfOrdered(chunk.rows as Record<string, unknown>[], info);
      await sql`INSERT INTO ${sql.table(info.name)} OVERRIDING SYSTEM VALUE
        SELECT * FROM json_populate_recordset(NULL::${sql.table(info.name)}, ${JSON.stringify(rows)}::json)`.execute(tx);
      count += rows.length;
    }
    await sql`
      DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND a.attidentity <> '' LOOP
          EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I), 0) + 1, false)', r.seq, r.col, r.tbl);
        END LOOP;
      END $$`.execute(tx);
  });
  await migrate(db);
  return count;
}

/** True once the install holds an organisation or an account: a restore would mix two databases. */
export async function hasData(db: Db): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM organisations)::int + (SELECT count(*) FROM users)::int AS n`.execute(db);
  return rows[0].n > 0;
}
