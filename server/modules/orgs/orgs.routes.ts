import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { today } from '../../core/clock.ts';
import { idParam, isoDate } from '../../../shared/contracts/common.contract.ts';
import {
  createOrgRequest, orgChangeRequest, orgEndRequest, orgHistoryEntry, orgKindView, orgProfileRequest, orgTreeNode, orgView,
} from '../../../shared/contracts/orgs.contract.ts';
import { categoryOption } from '../../../shared/contracts/members.contract.ts';
import {
  changeOrg, createOrg, endOrg, getCategories, getGroups, getOrg, getOrgHistory, getOrgTree, listKinds, updateOrgProfile,
} from './orgs.service.ts';

const orgParams = z.object({ orgId: idParam });
const dateQuery = z.object({ date: isoDate.optional() });
const tags = ['orgs'];

export function orgsRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/tree', tags, request: { query: dateQuery },
      responses: { 200: jsonOk(z.array(orgTreeNode)), ...errorResponses } }),
    async (c) => c.json(await getOrgTree(c.get('db'), requireCaller(c), c.req.valid('query').date ?? today()), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/org-kinds', tags, responses: { 200: jsonOk(z.array(orgKindView)), ...errorResponses } }),
    async (c) => {
      requireCaller(c);
      return c.json(await listKinds(c.get('db')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs', tags, request: { body: jsonBody(createOrgRequest) },
      responses: { 200: jsonOk(orgView), ...errorResponses } }),
    async (c) => c.json(await createOrg(c.get('db'), requireCaller(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}', tags, request: { params: orgParams, query: dateQuery },
      responses: { 200: jsonOk(orgView), ...errorResponses } }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      return c.json(await getOrg(c.get('db'), requireCaller(c), orgId, c.req.valid('query').date ?? today()), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/history', tags, request: { params: orgParams },
      responses: { 200: jsonOk(z.array(orgHistoryEntry)), ...errorResponses } }),
    async (c) => c.json(await getOrgHistory(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/changes', tags, request: { params: orgParams, body: jsonBody(orgChangeRequest) },
      responses: { 200: jsonOk(z.array(orgHistoryEntry)), ...errorResponses } }),
    async (c) => c.json(await changeOrg(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/orgs/{orgId}/profile', tags, request: { params: orgParams, body: jsonBody(orgProfileRequest) },
      responses: { 200: jsonOk(orgView), ...errorResponses } }),
    async (c) => c.json(await updateOrgProfile(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/end', tags, request: { params: orgParams, body: jsonBody(orgEndRequest) },
      responses: { 200: jsonOk(orgView), ...errorResponses } }),
    async (c) => c.json(await endOrg(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/groups', tags, request: { params: orgParams },
      responses: { 200: jsonOk(z.array(z.object({ id: z.number(), name: z.string() }))), ...errorResponses } }),
    async (c) => c.json(await getGroups(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/categories', tags, request: { params: orgParams },
      responses: { 200: jsonOk(z.array(categoryOption)), ...errorResponses } }),
    async (c) => c.json(await getCategories(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  return app;
}
