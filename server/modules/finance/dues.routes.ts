import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, fileOk, fileResponse, jsonBody, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  duesBaseInput, duesGrid, duesSetupView, duesYear, exemptionCorrection, exemptionInput, markPaidInput, markPaidResult, myDuesView, unionRateInput,
} from '../../../shared/contracts/dues.contract.ts';
import { duesGridXlsx } from './dues-grid.workbook.ts';
import { addExemption, correctExemption, getDuesGrid, getDuesSetup, getMyDues, markMonthPaid, removeExemption, setDuesBase, setUnionRate } from './dues.service.ts';

const tags = ['finance'];
const base = '/orgs/{orgId}/finance/dues';
const orgParams = z.object({ orgId: idParam });
const idResult = jsonOk(z.object({ id: z.number() }));

export function duesRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/setup`, tags, description: 'Mức lương đóng đoàn phí, miễn đóng, mức đóng của công đoàn',
      request: { params: orgParams }, responses: { 200: jsonOk(duesSetupView), ...errorResponses } }),
    async (c) => c.json(await getDuesSetup(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/bases`, tags, description: 'Tiền lương làm căn cứ đóng đoàn phí, hoặc mức ấn định, từ một tháng',
      request: { params: orgParams, body: jsonBody(duesBaseInput) }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => c.json(await setDuesBase(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/exemptions`, tags, description: 'Miễn đóng đoàn phí (hưởng trợ cấp BHXH, không có thu nhập)',
      request: { params: orgParams, body: jsonBody(exemptionInput) }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => c.json(await addExemption(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  const exemptionParams = z.object({ orgId: idParam, exemptionId: idParam });
  app.openapi(
    createRoute({ method: 'put', path: `${base}/exemptions/{exemptionId}`, tags, description: 'Kết thúc hoặc sửa một lần miễn đóng đoàn phí',
      request: { params: exemptionParams, body: jsonBody(exemptionCorrection) }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => {
      const { orgId, exemptionId } = c.req.valid('param');
      return c.json(await correctExemption(c.get('db'), requireCaller(c), orgId, exemptionId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/exemptions/{exemptionId}`, tags, description: 'Xóa một lần miễn đóng đoàn phí ghi nhầm',
      request: { params: exemptionParams }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => {
      const { orgId, exemptionId } = c.req.valid('param');
      return c.json(await removeExemption(c.get('db'), requireCaller(c), orgId, exemptionId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/union-rates`, tags, description: 'Mức đóng đoàn phí cao hơn do Ban Chấp hành công đoàn quyết định',
      request: { params: orgParams, body: jsonBody(unionRateInput) }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => c.json(await setUnionRate(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/payments`, tags,
      description: 'Đã thu đoàn phí một tháng: một phiếu thu cho mọi đoàn viên phải nộp mà chưa nộp (hoặc những người được chọn)',
      request: { params: orgParams, body: jsonBody(markPaidInput) }, responses: { 200: jsonOk(markPaidResult), ...errorResponses } }),
    async (c) => c.json(await markMonthPaid(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{year}`, tags, description: 'Bảng đoàn phí theo tháng và đoàn viên, người còn nợ, tỷ lệ thu',
      request: { params: z.object({ orgId: idParam, year: duesYear }) }, responses: { 200: jsonOk(duesGrid), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await getDuesGrid(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{year}/export.xlsx`, tags, description: 'Bảng đoàn phí của năm (.xlsx)',
      request: { params: z.object({ orgId: idParam, year: duesYear }) }, responses: { 200: fileOk(XLSX_TYPE, 'Bảng đoàn phí (.xlsx)'), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      const { xlsx, fileName } = await duesGridXlsx(c.get('db'), requireCaller(c), orgId, year);
      return fileResponse(xlsx, fileName, XLSX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/me/dues/{year}', tags, description: 'Đoàn phí của chính đoàn viên trong năm',
      request: { params: z.object({ year: duesYear }) }, responses: { 200: jsonOk(myDuesView), ...errorResponses } }),
    async (c) => c.json(await getMyDues(c.get('db'), requireCaller(c), c.req.valid('param').year), 200),
  );

  return app;
}
