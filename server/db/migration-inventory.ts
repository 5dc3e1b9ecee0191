import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The tables, columns and keys that the migrations create, read from their SQL (for docs/scaling.md's inventory,
// server/db/org-scoped-tables.test.ts; checked against a migrated database's catalog by the .int.test.ts beside it).

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface ForeignKey {
  name: string;
  columns: string[];
  table: string;
  refColumns: string[];
}

export interface TableInfo {
  name: string;
  /** The migration that created it. */
  migration: string;
  columns: string[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** UNIQUE constraints and unique indexes (partial ones too), by name; an expression is kept as its text. */
  uniques: { name: string; columns: string[] }[];
  /** org_id is declared NOT NULL (or is the primary key). */
  orgIdNotNull: boolean;
}

export function parseMigrations(files: { name: string; sql: string }[]): Map<string, TableInfo> {
  const tables = new Map<string, TableInfo>();
  for (const file of files) {
    for (const statement of statements(file.sql)) {
      applyStatement(tables, statement, file.name);
    }
  }
  return tables;
}

function statements(text: string): string[] {
  const noBodies = text.replace(/\$\$[\s\S]*?\$\$/g, "''");
  const noComments = noBodies.replace(/'(?:[^']|'')*'|--[^\n]*/g, (m) => (m.startsWith('--') ? '' : m));
  return splitTopLevel(noComments, ';').map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Splits at `sep` outside parentheses and quotes. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") {
      quoted = !quoted;
    } else if (!quoted && ch === '(') {
      depth += 1;
    } else if (!quoted && ch === ')') {
      depth -= 1;
    } else if (!quoted && depth === 0 && ch === sep) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The text up to the parenthesis that closes an already opened one. */
function untilClosingParen(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') {
      depth += 1;
    } else if (text[i] === ')') {
      if (depth === 0) {
        return text.slice(0, i);
      }
      depth -= 1;
    }
  }
  return text;
}

