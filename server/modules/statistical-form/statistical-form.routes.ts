import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, fileOk, fileResponse, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { statisticalFormQuery, statisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import { exportStatisticalForm, getStatisticalForm } from './statistical-form.service.ts';

const tags = ['Báo cáo thống kê'];
const params = z.object({ orgId: idParam });
// Both routes only read: they go to `readDb`, a streaming replica when DATABASE_READ_URL is set, which may lag the
// primary by its replay delay (the form shows the figures as of the replica; docs/scaling.md).

export function statisticalFormRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/statistical-form', tags,
      description: 'Báo cáo thống kê tại ngày 31/5 hoặc 30/11: Mẫu 1-HĐCĐ của công đoàn cơ sở (từng dòng với số liệu và nguồn của số liệu), '
        + 'Mẫu 2-HĐCĐ của công đoàn cấp trên (các dòng của Mẫu 1 cộng từ mọi công đoàn cơ sở trực thuộc vào ngày đó, với số đơn vị có số liệu)',
      request: { params, query: statisticalFormQuery }, responses: { 200: jsonOk(statisticalFormView), ...errorResponses } }),
    async (c) => c.json(await getStatisticalForm(c.get('readDb'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/statistical-form.xlsx', tags, request: { params, query: statisticalFormQuery },
      responses: { 200: fileOk(XLSX_TYPE, 'Mẫu 1-HĐCĐ hoặc Mẫu 2-HĐCĐ (.xlsx), với trang «Nguồn số liệu» và ghi chú nguồn trên từng ô số liệu; Mẫu 2 thêm trang «Từng công đoàn cơ sở»'), ...errorResponses } }),
    async (c) => {
      const { xlsx, fileName } = await exportStatisticalForm(c.get('readDb'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date);
      return fileResponse(xlsx, fileName, XLSX_TYPE);
    },
  );

  return app;
}
