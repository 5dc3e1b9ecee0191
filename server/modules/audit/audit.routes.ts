import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam, pageQuery } from '../../../shared/contracts/common.contract.ts';
import { listAudit } from './audit.service.ts';
import { auditPage } from '../../../shared/contracts/audit.contract.ts';

export function auditRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/audit', tags: ['audit'],
      request: { params: z.object({ orgId: idParam }), query: pageQuery },
      responses: { 200: jsonOk(auditPage), ...errorResponses } }),
    async (c) => c.json(await listAudit(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  );
  return app;
}
