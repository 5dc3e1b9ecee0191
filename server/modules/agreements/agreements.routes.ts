import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  agreementInput, agreementsPageView, agreementsQuery, agreementView, bargainingRoundInput, bargainingRoundView,
} from '../../../shared/contracts/agreements.contract.ts';
import { agreementDocx } from './agreement.document.ts';
import {
  createAgreement, createRound, editAgreement, editRound, getAgreement, getAgreements, removeAgreement, removeRound,
} from './agreements.service.ts';

const tags = ['agreements'];
const orgParams = z.object({ orgId: idParam });
const agreementParams = orgParams.extend({ agreementId: idParam });
const roundParams = orgParams.extend({ roundId: idParam });
const ok = jsonOk(z.object({ ok: z.boolean() }));

export function agreementRoutes() {
  const app = createRouter();
  const base = '/orgs/{orgId}/agreements';
  const rounds = '/orgs/{orgId}/bargaining-rounds';

  app.openapi(
    createRoute({ method: 'get', path: base, tags,
      description: 'Thỏa ước lao động tập thể (cùng các kiểm tra theo Bộ luật Lao động và lương tối thiểu vùng) và các phiên thương lượng tập thể',
      request: { params: orgParams, query: agreementsQuery }, responses: { 200: jsonOk(agreementsPageView), ...errorResponses } }),
    async (c) => c.json(await getAgreements(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: base, tags, description: 'Ghi thỏa ước lao động tập thể và các điều khoản',
      request: { params: orgParams, body: jsonBody(agreementInput) }, responses: { 200: jsonOk(agreementView), ...errorResponses } }),
    async (c) => c.json(await createAgreement(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/{agreementId}`, tags, description: 'Một thỏa ước lao động tập thể',
      request: { params: agreementParams, query: agreementsQuery }, responses: { 200: jsonOk(agreementView), ...errorResponses } }),
    async (c) => {
      const { orgId, agreementId } = c.req.valid('param');
      return c.json(await getAgreement(c.get('db'), requireCaller(c), orgId, agreementId, c.req.valid('query').date), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'put', path: `${base}/{agreementId}`, tags, description: 'Sửa thỏa ước lao động tập thể (các điều khoản thay cả)',
      request: { params: agreementParams, body: jsonBody(agreementInput) }, responses: { 200: jsonOk(agreementView), ...errorResponses } }),
    async (c) => {
      const { orgId, agreementId } = c.req.valid('param');
      return c.json(await editAgreement(c.get('db'), requireCaller(c), orgId, agreementId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{agreementId}`, tags, description: 'Xóa thỏa ước ghi nhầm',
      request: { params: agreementParams }, responses: { 200: ok, ...errorResponses } }),
    async (c) => {
      const { orgId, agreementId } = c.req.valid('param');
      await removeAgreement(c.get('db'), requireCaller(c), orgId, agreementId);
      return c.json({ ok: true }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/{agreementId}/docx`, tags, description: 'In thỏa ước lao động tập thể',
      request: { params: agreementParams }, responses: { 200: fileOk(DOCX_TYPE, 'Thỏa ước lao động tập thể (.docx)'), ...errorResponses } }),
    async (c) => {
      const { orgId, agreementId } = c.req.valid('param');
      const agreement = await getAgreement(c.get('db'), requireCaller(c), orgId, agreementId);
      return fileResponse(await agreementDocx(c.get('db'), orgId, agreement), `thoa-uoc-${agreement.signedOn}.docx`, DOCX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: rounds, tags, description: 'Ghi phiên thương lượng tập thể',
      request: { params: orgParams, body: jsonBody(bargainingRoundInput) }, responses: { 200: jsonOk(bargainingRoundView), ...errorResponses } }),
    async (c) => c.json(await createRound(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: `${rounds}/{roundId}`, tags, description: 'Sửa phiên thương lượng tập thể',
      request: { params: roundParams, body: jsonBody(bargainingRoundInput) }, responses: { 200: jsonOk(bargainingRoundView), ...errorResponses } }),
    async (c) => {
      const { orgId, roundId } = c.req.valid('param');
      return c.json(await editRound(c.get('db'), requireCaller(c), orgId, roundId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${rounds}/{roundId}`, tags, description: 'Xóa phiên thương lượng ghi nhầm',
      request: { params: roundParams }, responses: { 200: ok, ...errorResponses } }),
    async (c) => {
      const { orgId, roundId } = c.req.valid('param');
      await removeRound(c.get('db'), requireCaller(c), orgId, roundId);
      return c.json({ ok: true }, 200);
    },
  );
  return app;
}
