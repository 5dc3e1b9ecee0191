import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { today } from '../../core/clock.ts';
import { idParam, isoDate } from '../../../shared/contracts/common.contract.ts';
import { classificationForm, classificationScoresInput, thresholdsInput, thresholdsList } from '../../../shared/contracts/classification.contract.ts';
import { createdId, yearSchema } from '../../../shared/contracts/emulation.contract.ts';
import { getClassificationForm, listThresholds, saveClassificationScores, setThresholds } from './classification.service.ts';

const tags = ['emulation'];
const orgParams = z.object({ orgId: idParam });
const yearParams = z.object({ orgId: idParam, year: yearSchema });

export function classificationRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/emulation/{year}/classification/form', tags, request: { params: yearParams },
      description: 'Phiếu tự đánh giá, xếp loại CĐCS của năm: thang điểm, điểm đã chấm, minh chứng, tổng điểm, xếp loại',
      responses: { 200: jsonOk(classificationForm), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await getClassificationForm(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: '/orgs/{orgId}/emulation/{year}/classification/scores', tags,
      description: 'Chấm điểm tự đánh giá xếp loại CĐCS (ban chấp hành)',
      request: { params: yearParams, body: jsonBody(classificationScoresInput) }, responses: { 200: jsonOk(classificationForm), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await saveClassificationScores(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/classification-thresholds', tags,
      description: 'Ngưỡng điểm xếp loại CĐCS áp dụng cho các công đoàn trực thuộc',
      request: { params: orgParams, query: z.object({ date: isoDate.optional() }) }, responses: { 200: jsonOk(thresholdsList), ...errorResponses } }),
    async (c) => c.json(await listThresholds(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date ?? today()), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/classification-thresholds', tags,
      description: 'Đặt ngưỡng điểm xếp loại CĐCS cho các công đoàn trực thuộc (cán bộ công đoàn cấp trên)',
      request: { params: orgParams, body: jsonBody(thresholdsInput) },
      responses: { 200: jsonOk(createdId), 409: { description: 'Đã có ngưỡng từ ngày này' }, ...errorResponses } }),
    async (c) => c.json(await setThresholds(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  return app;
}
