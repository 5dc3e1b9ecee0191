import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonBody, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { today } from '../../core/clock.ts';
import { idParam, isoDate } from '../../../shared/contracts/common.contract.ts';
import {
  account, balanceView, cashBookView, entryAttachmentInput, entryInput, entryListQuery, entryView, fundInput, fundView, ledgerImportResult, reverseInput,
} from '../../../shared/contracts/finance.contract.ts';
import {
  attachToEntry, createFund, detachFromEntry, getBalances, getCashBook, getEntry, listEntries, listFunds, postEntry, reverseEntry,
} from './ledger.service.ts';
import { importLedger } from './ledger-import.ts';
import { cashBookXlsx } from './cash-book.workbook.ts';
import { voucherDocx } from './voucher.document.ts';

const tags = ['finance'];
const base = '/orgs/{orgId}/finance';
const orgParams = z.object({ orgId: idParam });
const entryParams = z.object({ orgId: idParam, entryId: idParam });
const cashBookQuery = z.object({ account: account.default('cash'), from: isoDate, to: isoDate });

export function ledgerRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/funds`, tags, request: { params: orgParams },
      responses: { 200: jsonOk(z.object({ items: z.array(fundView) })), ...errorResponses } }),
    async (c) => c.json(await listFunds(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/funds`, tags, description: 'Mở sổ một quỹ (thủ quỹ, chủ tịch công đoàn)',
      request: { params: orgParams, body: jsonBody(fundInput) },
      responses: { 200: jsonOk(z.object({ id: z.number() })), 409: { description: 'Mã quỹ đã có' }, ...errorResponses } }),
    async (c) => c.json(await createFund(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/entries`, tags, request: { params: orgParams, query: entryListQuery },
      responses: { 200: jsonOk(z.object({ items: z.array(entryView) })), ...errorResponses } }),
    async (c) => c.json(await listEntries(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/entries`, tags, description: 'Lập phiếu thu hoặc phiếu chi (thủ quỹ, chủ tịch công đoàn)',
      request: { params: orgParams, body: jsonBody(entryInput) }, responses: { 200: jsonOk(entryView), ...errorResponses } }),
    async (c) => c.json(await postEntry(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/entries/import`, tags,
      description: 'Nhập sổ quỹ từ tệp Excel (Ngày, Quỹ, Thu, Chi, Khoản mục, Nội dung …): mọi dòng đúng mới ghi sổ; dryRun=true chỉ kiểm tra',
      request: {
        params: orgParams,
        query: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        body: { content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } }, required: true },
      },
      responses: { 200: jsonOk(ledgerImportResult), ...errorResponses } }),
    async (c) => c.json(await importLedger(c.get('db'), requireCaller(c), c.req.valid('param').orgId, await c.req.arrayBuffer(),
      { dryRun: c.req.valid('query').dryRun === 'true' }), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/entries/{entryId}`, tags, request: { params: entryParams },
      responses: { 200: jsonOk(entryView), ...errorResponses } }),
    async (c) => {
      const { orgId, entryId } = c.req.valid('param');
      return c.json(await getEntry(c.get('db'), requireCaller(c), orgId, entryId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/entries/{entryId}/reverse`, tags, description: 'Điều chỉnh (ghi âm) một chứng từ đã ghi sổ',
      request: { params: entryParams, body: jsonBody(reverseInput) },
      responses: { 200: jsonOk(entryView), 409: { description: 'Đã điều chỉnh' }, ...errorResponses } }),
    async (c) => {
      const { orgId, entryId } = c.req.valid('param');
      return c.json(await reverseEntry(c.get('db'), requireCaller(c), orgId, entryId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/entries/{entryId}/voucher.docx`, tags, description: 'In phiếu thu / phiếu chi',
      request: { params: entryParams }, responses: { 200: fileOk(DOCX_TYPE, 'Phiếu thu / phiếu chi (.docx)'), ...errorResponses } }),
    async (c) => {
      const { orgId, entryId } = c.req.valid('param');
      const { docx, fileName } = await voucherDocx(c.get('db'), requireCaller(c), orgId, entryId);
      return fileResponse(docx, fileName, DOCX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/balances`, tags, request: { params: orgParams, query: z.object({ date: isoDate.optional() }) },
      responses: { 200: jsonOk(balanceView), ...errorResponses } }),
    async (c) => c.json(await getBalances(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date ?? today()), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/cash-book`, tags, description: 'Sổ quỹ tiền mặt / sổ tiền gửi ngân hàng',
      request: { params: orgParams, query: cashBookQuery },
      responses: { 200: jsonOk(cashBookView), ...errorResponses } }),
    async (c) => c.json(await getCashBook(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/cash-book.xlsx`, tags, description: 'Sổ quỹ tiền mặt / sổ tiền gửi của một kỳ (.xlsx)',
      request: { params: orgParams, query: cashBookQuery }, responses: { 200: fileOk(XLSX_TYPE, 'Sổ quỹ (.xlsx)'), ...errorResponses } }),
    async (c) => {
      const { xlsx, fileName } = await cashBookXlsx(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query'));
      return fileResponse(xlsx, fileName, XLSX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/entries/{entryId}/attachments`, tags, description: 'Kèm tệp chứng từ (đã tải lên) vào phiếu thu, phiếu chi',
      request: { params: entryParams, body: jsonBody(entryAttachmentInput) }, responses: { 200: jsonOk(entryView), ...errorResponses } }),
    async (c) => {
      const { orgId, entryId } = c.req.valid('param');
      return c.json(await attachToEntry(c.get('db'), requireCaller(c), orgId, entryId, c.req.valid('json').attachmentId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/entries/{entryId}/attachments/{attachmentId}`, tags, description: 'Bỏ tệp kèm nhầm khỏi chứng từ',
      request: { params: entryParams.extend({ attachmentId: idParam }) }, responses: { 200: jsonOk(entryView), ...errorResponses } }),
    async (c) => {
      const { orgId, entryId, attachmentId } = c.req.valid('param');
      return c.json(await detachFromEntry(c.get('db'), requireCaller(c), orgId, entryId, attachmentId), 200);
    },
  );

  return app;
}
