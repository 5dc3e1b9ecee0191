import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';

describe('DATABASE_READ_URL: the read handle for roll-ups and exports', () => {
  it('is read from the environment, a postgres:// URL, and empty counts as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://a@p/db', DATABASE_READ_URL: 'postgres://a@r/db' }).databaseReadUrl).toBe('postgres://a@r/db');
    expect(loadConfig({ DATABASE_READ_URL: '' }).databaseReadUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_READ_URL: 'mysql://r/db' })).toThrow(/DATABASE_READ_URL/);
  });

  it('opens a second pool on the replica, and names both without passwords', async () => {
    // Pools connect lazily: nothing listens on these ports and nothing is asked.
    const h = await openDatabase({ databaseUrl: 'postgres://u:secret@127.0.0.1:9/p', readDatabaseUrl: 'postgres://u:secret@127.0.0.1:10/r' });
    expect(h.readDb).not.toBe(h.db);
    expect(h.location).toBe('postgres://u:***@127.0.0.1:9/p (đọc / reads: postgres://u:***@127.0.0.1:10/r)');
    await h.close();
  });

  it('is the primary itself without a replica (PGlite has none either: client.ts gives it its one handle)', async () => {
    const pg = await openDatabase({ databaseUrl: 'postgres://u@127.0.0.1:9/p' });
    expect(pg.readDb).toBe(pg.db);
    await pg.close();
  });
});
