import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestApp, openEmptyDatabase, type TestApp } from '../test/test-app.ts';
import { openDatabase, type DbHandle } from './client.ts';
import { restoreBackup, writeBackup } from './backup.ts';
import { migrate } from './migrate.ts';
import { paragraphTexts, readDocxPart } from '../modules/reports/document/read-docx.ts';
import { DEMO_PASSWORD } from '../demo/load-demo.ts';
import { finaliseConfirmed } from '../test/report-finalise.ts';

let t: TestApp;
let dir: string;
let file: string;
let versionId: number;
beforeAll(async () => {
  t = await createTestApp();
  const finalised = await finaliseConfirmed(t.as('huongbinh.chutich'), t.orgs.seed, 2023);
  versionId = ((await finalised.json()) as { id: number }).id;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-backup-'));
  file = path.join(dir, 'congdoan.backup.gz');
  await writeBackup(t.handle.db, fs.createWriteStream(file));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An empty database on each engine this run has: PGlite always, PostgreSQL too when the run uses it. */
async function emptyDatabases(): Promise<{ name: string; handle: DbHandle }[]> {
  const out = [{ name: 'pglite', handle: await openDatabase({}) }];
  if (process.env.TEST_ENGINE === 'postgres') {
    out.push({ name: 'postgres', handle: await openEmptyDatabase() });
  }
  return out;
}

async function snapshot(handle: DbHandle, orgId: number) {
  const app = createApp(handle.db, handle.engine);
  const login = await app.request('/api/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'huongbinh.chutich', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const get = (p: string) => app.request(p, { headers: { Cookie: cookie } });
  const members = await (await get(`/api/orgs/${orgId}/members?status=all&pageSize=500`)).json();
  const audit = await handle.db.selectFrom('audit_log').select(['id', 'org_id', 'user_id', 'action', 'entity', 'entity_id', 'before', 'after', 'at'])
    .where('action', '<>', 'login').orderBy('id').execute();
  const systemAudit = await handle.db.selectFrom('system_audit_log').selectAll().where('action', '<>', 'login').orderBy('id').execute();
  const docx = Buffer.from(await (await get(`/api/orgs/${orgId}/reports/versions/${versionId}/docx`)).arrayBuffer());
  // Attached files (bytea): the demo's directive document carries one; its bytes must come back exactly.
  const attachments = (await handle.db.selectFrom('attachments').select(['id', 'file_name', 'sha256', 'content']).orderBy('id').execute())
    .map((a) => ({ ...a, content: Buffer.from(a.content).toString('hex') }));
  return { members, audit, systemAudit, attachments, docxText: paragraphTexts(readDocxPart(docx, 'word/document.xml')).join('\n') };
}

describe('backup and restore', () => {
  it('restores the demo with a finalised report into an empty database: same members, audit log and report', async () => {
    const before = await snapshot(t.handle, t.orgs.seed);
    expect(before.members.total).toBeGreaterThanOrEqual(30);
    expect(before.docxText).toMatch(/30 đồng chí/);
    for (const target of await emptyDatabases()) {
      try {
        await restoreBackup(target.handle.db, fs.createReadStream(file));
        const after = await snapshot(target.handle, t.orgs.seed);
        expect(after.members, target.name).toEqual(before.members);
        expect(after.audit, target.name).toEqual(before.audit);
        expect(after.systemAudit, target.name).toEqual(before.systemAudit);
        expect(before.systemAudit.length).toBeGreaterThan(0);
        expect(after.docxText, target.name).toBe(before.docxText);
        expect(before.attachments.length).toBeGreaterThan(0);
        expect(after.attachments, target.name).toEqual(before.attachments);
        // identity counters moved past the restored ids: new rows get new ids
        const created = await target.handle.db.insertInto('audit_log')
          .values({ org_id: t.orgs.seed, user_id: null, action: 'create', entity: 'test', entity_id: null, before: null, after: null })
          .returning('id').executeTakeFirstOrThrow();
        expect(created.id).toBeGreaterThan(Math.max(...before.audit.map((a) => Number(a.id))));
      } finally {
        await target.handle.close();
      }
    }
  });

  it('refuses a database that already holds data', async () => {
    await expect(restoreBackup(t.handle.db, fs.createReadStream(file))).rejects.toThrow(/đã có dữ liệu/);
  });

  it('gives administrators a backup over HTTP and lets a new install start from it, once', async () => {
    expect((await t.as('huongbinh.chutich').get('/api/admin/backup')).status).toBe(403);
    expect((await t.as(null).get('/api/admin/backup')).status).toBe(401);
    const res = await t.as('admin').get('/api/admin/backup');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/congdoan-\d{4}-\d{2}-\d{2}\.backup\.gz/);
    const bytes = new Uint8Array(await res.arrayBuffer());

    const empty = await openDatabase({});
    try {
      await migrate(empty.db);
      const app = createApp(empty.db, empty.engine);
      const restore = (body: Uint8Array) => app.request('/api/setup/restore', { method: 'POST', headers: { 'Content-Type': 'application/gzip' }, body: new Blob([new Uint8Array(body)]) });
      expect((await restore(new TextEncoder().encode('not a backup'))).status).toBe(400);
      const first = await restore(bytes);
      expect(first.status).toBe(200);
      expect(((await first.json()) as { rows: number }).rows).toBeGreaterThan(100);
      expect((await restore(bytes)).status).toBe(409);
      expect(await (await app.request('/api/setup')).json()).toEqual({ needed: false });
    } finally {
      await empty.close();
    }
  });
});
