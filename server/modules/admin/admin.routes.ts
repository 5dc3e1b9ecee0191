import { PassThrough, Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, fileOk, jsonOk, requireCaller } from '../../core/http.ts';
import { AppError, forbidden } from '../../core/errors.ts';
import { writeAudit } from '../../core/audit.ts';
import { BackupError, hasData, restoreBackup, writeBackup } from '../../db/backup.ts';
import { todayIso } from '../../../shared/vi/dates.ts';

const GZIP = 'application/gzip';

export function adminRoutes() {
  const app = createRouter();

  // A consistent copy of the whole database while the server keeps answering (the embedded engine cannot be
  // opened by a second process, so this is how a running PGlite install is backed up).
  app.openapi(
    createRoute({ method: 'get', path: '/admin/backup', tags: ['admin'], responses: { 200: fileOk(GZIP, 'Bản sao lưu toàn bộ dữ liệu'), ...errorResponses } }),
    async (c) => {
      const caller = requireCaller(c);
      if (!caller.isAdmin) {
        throw forbidden();
      }
      const db = c.get('db');
      await writeAudit(db, { orgId: null, userId: caller.userId, action: 'backup', entity: 'database', entityId: null });
      const stream = new PassThrough();
      writeBackup(db, stream).catch((err: unknown) => stream.destroy(err as Error));
      const name = `congdoan-${todayIso()}.backup.gz`;
      return new Response(Readable.toWeb(stream) as ReadableStream, {
        headers: { 'Content-Type': GZIP, 'Content-Disposition': `attachment; filename="${name}"` },
      });
    },
  );

  // On a new install only (no account, no organisation yet): the first page offers to start from a backup.
  app.openapi(
    createRoute({ method: 'post', path: '/setup/restore', tags: ['admin'],
      request: { body: { content: { [GZIP]: { schema: z.string().meta({ format: 'binary' }) } }, required: true } },
      responses: { 200: jsonOk(z.object({ rows: z.number() })), ...errorResponses, 409: { description: 'Đã có dữ liệu' } } }),
    async (c) => {
      if (await hasData(c.get('db'))) {
        throw new AppError('CONFLICT', 'Hệ thống đã có dữ liệu: chỉ khôi phục bản sao lưu vào một cài đặt mới');
      }
      const body = c.req.raw.body;
      if (!body) {
        throw new AppError('VALIDATION', 'Chưa chọn tệp sao lưu');
      }
      try {
        const rows = await restoreBackup(c.get('db'), Readable.fromWeb(body as WebReadableStream));
        return c.json({ rows }, 200);
      } catch (err) {
        if (err instanceof BackupError || (err as { code?: string }).code === 'Z_DATA_ERROR') {
          throw new AppError(/đã có dữ liệu/.test((err as Error).message) ? 'CONFLICT' : 'BAD_FILE',
            err instanceof BackupError ? err.message : 'Tệp không phải bản sao lưu của congdoan');
        }
        throw err;
      }
    },
  );

  return app;
}
