import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller, XLSX_TYPE } from '../../core/http.ts';
import { idParam, isoDate } from '../../../shared/contracts/common.contract.ts';
import {
  childrenTurningView, eligibleChildrenView, memberWelfareView, notVisitedView, welfareEventInput, welfareEventView, welfareSettings,
  welfareImportResult, welfareSettingsInput, welfareYear, welfareYearView,
} from '../../../shared/contracts/welfare.contract.ts';
import {
  createWelfareEvent, getMemberWelfare, getOwnWelfare, getWelfareSettings, listChildrenTurning, listEligibleChildren, listNotVisited,
  listWelfareYear, setWelfareSettings,
} from './welfare.service.ts';
import { importWelfare } from './welfare-import.ts';

const tags = ['welfare'];
const base = '/orgs/{orgId}/welfare';
const orgParams = z.object({ orgId: idParam });
const yearQuery = z.object({ year: welfareYear });

export function welfareRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/settings`, tags, description: 'Tuổi tối đa của con đoàn viên được nhận quà 1/6, Trung thu, thưởng học tập',
      request: { params: orgParams }, responses: { 200: jsonOk(welfareSettings), ...errorResponses } }),
    async (c) => c.json(await getWelfareSettings(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/settings`, tags, request: { params: orgParams, body: jsonBody(welfareSettingsInput) },
      responses: { 200: jsonOk(welfareSettings), ...errorResponses } }),
    async (c) => c.json(await setWelfareSettings(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/events`, tags, description: 'Các đợt chăm lo trong năm, với số phiếu chi',
      request: { params: orgParams, query: yearQuery }, responses: { 200: jsonOk(welfareYearView), ...errorResponses } }),
    async (c) => c.json(await listWelfareYear(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/events`, tags,
      description: 'Ghi một đợt chăm lo và lập phiếu chi của nó trong cùng một giao dịch (thủ quỹ, chủ tịch công đoàn)',
      request: { params: orgParams, body: jsonBody(welfareEventInput) }, responses: { 200: jsonOk(welfareEventView), ...errorResponses } }),
    async (c) => c.json(await createWelfareEvent(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/events/import`, tags,
      description: 'Nhập các đợt chăm lo từ Excel (mỗi dòng một người nhận): kiểm tra trước, mọi dòng đúng mới ghi cùng phiếu chi; dryRun=true chỉ kiểm tra',
      request: {
        params: orgParams,
        query: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        body: { content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } }, required: true },
      },
      responses: { 200: jsonOk(welfareImportResult), ...errorResponses } }),
    async (c) => c.json(await importWelfare(c.get('db'), requireCaller(c), c.req.valid('param').orgId, await c.req.arrayBuffer(),
      { dryRun: c.req.valid('query').dryRun === 'true' }), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/members/{memberId}`, tags, description: 'Chăm lo và hiến máu của một đoàn viên',
      request: { params: orgParams.extend({ memberId: idParam }) }, responses: { 200: jsonOk(memberWelfareView), ...errorResponses } }),
    async (c) => {
      const { orgId, memberId } = c.req.valid('param');
      return c.json(await getMemberWelfare(c.get('db'), requireCaller(c), orgId, memberId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/me/welfare', tags, description: 'Chăm lo và hiến máu của chính đoàn viên đăng nhập',
      responses: { 200: jsonOk(memberWelfareView), ...errorResponses } }),
    async (c) => c.json(await getOwnWelfare(c.get('db'), requireCaller(c)), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/not-visited`, tags,
      description: 'Đoàn viên sinh hoạt trong năm chưa được thăm hỏi (ốm đau, hiếu, hoạn nạn) lần nào trong năm',
      request: { params: orgParams, query: yearQuery }, responses: { 200: jsonOk(notVisitedView), ...errorResponses } }),
    async (c) => c.json(await listNotVisited(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/children-turning`, tags, description: 'Con đoàn viên tròn tuổi này trong năm (mặc định: 16 tuổi)',
      request: { params: orgParams, query: yearQuery.extend({ age: z.coerce.number().int().min(0).max(30).optional() }) },
      responses: { 200: jsonOk(childrenTurningView), ...errorResponses } }),
    async (c) => {
      const { year, age } = c.req.valid('query');
      return c.json(await listChildrenTurning(c.get('db'), requireCaller(c), c.req.valid('param').orgId, year, age), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/eligible-children`, tags, description: 'Con đoàn viên với tuổi vào ngày chi, để chọn người nhận quà',
      request: { params: orgParams, query: z.object({ date: isoDate }) }, responses: { 200: jsonOk(eligibleChildrenView), ...errorResponses } }),
    async (c) => c.json(await listEligibleChildren(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date), 200),
  );

  return app;
}
