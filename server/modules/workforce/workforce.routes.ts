import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  workforceImportResult, workforceInput, workforceListView, workforceView, workforceYear,
} from '../../../shared/contracts/workforce.contract.ts';
import { importWorkforce } from './workforce-import.ts';
import { createWorkforce, editWorkforce, listWorkforce, removeWorkforce } from './workforce.service.ts';

const tags = ['workforce'];
const base = '/orgs/{orgId}/workforce';
const orgParams = z.object({ orgId: idParam });
const figuresParams = orgParams.extend({ figuresId: idParam });

export function workforceRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: base, tags,
      description: 'Tình hình lao động, việc làm trong năm: số liệu theo ngày, với tỷ lệ đoàn viên trên lao động và các tỷ lệ nữ, thiếu việc làm, tham gia bảo hiểm',
      request: { params: orgParams, query: z.object({ year: workforceYear }) }, responses: { 200: jsonOk(workforceListView), ...errorResponses } }),
    async (c) => c.json(await listWorkforce(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: base, tags, description: 'Ghi số liệu lao động tại một ngày',
      request: { params: orgParams, body: jsonBody(workforceInput) }, responses: { 200: jsonOk(workforceView), ...errorResponses } }),
    async (c) => c.json(await createWorkforce(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/import`, tags,
      description: 'Nhập số liệu lao động từ tệp Excel của doanh nghiệp (mỗi dòng một ngày): mọi dòng đúng mới ghi; ngày đã có được thay; dryRun=true chỉ kiểm tra',
      request: {
        params: orgParams,
        query: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        body: { content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } }, required: true },
      },
      responses: { 200: jsonOk(workforceImportResult), ...errorResponses } }),
    async (c) => c.json(await importWorkforce(c.get('db'), requireCaller(c), c.req.valid('param').orgId, await c.req.arrayBuffer(),
      { dryRun: c.req.valid('query').dryRun === 'true' }), 200),
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/{figuresId}`, tags, description: 'Sửa số liệu lao động',
      request: { params: figuresParams, body: jsonBody(workforceInput) }, responses: { 200: jsonOk(workforceView), ...errorResponses } }),
    async (c) => {
      const { orgId, figuresId } = c.req.valid('param');
      return c.json(await editWorkforce(c.get('db'), requireCaller(c), orgId, figuresId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{figuresId}`, tags, description: 'Xóa số liệu lao động ghi nhầm',
      request: { params: figuresParams }, responses: { 200: jsonOk(z.object({ ok: z.boolean() })), ...errorResponses } }),
    async (c) => {
      const { orgId, figuresId } = c.req.valid('param');
      await removeWorkforce(c.get('db'), requireCaller(c), orgId, figuresId);
      return c.json({ ok: true }, 200);
    },
  );

  return app;
}
