import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  bloodDonationInput, bloodDonationView, bloodDonationYearView, priorCountInput, welfareYear,
} from '../../../shared/contracts/welfare.contract.ts';
import { listBloodDonations, recordBloodDonation, removeBloodDonation, setPriorBloodCount } from './blood-donations.service.ts';

const tags = ['welfare'];
const base = '/orgs/{orgId}/blood-donations';
const orgParams = z.object({ orgId: idParam });

export function bloodDonationRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: base, tags, description: 'Hiến máu trong năm, với số lần cộng dồn của từng đoàn viên',
      request: { params: orgParams, query: z.object({ year: welfareYear }) }, responses: { 200: jsonOk(bloodDonationYearView), ...errorResponses } }),
    async (c) => c.json(await listBloodDonations(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: base, tags, description: 'Ghi một lần hiến máu',
      request: { params: orgParams, body: jsonBody(bloodDonationInput) },
      responses: { 200: jsonOk(bloodDonationView), 409: { description: 'Đã ghi lần hiến ngày này' }, ...errorResponses } }),
    async (c) => c.json(await recordBloodDonation(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{donationId}`, tags, description: 'Xóa một lần hiến máu ghi nhầm',
      request: { params: orgParams.extend({ donationId: idParam }) }, responses: { 200: jsonOk(z.object({ ok: z.boolean() })), ...errorResponses } }),
    async (c) => {
      const { orgId, donationId } = c.req.valid('param');
      await removeBloodDonation(c.get('db'), requireCaller(c), orgId, donationId);
      return c.json({ ok: true }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/prior-counts/{memberId}`, tags, description: 'Số lần đã hiến trước khi bắt đầu ghi sổ',
      request: { params: orgParams.extend({ memberId: idParam }), body: jsonBody(priorCountInput) },
      responses: { 200: jsonOk(z.object({ memberId: z.number(), count: z.number(), countedBefore: z.string(), note: z.string().nullable() })), ...errorResponses } }),
    async (c) => {
      const { orgId, memberId } = c.req.valid('param');
      return c.json(await setPriorBloodCount(c.get('db'), requireCaller(c), orgId, memberId, c.req.valid('json')), 200);
    },
  );

  return app;
}
