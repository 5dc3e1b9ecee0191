import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonBody as json, jsonOk as ok, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  accountListQuery, accountView, accountWithTicket, activateInput, activationSheetInput, bulkMemberAccountsInput,
  bulkMemberAccountsResult, createAccountInput, linkMemberInput, orgRoleHolder, resetInput, roleGrantInput, updateAccountInput,
} from '../../../shared/contracts/users.contract.ts';
import { activateAccount, createMemberAccounts, memberAccountsSheet } from './activation.service.ts';
import { grantRole, listOrgRoles, revokeRole } from './roles.service.ts';
import { createAccount, linkMember, listAccounts, renameAccount, resetAccount, setAccountActive } from './users.service.ts';

const tags = ['accounts'];
const userParams = z.object({ userId: idParam });
const orgParams = z.object({ orgId: idParam });
const conflict = { 409: { description: 'Trùng dữ liệu' } } as const;

export function usersRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/users', tags, request: { query: accountListQuery },
      responses: { 200: ok(z.array(accountView)), ...errorResponses } }),
    async (c) => c.json(await listAccounts(c.get('db'), requireCaller(c), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/users', tags, request: { body: json(createAccountInput) },
      responses: { 200: ok(accountWithTicket), ...errorResponses, ...conflict } }),
    async (c) => c.json(await createAccount(c.get('db'), requireCaller(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/users/{userId}', tags, request: { params: userParams, body: json(updateAccountInput) },
      responses: { 200: ok(accountView), ...errorResponses } }),
    async (c) => c.json(await renameAccount(c.get('db'), requireCaller(c), c.req.valid('param').userId, c.req.valid('json').fullName), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/users/{userId}/reset', tags, request: { params: userParams, body: json(resetInput) },
      responses: { 200: ok(accountWithTicket), ...errorResponses } }),
    async (c) => c.json(await resetAccount(c.get('db'), requireCaller(c), c.req.valid('param').userId, c.req.valid('json').credential), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/users/{userId}/deactivate', tags, request: { params: userParams },
      responses: { 200: ok(accountView), ...errorResponses } }),
    async (c) => c.json(await setAccountActive(c.get('db'), requireCaller(c), c.req.valid('param').userId, false), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/users/{userId}/reactivate', tags, request: { params: userParams },
      responses: { 200: ok(accountView), ...errorResponses } }),
    async (c) => c.json(await setAccountActive(c.get('db'), requireCaller(c), c.req.valid('param').userId, true), 200),
  );

  app.openapi(
    createRoute({ method: 'put', path: '/users/{userId}/member', tags, request: { params: userParams, body: json(linkMemberInput) },
      responses: { 200: ok(accountView), ...errorResponses, ...conflict } }),
    async (c) => c.json(await linkMember(c.get('db'), requireCaller(c), c.req.valid('param').userId, c.req.valid('json').memberId), 200),
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/users/{userId}/member', tags, request: { params: userParams },
      responses: { 200: ok(accountView), ...errorResponses } }),
    async (c) => c.json(await linkMember(c.get('db'), requireCaller(c), c.req.valid('param').userId, null), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/users/{userId}/roles', tags, request: { params: userParams, body: json(roleGrantInput) },
      responses: { 200: ok(accountView), ...errorResponses, ...conflict } }),
    async (c) => c.json(await grantRole(c.get('db'), requireCaller(c), c.req.valid('param').userId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/users/{userId}/roles/{roleId}', tags,
      request: { params: z.object({ userId: idParam, roleId: idParam }) },
      responses: { 200: ok(accountView), ...errorResponses } }),
    async (c) => c.json(await revokeRole(c.get('db'), requireCaller(c), c.req.valid('param').userId, c.req.valid('param').roleId), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/roles', tags, request: { params: orgParams },
      responses: { 200: ok(z.array(orgRoleHolder)), ...errorResponses } }),
    async (c) => c.json(await listOrgRoles(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/member-accounts', tags,
      request: { params: orgParams, body: json(bulkMemberAccountsInput) },
      responses: { 200: ok(bulkMemberAccountsResult), ...errorResponses } }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await createMemberAccounts(c.get('db'), requireCaller(c), c.req.valid('param').orgId, body.memberIds, body.validDays), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/member-accounts/sheet.docx', tags,
      request: { params: orgParams, body: json(activationSheetInput) },
      responses: { 200: fileOk(DOCX_TYPE, 'Danh sách tài khoản và mã kích hoạt (.docx)'), ...errorResponses } }),
    async (c) => fileResponse(
      await memberAccountsSheet(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json').entries,
        `${new URL(c.req.url).origin}/activate`),
      'ma-kich-hoat-tai-khoan.docx', DOCX_TYPE),
  );

  // Public: the person types their username and one-time code and chooses a password.
  app.openapi(
    createRoute({ method: 'post', path: '/activate', tags, request: { body: json(activateInput) },
      responses: { 200: ok(z.object({ ok: z.boolean() })), ...errorResponses, 429: { description: 'Quá nhiều lần sai' } } }),
    async (c) => {
      await activateAccount(c.get('db'), c.req.valid('json'), c.get('clientAddress'));
      return c.json({ ok: true }, 200);
    },
  );

  return app;
}
