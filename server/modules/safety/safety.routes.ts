import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import type { AppEnv } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  labourDisputeInput, labourDisputeView, safetyInspectionInput, safetyInspectionView, safetyOfficerInput, safetyOfficerView, safetyYear,
  safetyYearView, workAccidentInput, workAccidentView,
} from '../../../shared/contracts/safety.contract.ts';
import {
  accidentRecord, createRecord, disputeRecord, editRecord, getSafetyYear, inspectionRecord, officerRecord, removeRecord,
} from './safety.service.ts';

const tags = ['safety'];
const orgParams = z.object({ orgId: idParam });
const recordParams = orgParams.extend({ recordId: idParam });

// Hono infers validated values from a route's literal schemas; over a generic schema it cannot, so the shared
// handlers read them through this narrow view (the values are validated all the same).
interface Validated<I> { param: { orgId: number; recordId: number }; json: I }
const validated = <I>(c: { req: { valid: unknown } }) =>
  (target: keyof Validated<I>) => (c.req.valid as (t: string) => unknown).call(c.req, target) as Validated<I>[typeof target];

/** POST, PUT and DELETE of one record kind under `path` (the four differ only in their schema and words). */
function recordRoutes<I extends z.ZodType, V extends z.ZodType>(
  app: OpenAPIHono<AppEnv>, path: string, input: I, view: V, kind: Parameters<typeof createRecord<z.output<I>, z.output<V>>>[0], noun: string,
) {
  app.openapi(
    createRoute({ method: 'post', path, tags, description: `Ghi ${noun}`,
      request: { params: orgParams, body: jsonBody(input) }, responses: { 200: jsonOk(view), ...errorResponses } }),
    async (c) => {
      const valid = validated<z.output<I>>(c);
      const { orgId } = valid('param') as Validated<unknown>['param'];
      return c.json(await createRecord(kind, c.get('db'), requireCaller(c), orgId, valid('json') as z.output<I>), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'put', path: `${path}/{recordId}`, tags, description: `Sửa ${noun}`,
      request: { params: recordParams, body: jsonBody(input) }, responses: { 200: jsonOk(view), ...errorResponses } }),
    async (c) => {
      const valid = validated<z.output<I>>(c);
      const { orgId, recordId } = valid('param') as Validated<unknown>['param'];
      return c.json(await editRecord(kind, c.get('db'), requireCaller(c), orgId, recordId, valid('json') as z.output<I>), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${path}/{recordId}`, tags, description: `Xóa ${noun} ghi nhầm`,
      request: { params: recordParams }, responses: { 200: jsonOk(z.object({ ok: z.boolean() })), ...errorResponses } }),
    async (c) => {
      const { orgId, recordId } = validated(c)('param') as Validated<unknown>['param'];
      await removeRecord(kind, c.get('db'), requireCaller(c), orgId, recordId);
      return c.json({ ok: true }, 200);
    },
  );
}

export function safetyRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/safety', tags,
      description: 'An toàn vệ sinh lao động và tranh chấp lao động của năm: mạng lưới an toàn vệ sinh viên, kiểm tra, tai nạn lao động (cùng tiền hỗ trợ), tranh chấp',
      request: { params: orgParams, query: z.object({ year: safetyYear }) }, responses: { 200: jsonOk(safetyYearView), ...errorResponses } }),
    async (c) => c.json(await getSafetyYear(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  recordRoutes(app, '/orgs/{orgId}/safety/officers', safetyOfficerInput, safetyOfficerView, officerRecord, 'an toàn vệ sinh viên');
  recordRoutes(app, '/orgs/{orgId}/safety/inspections', safetyInspectionInput, safetyInspectionView, inspectionRecord, 'đợt kiểm tra an toàn vệ sinh lao động');
  recordRoutes(app, '/orgs/{orgId}/safety/accidents', workAccidentInput, workAccidentView, accidentRecord, 'vụ tai nạn lao động');
  recordRoutes(app, '/orgs/{orgId}/disputes', labourDisputeInput, labourDisputeView, disputeRecord, 'vụ tranh chấp lao động');

  return app;
}
