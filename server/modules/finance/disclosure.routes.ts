import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonBody, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { disclosureMadeInput, disclosureMadeView, disclosureQuery, disclosureView } from '../../../shared/contracts/finance.contract.ts';
import { duesYear } from '../../../shared/contracts/dues.contract.ts';
import { disclosureDocx, disclosureWorkbook } from './disclosure.document.ts';
import {
  getDisclosure, getOwnDisclosure, listDisclosuresMade, recordDisclosureMade, removeDisclosureMade,
} from './disclosure.service.ts';

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

  const made = '/orgs/{orgId}/finance/disclosures';
  app.openapi(
    createRoute({ method: 'get', path: made, tags, description: 'Các lần đã công khai tài chính trong năm',
      request: { params: orgParams, query: z.object({ year: duesYear }) }, responses: { 200: jsonOk(z.object({ items: z.array(disclosureMadeView) })), ...errorResponses } }),
    async (c) => c.json(await listDisclosuresMade(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: made, tags, description: 'Ghi nhận đã công khai tài chính một kỳ (ngày, hình thức)',
      request: { params: orgParams, body: jsonBody(disclosureMadeInput) }, responses: { 200: jsonOk(z.object({ id: z.number() })), ...errorResponses } }),
    async (c) => c.json(await recordDisclosureMade(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${made}/{disclosureId}`, tags, description: 'Xóa một lần công khai ghi nhầm',
      request: { params: z.object({ orgId: idParam, disclosureId: idParam }) }, responses: { 200: jsonOk(z.object({ id: z.number() })), ...errorResponses } }),
    async (c) => {
      const { orgId, disclosureId } = c.req.valid('param');
      return c.json(await removeDisclosureMade(c.get('db'), requireCaller(c), orgId, disclosureId), 200);
    },
  );

  return app;
}
