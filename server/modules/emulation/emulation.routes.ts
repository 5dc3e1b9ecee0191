import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  classificationDecisionInput, classificationInput, collectiveAwardInput, collectiveRegistrationInput, commendationInput, createdId,
  decideInput, decisionInput, disciplineInput, emulationYear, initiativeInput, movementInput, ownEmulation, ratingInput,
  registrationInput, resultInput, yearSchema,
} from '../../../shared/contracts/emulation.contract.ts';
import {
  createCollectiveAward, createCollectiveRegistration, createCommendation, createDecision, createDiscipline, createInitiative,
  createMovement, createRegistration, createResult, decide, deleteRegistration, getOwnYear, getYear, recordDecidedClassification,
  recordRating, recordSelfClassification,
} from './emulation.service.ts';
import type { DecidableTable } from './emulation.repo.ts';

const tags = ['emulation'];
const orgParams = z.object({ orgId: idParam });
const yearParams = z.object({ orgId: idParam, year: yearSchema });
const base = '/orgs/{orgId}/emulation';

export function emulationRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{year}`, tags, request: { params: yearParams },
      description: 'Hồ sơ thi đua – khen thưởng của một năm', responses: { 200: jsonOk(emulationYear), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await getYear(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/me/emulation/{year}', tags, request: { params: z.object({ year: yearSchema }) },
      description: 'Đăng ký và danh hiệu của chính đoàn viên đăng nhập', responses: { 200: jsonOk(ownEmulation), ...errorResponses } }),
    async (c) => c.json(await getOwnYear(c.get('db'), requireCaller(c), c.req.valid('param').year), 200),
  );

  // Creating routes: one body schema, one service function each.
  const creates = [
    ['movements', movementInput, createMovement, 'Phát động phong trào thi đua'],
    ['registrations', registrationInput, createRegistration, 'Đăng ký thi đua cá nhân (đoàn viên tự đăng ký cho mình)'],
    ['collective-registrations', collectiveRegistrationInput, createCollectiveRegistration, 'Đăng ký thi đua tập thể'],
    ['decisions', decisionInput, createDecision, 'Ghi quyết định (chủ tịch công đoàn)'],
    ['ratings', ratingInput, recordRating, 'Ghi kết quả đánh giá, xếp loại cán bộ'],
    ['disciplines', disciplineInput, createDiscipline, 'Ghi kỷ luật'],
    ['initiatives', initiativeInput, createInitiative, 'Ghi sáng kiến, đề tài'],
    ['results', resultInput, createResult, 'Đề nghị (hoặc ghi quyết định) danh hiệu cá nhân'],
    ['commendations', commendationInput, createCommendation, 'Đề nghị (hoặc ghi quyết định) khen thưởng'],
    ['collective-awards', collectiveAwardInput, createCollectiveAward, 'Danh hiệu, giải thưởng tập thể'],
  ] as const;
  for (const [path, schema, handler, description] of creates) {
    app.openapi(
      createRoute({ method: 'post', path: `${base}/${path}`, tags, description, request: { params: orgParams, body: jsonBody(schema) },
        responses: { 200: jsonOk(createdId), 409: { description: 'Đã có trong hồ sơ' }, ...errorResponses } }),
      async (c) => {
        const run = handler as (db: never, caller: never, orgId: number, input: unknown) => Promise<{ id: number }>;
        return c.json(await run(c.get('db') as never, requireCaller(c) as never, c.req.valid('param').orgId, c.req.valid('json')), 200);
      },
    );
  }

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/registrations/{registrationId}`, tags,
      request: { params: orgParams.extend({ registrationId: idParam }) }, responses: { 200: jsonOk(createdId), ...errorResponses } }),
    async (c) => {
      const { orgId, registrationId } = c.req.valid('param');
      return c.json(await deleteRegistration(c.get('db'), requireCaller(c), orgId, registrationId), 200);
    },
  );

  const decidable: [string, string, DecidableTable][] = [
    ['results', 'resultId', 'emulation_results'],
    ['commendations', 'commendationId', 'commendations'],
    ['collective-awards', 'awardId', 'collective_awards'],
  ];
  for (const [path, param, table] of decidable) {
    app.openapi(
      createRoute({ method: 'post', path: `${base}/${path}/{${param}}/decide`, tags, description: 'Ghi quyết định cho đề nghị (chủ tịch công đoàn)',
        request: { params: orgParams.extend({ [param]: idParam }), body: jsonBody(decideInput) },
        responses: { 200: jsonOk(createdId), 409: { description: 'Đã có quyết định' }, ...errorResponses } }),
      async (c) => {
        const params = c.req.valid('param') as { orgId: number } & Record<string, number>;
        const { decisionId, override } = c.req.valid('json');
        return c.json(await decide(c.get('db'), requireCaller(c), params.orgId, table, params[param], decisionId, override), 200);
      },
    );
  }

  app.openapi(
    createRoute({ method: 'put', path: `${base}/{year}/classification`, tags, description: 'Tự đánh giá xếp loại CĐCS',
      request: { params: yearParams, body: jsonBody(classificationInput) }, responses: { 200: jsonOk(createdId), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await recordSelfClassification(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/{year}/classification/decide`, tags, description: 'Xếp loại CĐCS do cấp trên quyết định',
      request: { params: yearParams, body: jsonBody(classificationDecisionInput) }, responses: { 200: jsonOk(createdId), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await recordDecidedClassification(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json')), 200);
    },
  );

  return app;
}
