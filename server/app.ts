import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { Db, Engine } from './db/client.ts';
import { inRequestOrder } from './db/request-order.ts';
import { AppError, errorBody, fromDatabaseError } from './core/errors.ts';
import type { AppEnv } from './core/http.ts';
import { textGuard } from './core/text-guard.ts';
import { clientAddress, originCheck, securityHeaders } from './core/security.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { assertPasswordChanged, findCallerBySession, SESSION_COOKIE } from './modules/accounts/sessions.ts';
import { usersRoutes } from './modules/accounts/users.routes.ts';
import { orgsRoutes } from './modules/orgs/orgs.routes.ts';
import { membersRoutes } from './modules/members/members.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { submissionsRoutes } from './modules/reports/submissions.routes.ts';
import { federationRoutes } from './modules/federation/federation.routes.ts';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { rulesRoutes } from './modules/rules/rules.routes.ts';
import { emulationModuleRoutes } from './modules/emulation/emulation-module.routes.ts';
import { financeModuleRoutes } from './modules/finance/finance-module.routes.ts';
import { attachmentRoutes } from './modules/attachments/attachments.routes.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { activitiesRoutes } from './modules/activities/activities.routes.ts';
import { planRoutes } from './modules/plans/plans.routes.ts';
import { yearWorkbookRoutes } from './modules/year-workbook/year-workbook.routes.ts';
import { workforceRoutes } from './modules/workforce/workforce.routes.ts';
import { safetyRoutes } from './modules/safety/safety.routes.ts';
import { recruitmentRoutes } from './modules/recruitment/recruitment.routes.ts';
import { agreementRoutes } from './modules/agreements/agreements.routes.ts';
import { dialogueRoutes } from './modules/dialogue/dialogue.routes.ts';
import { statisticalFormRoutes } from './modules/statistical-form/statistical-form.routes.ts';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
const MAX_JSON_BYTES = 1024 * 1024;
/** The one route taking a file as multipart (`POST /api/orgs/{id}/attachments`). */
const ATTACHMENT_UPLOAD = /^\/api\/orgs\/\d+\/attachments$/;
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

export interface AppOptions {
  /** Behind a TLS proxy (TRUST_PROXY=1): X-Forwarded-Proto and X-Forwarded-Host are believed. */
  trustProxy?: boolean;
  /** Where the roll-ups and exports read (`readDb` in the context): a streaming replica, or `db` itself. */
  readDb?: Db;
}

export function createApp(db: Db, engine: Engine, { trustProxy = process.env.TRUST_PROXY === '1', readDb = db }: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>();

  app.onError((err, c) => {
    if (err instanceof AppError) {
      return c.json(errorBody(err), err.status);
    }
    const dbError = fromDatabaseError(err);
    if (dbError) {
      return c.json(errorBody(dbError), dbError.status);
    }
    if (err instanceof HTTPException && err.status < 500) {
      const e = err.status === 413
        ? new AppError('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn')
        : new AppError('VALIDATION', 'Yêu cầu không hợp lệ (JSON sai định dạng?)');
      return c.json(errorBody(e), e.status);
    }
    console.error(err);
    return c.json(errorBody(new AppError('INTERNAL', 'Lỗi hệ thống, vui lòng thử lại')), 500);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json(errorBody(new AppError('NOT_FOUND', 'Không có địa chỉ API này')), 404)
      : c.text('Not found', 404),
  );

  app.use('/api/*', async (c, next) => {
    const limit = c.req.path === '/api/setup/restore' ? MAX_BACKUP_BYTES : c.req.path.endsWith('/import') ? MAX_UPLOAD_BYTES
      // an attachment of up to 10 MB and its multipart envelope; the file's own size is checked by the attachments module
      : ATTACHMENT_UPLOAD.test(c.req.path) ? MAX_UPLOAD_BYTES + 64 * 1024 : MAX_JSON_BYTES;
    return bodyLimit({
      maxSize: limit,
      onError: (cc) => cc.json(errorBody(new AppError('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn')), 413),
    })(c, next);
  });
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    const proxiedTls = trustProxy && c.req.header('x-forwarded-proto') === 'https';
    c.set('https', proxiedTls || c.req.url.startsWith('https:'));
    c.set('clientAddress', clientAddress(c, trustProxy));
    await next();
    if (proxiedTls) {
      c.header('Strict-Transport-Security', 'max-age=31536000');
    }
  });
  app.use('/api/*', originCheck(trustProxy));
  app.use('/api/*', (_c, next) => inRequestOrder(next));
  app.use('/api/*', textGuard());
  app.use('/api/*', async (c, next) => {
    c.set('db', db);
    c.set('readDb', readDb);
    const token = getCookie(c, SESSION_COOKIE);
    const caller = token ? await findCallerBySession(db, token) : null;
    c.set('caller', caller);
    assertPasswordChanged(caller, c.req.path);
    await next();
  });

  app.get('/api/health', (c) => c.json({ ok: true, engine }));
  app.route('/api', accountsRoutes());
  app.route('/api', usersRoutes());
  app.route('/api', orgsRoutes());
  app.route('/api', membersRoutes());
  app.route('/api', auditRoutes());
  app.route('/api', reportsRoutes());
  app.route('/api', submissionsRoutes());
  app.route('/api', federationRoutes());
  app.route('/api', adminRoutes());
  app.route('/api', rulesRoutes());
  app.route('/api', emulationModuleRoutes());
  app.route('/api', financeModuleRoutes());
  app.route('/api', attachmentRoutes());
  app.route('/api', documentRoutes());
  app.route('/api', activitiesRoutes());
  app.route('/api', planRoutes());
  app.route('/api', yearWorkbookRoutes());
  app.route('/api', workforceRoutes());
  app.route('/api', safetyRoutes());
  app.route('/api', recruitmentRoutes());
  app.route('/api', agreementRoutes());
  app.route('/api', dialogueRoutes());
  app.route('/api', statisticalFormRoutes());
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'congdoan API', version: '0.1.0', description: 'API quản lý công đoàn cơ sở' },
  });

  if (fs.existsSync(webDist)) {
    app.use('/assets/*', serveStatic({ root: webDist }));
    const index = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
    app.get('*', (c) => (c.req.path.startsWith('/api/') ? c.notFound() : c.html(index)));
  }
  return app;
}
