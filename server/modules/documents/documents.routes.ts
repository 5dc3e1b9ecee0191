import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  documentInput, documentListQuery, documentListView, documentSummaryView, documentView, documentYear, markDoneInput,
} from '../../../shared/contracts/documents.contract.ts';
import { createDocument, editDocument, getDocumentSummary, listDocuments, markDocumentDone, removeDocument } from './documents.service.ts';

const tags = ['documents'];
const base = '/orgs/{orgId}/documents';
const orgParams = z.object({ orgId: idParam });
const docParams = orgParams.extend({ documentId: idParam });

export function documentRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/summary`, tags,
      description: 'Theo dõi văn bản chỉ đạo: số văn bản trong năm, văn bản quá hạn, sắp đến hạn (7 ngày) và tỷ lệ thực hiện đúng hạn',
      request: { params: orgParams, query: z.object({ year: documentYear }) }, responses: { 200: jsonOk(documentSummaryView), ...errorResponses } }),
    async (c) => c.json(await getDocumentSummary(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: base, tags, description: 'Sổ văn bản chỉ đạo đến trong năm (theo ngày nhận)',
      request: { params: orgParams, query: documentListQuery }, responses: { 200: jsonOk(documentListView), ...errorResponses } }),
    async (c) => {
      const { year, status } = c.req.valid('query');
      return c.json(await listDocuments(c.get('db'), requireCaller(c), c.req.valid('param').orgId, year, status), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: base, tags, description: 'Ghi một văn bản chỉ đạo đến',
      request: { params: orgParams, body: jsonBody(documentInput) }, responses: { 200: jsonOk(documentView), ...errorResponses } }),
    async (c) => c.json(await createDocument(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/{documentId}`, tags, description: 'Sửa một văn bản chỉ đạo đến',
      request: { params: docParams, body: jsonBody(documentInput) }, responses: { 200: jsonOk(documentView), ...errorResponses } }),
    async (c) => {
      const { orgId, documentId } = c.req.valid('param');
      return c.json(await editDocument(c.get('db'), requireCaller(c), orgId, documentId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/{documentId}/done`, tags, description: 'Đánh dấu văn bản đã thực hiện xong',
      request: { params: docParams, body: jsonBody(markDoneInput) },
      responses: { 200: jsonOk(documentView), 409: { description: 'Văn bản đã hoàn thành' }, ...errorResponses } }),
    async (c) => {
      const { orgId, documentId } = c.req.valid('param');
      return c.json(await markDocumentDone(c.get('db'), requireCaller(c), orgId, documentId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{documentId}`, tags, description: 'Xóa một văn bản ghi nhầm (cùng tệp đính kèm của nó)',
      request: { params: docParams }, responses: { 200: jsonOk(z.object({ ok: z.boolean() })), ...errorResponses } }),
    async (c) => {
      const { orgId, documentId } = c.req.valid('param');
      await removeDocument(c.get('db'), requireCaller(c), orgId, documentId);
      return c.json({ ok: true }, 200);
    },
  );

  return app;
}
