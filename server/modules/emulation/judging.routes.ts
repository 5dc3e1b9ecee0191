import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { yearSchema } from '../../../shared/contracts/emulation.contract.ts';
import { cashInput, cashView, judgingQuery, yearJudging } from '../../../shared/contracts/judging.contract.ts';
import { editCash, judgeYear } from './judging.service.ts';
import type { CashTable } from './judging.repo.ts';

const tags = ['emulation'];
const base = '/orgs/{orgId}/emulation';

export function judgingRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{year}/judging`, tags,
      description: 'Xét duyệt: từng ứng viên, từng danh hiệu, từng điều kiện (đạt / không đạt / chưa rõ) và giới hạn tỷ lệ, theo quy định có hiệu lực',
      request: { params: z.object({ orgId: idParam, year: yearSchema }), query: judgingQuery },
      responses: { 200: jsonOk(yearJudging), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await judgeYear(c.get('db'), requireCaller(c), orgId, year, c.req.valid('query')), 200);
    },
  );

  const cash: [string, string, CashTable][] = [
    ['results', 'resultId', 'emulation_results'],
    ['commendations', 'commendationId', 'commendations'],
  ];
  for (const [path, param, table] of cash) {
    app.openapi(
      createRoute({ method: 'put', path: `${base}/${path}/{${param}}/cash`, tags, description: 'Sửa số tiền thưởng, kèm lý do (chủ tịch công đoàn)',
        request: { params: z.object({ orgId: idParam, [param]: idParam }), body: jsonBody(cashInput) },
        responses: { 200: jsonOk(cashView), ...errorResponses } }),
      async (c) => {
        const params = c.req.valid('param') as { orgId: number } & Record<string, number>;
        return c.json(await editCash(c.get('db'), requireCaller(c), params.orgId, table, params[param], c.req.valid('json')), 200);
      },
    );
  }

  return app;
}
