import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, fileOk, fileResponse, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { statisticalFormQuery, statisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import { exportStatisticalForm, getStatisticalForm } from './statistical-form.service.ts';

const tags = ['Báo cáo thống kê'];
const params = z.object({ orgId: idParam });

export function statisticalFormRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/statistical-form', tags,
      description: 'Mẫu 1-HĐCĐ của công đoàn cơ sở tại ngày 31/5 hoặc 30/11: từng dòng với số liệu và nguồn của số liệu',
      request: { params, query: statisticalFormQuery }, responses: { 200: jsonOk(statisticalFormView), ...errorResponses } }),
    async (c) => c.json(await getStatisticalForm(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/statistical-form.xlsx', tags, request: { params, query: statisticalFormQuery },
      responses: { 200: fileOk(XLSX_TYPE, 'Mẫu 1-HĐCĐ (.xlsx), với trang «Nguồn số liệu» và ghi chú nguồn trên từng ô số liệu'), ...errorResponses } }),
    async (c) => {
      const { xlsx, fileName } = await exportStatisticalForm(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date);
      return fileResponse(xlsx, fileName, XLSX_TYPE);
    },
  );

  return app;
}
