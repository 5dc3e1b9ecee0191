import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  importTargetsInput, planView, planYear, readingInput, reorderInput, targetInput, targetView,
} from '../../../shared/contracts/plans.contract.ts';
import { addReading, createTarget, editTarget, getPlan, importMovementTargets, removeReading, removeTarget, reorderTargets } from './plans.service.ts';

const tags = ['plans'];
const base = '/orgs/{orgId}/plans/{year}/targets';
const planParams = z.object({ orgId: idParam, year: planYear });
const targetParams = planParams.extend({ targetId: idParam });
const readingParams = targetParams.extend({ readingId: idParam });

export function planRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: base, tags,
      description: 'Kế hoạch năm: các chỉ tiêu với kết quả thực hiện tính trực tiếp từ dữ liệu, trạng thái (đạt, đúng tiến độ, có nguy cơ, không đạt, chưa có số liệu) và tiến độ theo tháng',
      request: { params: planParams }, responses: { 200: jsonOk(planView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await getPlan(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: base, tags, description: 'Thêm một chỉ tiêu vào kế hoạch năm',
      request: { params: planParams, body: jsonBody(targetInput) }, responses: { 200: jsonOk(targetView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await createTarget(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/import`, tags,
      description: 'Lấy các chỉ tiêu của một phong trào thi đua làm chỉ tiêu của kế hoạch (nhập tay; chọn cách đo sau)',
      request: { params: planParams, body: jsonBody(importTargetsInput) }, responses: { 200: jsonOk(planView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await importMovementTargets(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json').movementId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/order`, tags, description: 'Sắp xếp lại thứ tự các chỉ tiêu của năm',
      request: { params: planParams, body: jsonBody(reorderInput) }, responses: { 200: jsonOk(planView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await reorderTargets(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json').targetIds), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/{targetId}`, tags, description: 'Sửa một chỉ tiêu (nội dung, cách đo, giá trị chỉ tiêu)',
      request: { params: targetParams, body: jsonBody(targetInput) }, responses: { 200: jsonOk(targetView), ...errorResponses } }),
    async (c) => {
      const { orgId, year, targetId } = c.req.valid('param');
      return c.json(await editTarget(c.get('db'), requireCaller(c), orgId, year, targetId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{targetId}`, tags, description: 'Xóa một chỉ tiêu ghi nhầm (cùng các kết quả nhập tay của nó)',
      request: { params: targetParams }, responses: { 200: jsonOk(z.object({ ok: z.boolean() })), ...errorResponses } }),
    async (c) => {
      const { orgId, year, targetId } = c.req.valid('param');
      await removeTarget(c.get('db'), requireCaller(c), orgId, year, targetId);
      return c.json({ ok: true }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/{targetId}/readings`, tags, description: 'Ghi kết quả thực hiện một chỉ tiêu nhập tay, kèm minh chứng',
      request: { params: targetParams, body: jsonBody(readingInput) }, responses: { 200: jsonOk(targetView), ...errorResponses } }),
    async (c) => {
      const { orgId, year, targetId } = c.req.valid('param');
      return c.json(await addReading(c.get('db'), requireCaller(c), orgId, year, targetId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{targetId}/readings/{readingId}`, tags, description: 'Xóa một kết quả nhập tay ghi nhầm',
      request: { params: readingParams }, responses: { 200: jsonOk(targetView), ...errorResponses } }),
    async (c) => {
      const { orgId, year, targetId, readingId } = c.req.valid('param');
      return c.json(await removeReading(c.get('db'), requireCaller(c), orgId, year, targetId, readingId), 200);
    },
  );

  return app;
}
