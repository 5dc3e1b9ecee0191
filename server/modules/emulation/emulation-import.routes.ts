import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, fileOk, fileResponse, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { yearSchema } from '../../../shared/contracts/emulation.contract.ts';
import { emulationImportResult } from '../../../shared/contracts/emulation-import.contract.ts';
import { emulationTemplate, exportEmulationSummary, importEmulation } from './emulation.excel.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['emulation'];
const yearParams = z.object({ orgId: idParam, year: yearSchema });
const base = '/orgs/{orgId}/emulation/{year}';

export function emulationImportRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/template.xlsx`, tags, request: { params: yearParams },
      description: 'Tệp mẫu nhập đăng ký, xếp loại, kết quả thi đua của năm', responses: { 200: fileOk(XLSX, 'Tệp mẫu .xlsx'), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return fileResponse(await emulationTemplate(c.get('db'), requireCaller(c), orgId, year), `mau-thi-dua-${year}.xlsx`, XLSX);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/summary.xlsx`, tags, request: { params: yearParams },
      description: 'Bảng tổng hợp kết quả thi đua của năm (nhập lại được)', responses: { 200: fileOk(XLSX, 'Bảng tổng hợp .xlsx'), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return fileResponse(await exportEmulationSummary(c.get('db'), requireCaller(c), orgId, year), `tong-hop-thi-dua-${year}.xlsx`, XLSX);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/import`, tags,
      description: 'Nhập đăng ký, xếp loại, kết quả (đề nghị) từ tệp Excel: mọi dòng đúng mới ghi; dryRun=true chỉ kiểm tra',
      request: {
        params: yearParams,
        query: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        body: { content: { [XLSX]: { schema: z.string().meta({ format: 'binary' }) } }, required: true },
      },
      responses: { 200: jsonOk(emulationImportResult), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      const file = await c.req.arrayBuffer();
      return c.json(await importEmulation(c.get('db'), requireCaller(c), orgId, year, file, { dryRun: c.req.valid('query').dryRun === 'true' }), 200);
    },
  );

  return app;
}
