import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sql } from 'kysely';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody as json, jsonOk as ok, requireCaller } from '../../core/http.ts';
import { AppError } from '../../core/errors.ts';
import { writeAudit } from '../../core/audit.ts';
import { loginRequest, meResponse, passwordChangeRequest, setupRequest } from '../../../shared/contracts/auth.contract.ts';
import { authenticate, changePassword, getMe, hasAnyUser, insertUser } from './accounts.service.ts';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from './sessions.ts';

const okFlag = z.object({ ok: z.boolean() });
// pg_advisory_xact_lock key of the first-run setup ('cdsetup' in ASCII, any constant would do).
const SETUP_LOCK = 0x63647365;

export function accountsRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'post', path: '/auth/login', tags: ['accounts'], request: { body: json(loginRequest) },
      responses: { 200: ok(meResponse), ...errorResponses, 429: { description: 'Quá nhiều lần sai' } } }),
    async (c) => {
      const db = c.get('db');
      const { username, password } = c.req.valid('json');
      const userId = await authenticate(db, username, password, c.get('clientAddress'));
      const { token, maxAge } = await db.transaction().execute(async (tx) => {
        const session = await createSession(tx, userId);
        await tx.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', userId).execute();
        await writeAudit(tx, { orgId: null, userId, action: 'login', entity: 'session', entityId: userId });
        return session;
      });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true, sameSite: 'Strict', path: '/', maxAge, secure: c.get('https'),
      });
      return c.json(await getMe(db, { userId, isAdmin: false, memberId: null }), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/auth/logout', tags: ['accounts'], responses: { 200: ok(okFlag) } }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) {
        await deleteSession(c.get('db'), token);
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/auth/me', tags: ['accounts'], responses: { 200: ok(meResponse), ...errorResponses } }),
    async (c) => c.json(await getMe(c.get('db'), requireCaller(c)), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/auth/password', tags: ['accounts'], request: { body: json(passwordChangeRequest) },
      responses: { 200: ok(okFlag), ...errorResponses } }),
    async (c) => {
      const caller = requireCaller(c);
      const body = c.req.valid('json');
      await changePassword(c.get('db'), caller, body.currentPassword, body.newPassword, c.get('clientAddress'));
      await deleteUserSessions(c.get('db'), caller.userId, getCookie(c, SESSION_COOKIE));
      return c.json({ ok: true }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/setup', tags: ['accounts'], responses: { 200: ok(z.object({ needed: z.boolean() })) } }),
    async (c) => c.json({ needed: !(await hasAnyUser(c.get('db'))) }, 200),
  );

  // One-time page: creates the first administrator only while the database has no user at all.
  app.openapi(
    createRoute({ method: 'post', path: '/setup', tags: ['accounts'], request: { body: json(setupRequest) },
      responses: { 200: ok(okFlag), ...errorResponses, 409: { description: 'Đã thiết lập' } } }),
    async (c) => {
      const db = c.get('db');
      const body = c.req.valid('json');
      await db.transaction().execute(async (tx) => {
        // One setup at a time, and the check inside the lock: twenty at once still make one administrator.
        await sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`.execute(tx);
        if (await hasAnyUser(tx)) {
          throw new AppError('CONFLICT', 'Hệ thống đã có tài khoản quản trị; hãy đăng nhập');
        }
        const userId = await insertUser(tx, { username: body.username, fullName: body.fullName, password: body.password, isAdmin: true });
        await writeAudit(tx, { orgId: null, userId, action: 'create', entity: 'user', entityId: userId, after: { username: body.username, isAdmin: true } });
      });
      return c.json({ ok: true }, 200);
    },
  );

  return app;
}
