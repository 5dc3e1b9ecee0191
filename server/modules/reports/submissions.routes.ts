// Deadlines of the annual reports, returning a report for correction, and a union's submission reminders.
// The year's inbox itself is GET /orgs/{orgId}/reports/inbox?year= (reports.routes.ts).
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  reportDeadlineRequest, reportDeadlinesView, reportVersionView, reportYear, returnReportRequest, submissionReminder,
} from '../../../shared/contracts/reports.contract.ts';
import { getDeadlines, removeDeadline, returnVersion, setDeadline, submissionReminders } from './submissions.service.ts';

const tags = ['reports'];
const deadlineParams = z.object({ orgId: idParam, year: reportYear });
const path = '/orgs/{orgId}/reports/deadlines/{year}';

export function submissionsRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path, tags, request: { params: deadlineParams },
      description: 'The deadline this organisation set for the unions under it, and the one that applies to it from above.',
      responses: { 200: jsonOk(reportDeadlinesView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await getDeadlines(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path, tags, request: { params: deadlineParams, body: jsonBody(reportDeadlineRequest) },
      description: 'An upper level\'s officer sets (or moves) the deadline of the year\'s annual reports of the unions under it.',
      responses: { 200: jsonOk(reportDeadlinesView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await setDeadline(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json').dueOn), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path, tags, request: { params: deadlineParams },
      responses: { 200: jsonOk(reportDeadlinesView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await removeDeadline(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/reports/versions/{versionId}/return', tags,
      description: 'The receiving level returns a submitted version for correction; the union finalises and submits a new one.',
      request: { params: z.object({ orgId: idParam, versionId: idParam }), body: jsonBody(returnReportRequest) },
      responses: { 200: jsonOk(reportVersionView), ...errorResponses } }),
    async (c) => {
      const { orgId, versionId } = c.req.valid('param');
      return c.json(await returnVersion(c.get('db'), requireCaller(c), orgId, versionId, c.req.valid('json').comment), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/reports/reminders', tags,
      description: 'A grassroots union\'s annual reports of ?year= and the year before not yet submitted while a deadline applies.',
      request: { params: z.object({ orgId: idParam }), query: z.object({ year: reportYear }) },
      responses: { 200: jsonOk(z.array(submissionReminder)), ...errorResponses } }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      return c.json(await submissionReminders(c.get('db'), requireCaller(c), orgId, c.req.valid('query').year), 200);
    },
  );

  return app;
}
