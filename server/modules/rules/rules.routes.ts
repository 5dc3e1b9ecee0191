import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { today } from '../../core/clock.ts';
import { idParam, isoDate } from '../../../shared/contracts/common.contract.ts';
import {
  appliedRules, capResults, capsInput, endRuleSetInput, judgeInput, judgement, ruleListQuery, ruleSetBody, ruleSetHistory, ruleSetKey,
  ruleSetList, ruleSetView, rewardQuery, rewardResult, verifyRuleSetInput,
} from '../../../shared/contracts/rules.contract.ts';
import {
  addRuleSet, capsOn, endRuleSet, getRuleSetHistory, judgeTitleOn, listRuleSets, rewardOn, rulesForOrg, verifyRuleSet,
} from './rules.service.ts';

const tags = ['rules'];
const keyParams = z.object({ key: ruleSetKey });

export function rulesRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/rules', tags, request: { query: ruleListQuery },
      responses: { 200: jsonOk(ruleSetList), ...errorResponses } }),
    async (c) => c.json(await listRuleSets(c.get('db'), requireCaller(c), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/rules', tags, request: { body: jsonBody(ruleSetBody) },
      responses: { 200: jsonOk(ruleSetView, 'Bộ quy định đã thêm'), ...errorResponses, 409: { description: 'Mã đã có' } } }),
    async (c) => c.json(await addRuleSet(c.get('db'), requireCaller(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rules/{key}', tags, request: { params: keyParams },
      responses: { 200: jsonOk(ruleSetHistory), ...errorResponses } }),
    async (c) => c.json(await getRuleSetHistory(c.get('db'), requireCaller(c), c.req.valid('param').key), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/rules/{key}/verify', tags, request: { params: keyParams, body: jsonBody(verifyRuleSetInput) },
      responses: { 200: jsonOk(ruleSetView), ...errorResponses } }),
    async (c) => c.json(await verifyRuleSet(c.get('db'), requireCaller(c), c.req.valid('param').key, c.req.valid('json').note), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/rules/{key}/end', tags, request: { params: keyParams, body: jsonBody(endRuleSetInput) },
      responses: { 200: jsonOk(ruleSetView), ...errorResponses } }),
    async (c) => {
      const { validTo, note } = c.req.valid('json');
      return c.json(await endRuleSet(c.get('db'), requireCaller(c), c.req.valid('param').key, validTo, note), 200);
    },
  );

  // Judging is a computation on the rules alone: the facts come with the request, nothing is stored.
  app.openapi(
    createRoute({ method: 'post', path: '/rules/judge', tags, request: { body: jsonBody(judgeInput) },
      responses: { 200: jsonOk(judgement), ...errorResponses } }),
    async (c) => {
      requireCaller(c);
      const { title, facts, date } = c.req.valid('json');
      return c.json(await judgeTitleOn(c.get('db'), title, facts, date), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/rules/caps', tags, request: { body: jsonBody(capsInput) },
      responses: { 200: jsonOk(capResults), ...errorResponses } }),
    async (c) => {
      requireCaller(c);
      const { counts, date } = c.req.valid('json');
      return c.json({ date, caps: await capsOn(c.get('db'), counts, date) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/rules/rewards/{title}', tags,
      request: { params: rewardQuery.pick({ title: true }), query: rewardQuery.pick({ date: true }) },
      responses: { 200: jsonOk(rewardResult), ...errorResponses } }),
    async (c) => {
      requireCaller(c);
      return c.json(await rewardOn(c.get('db'), c.req.valid('param').title, c.req.valid('query').date), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/rules', tags,
      request: { params: z.object({ orgId: idParam }), query: z.object({ date: isoDate.optional() }) },
      responses: { 200: jsonOk(appliedRules), ...errorResponses } }),
    async (c) => c.json(
      await rulesForOrg(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date ?? today()), 200),
  );

  return app;
}
