import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { today } from '../../core/clock.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { subordinatesQuery, subordinatesView } from '../../../shared/contracts/federation.contract.ts';
import { getSubordinates } from './federation.service.ts';
import { exportRollupDocx, exportRollupXlsx } from './rollup-export.service.ts';

const tags = ['federation'];
// Roll-ups and their files only read: they go to `readDb` (a streaming replica when DATABASE_READ_URL is set).
// A replica lags the primary by its replay delay: the officer sees the roll-up as of the replica (docs/scaling.md).
// Each union's figures computed there are kept on the primary (`c.get('db')`), from where they replicate back.
const request = { params: z.object({ orgId: idParam }), query: subordinatesQuery };

export function federationRoutes() {
  const app = createRouter();
  /** The date (default today) and year (default the date's) of a roll-up request. */
  const when = (query: z.infer<typeof subordinatesQuery>) => {
    const date = query.date ?? today();
    return { date, year: query.year ?? Number(date.slice(0, 4)) };
  };

  app.openapi(
    createRoute({
      method: 'get', path: '/orgs/{orgId}/subordinates', tags,
      summary: 'Các công đoàn trực thuộc (mọi cấp) vào một ngày: số đoàn viên, số liệu chính của năm, tình trạng báo cáo năm; '
        + 'cộng theo từng cấp trên và loại hình (chỉ cán bộ công đoàn cấp trên)',
      request, responses: { 200: jsonOk(subordinatesView), ...errorResponses },
    }),
    async (c) => {
      const { date, year } = when(c.req.valid('query'));
      return c.json(await getSubordinates(c.get('readDb'), requireCaller(c), c.req.valid('param').orgId, date, year, c.get('db')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/orgs/{orgId}/rollup.xlsx', tags, request,
      responses: { 200: fileOk(XLSX_TYPE, 'Bảng tổng hợp (.xlsx): một dòng mỗi công đoàn cơ sở, cộng theo cấp trên, tổng cộng, theo loại hình'), ...errorResponses },
    }),
    async (c) => {
      const { date, year } = when(c.req.valid('query'));
      const { xlsx, fileName } = await exportRollupXlsx(c.get('readDb'), requireCaller(c), c.req.valid('param').orgId, date, year, c.get('db'));
      return fileResponse(xlsx, fileName, XLSX_TYPE);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/orgs/{orgId}/rollup.docx', tags, request,
      responses: { 200: fileOk(DOCX_TYPE, 'Báo cáo tổng hợp tình hình các công đoàn cơ sở trực thuộc (.docx, thể thức văn bản công đoàn)'), ...errorResponses },
    }),
    async (c) => {
      const { date, year } = when(c.req.valid('query'));
      const { docx, fileName } = await exportRollupDocx(c.get('readDb'), requireCaller(c), c.req.valid('param').orgId, date, year, c.get('db'));
      return fileResponse(docx, fileName, DOCX_TYPE);
    },
  );

  return app;
}
