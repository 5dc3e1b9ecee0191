import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonOk, requireCaller } from '../../core/http.ts';
import { today } from '../../core/clock.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { subordinatesQuery, subordinatesView } from '../../../shared/contracts/federation.contract.ts';
import { getSubordinates } from './federation.service.ts';

const tags = ['federation'];

export function federationRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get', path: '/orgs/{orgId}/subordinates', tags,
      summary: 'Các công đoàn trực thuộc (mọi cấp) vào một ngày: số đoàn viên, nữ, tình trạng báo cáo năm',
      request: { params: z.object({ orgId: idParam }), query: subordinatesQuery },
      responses: { 200: jsonOk(subordinatesView), ...errorResponses },
    }),
    async (c) => {
      const { date = today(), year } = c.req.valid('query');
      return c.json(await getSubordinates(c.get('db'), requireCaller(c), c.req.valid('param').orgId, date, year ?? Number(date.slice(0, 4))), 200);
    },
  );

  return app;
}
