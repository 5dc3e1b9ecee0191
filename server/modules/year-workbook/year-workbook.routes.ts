import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, fileOk, fileResponse, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { yearImportResult, yearWorkbookYear } from '../../../shared/contracts/year-workbook.contract.ts';
import { exportYearWorkbook, importYearWorkbook } from './year-workbook.service.ts';

const tags = ['Sổ năm'];
const params = z.object({ orgId: idParam, year: yearWorkbookYear });

export function yearWorkbookRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/years/{year}/workbook', tags, request: { params },
      responses: { 200: fileOk(XLSX_TYPE, 'Sổ năm (.xlsx): mọi hồ sơ của năm, mỗi loại một trang'), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      const { xlsx, fileName } = await exportYearWorkbook(c.get('db'), requireCaller(c), orgId, year);
      return fileResponse(xlsx, fileName, XLSX_TYPE);
    },
  );

  // The path ends in /import: the upload body limit of the imports applies.
  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/years/{year}/workbook/import', tags,
      request: {
        params,
        query: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        body: { content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } }, required: true },
      },
      responses: { 200: jsonOk(yearImportResult), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      const file = await c.req.arrayBuffer();
      const dryRun = c.req.valid('query').dryRun === 'true';
      return c.json(await importYearWorkbook(c.get('db'), requireCaller(c), orgId, year, file, { dryRun }), 200);
    },
  );

  return app;
}
