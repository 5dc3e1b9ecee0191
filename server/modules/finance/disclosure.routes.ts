import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { disclosureQuery, disclosureView } from '../../../shared/contracts/finance.contract.ts';
import { disclosureDocx, disclosureWorkbook } from './disclosure.document.ts';
import { getDisclosure, getOwnDisclosure } from './disclosure.service.ts';

const tags = ['finance'];
const orgParams = z.object({ orgId: idParam });
const base = '/orgs/{orgId}/finance/disclosure';

export function disclosureRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: base, tags, description: 'Công khai tài chính của một kỳ (mọi đoàn viên xem được)',
      request: { params: orgParams, query: disclosureQuery }, responses: { 200: jsonOk(disclosureView), ...errorResponses } }),
    async (c) => c.json(await getDisclosure(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}.docx`, tags, request: { params: orgParams, query: disclosureQuery },
      responses: { 200: fileOk(DOCX_TYPE, 'Thông báo công khai tài chính (.docx)'), ...errorResponses } }),
    async (c) => {
      const d = await getDisclosure(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query'));
      return fileResponse(await disclosureDocx(c.get('db'), d), `cong-khai-tai-chinh-${d.from}-${d.to}.docx`, DOCX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}.xlsx`, tags, request: { params: orgParams, query: disclosureQuery },
      responses: { 200: fileOk(XLSX_TYPE, 'Bảng công khai tài chính (.xlsx)'), ...errorResponses } }),
    async (c) => {
      const d = await getDisclosure(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query'));
      return fileResponse(await disclosureWorkbook(d), `cong-khai-tai-chinh-${d.from}-${d.to}.xlsx`, XLSX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/me/disclosure', tags, description: 'Công khai tài chính của công đoàn mình (đoàn viên)',
      request: { query: disclosureQuery }, responses: { 200: jsonOk(disclosureView), ...errorResponses } }),
    async (c) => c.json(await getOwnDisclosure(c.get('db'), requireCaller(c), c.req.valid('query')), 200),
  );

  return app;
}