const ident = String.raw`"?[a-z_][a-z0-9_.]*"?`;
/** Column names of a key list; an expression (`COALESCE(org_id, 0)`) is kept whole. */
const names = (list: string) => splitTopLevel(list, ',').map((c) => {
  const bare = c.replace(/"/g, '');
  return /^[a-z_][a-z0-9_]*(\s|$)/i.test(bare) && !bare.includes('(') ? bare.split(/\s+/)[0] : bare;
});
const tableName = (raw: string) => raw.replace(/"/g, '');

function applyStatement(tables: Map<string, TableInfo>, s: string, migration: string): void {
  let m = new RegExp(String.raw`^CREATE TABLE (?:IF NOT EXISTS )?(${ident}) \((.*)\)`, 'i').exec(s);
  if (m) {
    const table: TableInfo = { name: tableName(m[1]), migration, columns: [], primaryKey: [], foreignKeys: [], uniques: [], orgIdNotNull: false };
    for (const element of splitTopLevel(m[2], ',')) {
      addElement(table, element);
    }
    tables.set(table.name, table);
    return;
  }
  m = new RegExp(String.raw`^DROP TABLE (?:IF EXISTS )?(${ident})`, 'i').exec(s);
  if (m) {
    tables.delete(tableName(m[1]));
    return;
  }
  m = new RegExp(String.raw`^CREATE UNIQUE INDEX (?:IF NOT EXISTS )?(${ident}) ON (?:ONLY )?(${ident}) (?:USING \w+ )?\((.*)$`, 'i').exec(s);
  if (m) {
    const keyList = untilClosingParen(m[3]);
    tables.get(tableName(m[2]))?.uniques.push({ name: tableName(m[1]), columns: names(keyList) });
    return;
  }
  m = new RegExp(String.raw`^DROP INDEX (?:IF EXISTS )?(${ident})`, 'i').exec(s);
  if (m) {
    const index = tableName(m[1]);
    for (const t of tables.values()) {
      t.uniques = t.uniques.filter((u) => u.name !== index);
    }
    return;
  }
  m = new RegExp(String.raw`^ALTER TABLE (?:ONLY )?(${ident}) (.*)$`, 'i').exec(s);
  if (m) {
    const table = tables.get(tableName(m[1]));
    if (!table) {
      return;
    }
    for (const action of splitTopLevel(m[2], ',')) {
      const add = /^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(.*)$/i.exec(action);
      if (add) {
        addElement(table, add[1]);
      }
      if (/^ALTER COLUMN "?org_id"? SET NOT NULL$/i.test(action)) {
        table.orgIdNotNull = true;
      }
      const drop = /^DROP COLUMN (?:IF EXISTS )?"?([a-z_0-9]+)"?/i.exec(action);
      if (drop) {
        table.columns = table.columns.filter((c) => c !== drop[1]);
      }
      const dropConstraint = /^DROP CONSTRAINT (?:IF EXISTS )?"?([a-z_0-9]+)"?/i.exec(action);
      if (dropConstraint) {
        table.uniques = table.uniques.filter((u) => u.name !== dropConstraint[1]);
        table.foreignKeys = table.foreignKeys.filter((fk) => fk.name !== dropConstraint[1]);
        if (dropConstraint[1] === `${table.name.replace(/^\w+\./, '')}_pkey`) {
          table.primaryKey = [];
        }
      }
    }
  }
}

/** A column definition or a table constraint of CREATE TABLE / ALTER TABLE … ADD (names as PostgreSQL gives them). */
function addElement(table: TableInfo, element: string): void {
  const named = /^CONSTRAINT "?([a-z_0-9]+)"? (.*)$/i.exec(element);
  const e = named ? named[2] : element;
  const nameOr = (fallback: string) => named?.[1] ?? fallback;
  let m = /^PRIMARY KEY \(([^)]*)\)/i.exec(e);
  if (m) {
    table.primaryKey = names(m[1]);
    return;
  }
  m = /^FOREIGN KEY \(([^)]*)\) REFERENCES (\S+?) ?\(([^)]*)\)/i.exec(e);
  if (m) {
    const columns = names(m[1]);
    table.foreignKeys.push({ name: nameOr(`${table.name}_${columns.join('_')}_fkey`), columns, table: tableName(m[2]), refColumns: names(m[3]) });
    return;
  }
  m = /^UNIQUE (?:NULLS NOT DISTINCT )?\(([^)]*)\)/i.exec(e);
  if (m) {
    const columns = names(m[1]);
    table.uniques.push({ name: nameOr(`${table.name}_${columns.join('_')}_key`), columns });
    return;
  }
  if (/^(CHECK|EXCLUDE)\b/i.test(e)) {
    return;
  }
  const column = /^"?([a-z_][a-z0-9_]*)"? /i.exec(`${e} `);
  if (!column) {
    return;
  }
  const name = column[1];
  // Constraints of the column itself, without its CHECK and DEFAULT expressions.
  const rest = e.slice(column[0].length).replace(/CHECK \(.*\)/i, '');
  table.columns.push(name);
  if (/\bPRIMARY KEY\b/i.test(rest)) {
    table.primaryKey = [name];
  }
  if (name === 'org_id') {
    table.orgIdNotNull = /\b(NOT NULL|PRIMARY KEY)\b/i.test(rest);
  }
  if (/\bUNIQUE\b/i.test(rest)) {
    table.uniques.push({ name: `${table.name}_${name}_key`, columns: [name] });
  }
  const ref = /\bREFERENCES (\S+?)(?: ?\(([^)]*)\))?(?:\s|$)/i.exec(rest);
  if (ref) {
    table.foreignKeys.push({ name: `${table.name}_${name}_fkey`, columns: [name], table: tableName(ref[1]), refColumns: ref[2] ? names(ref[2]) : ['id'] });
  }
}

export function readMigrations(): Map<string, TableInfo> {
  const files = fs.readdirSync(migrationsDir).filter((f) => /^\d{4}_.*\.sql$/.test(f)).sort();
  return parseMigrations(files.map((f) => ({ name: f.replace(/\.sql$/, ''), sql: fs.readFileSync(path.join(migrationsDir, f), 'utf8') })));
}
