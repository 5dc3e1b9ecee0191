import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam, isoDate } from '../../../shared/contracts/common.contract.ts';
import {
  annualDraftView, finaliseRequest, inboxItem, inboxYearView, reportSettings, reportVersionView, reportYear, sectionUpdate, startFromLastYearView,
} from '../../../shared/contracts/reports.contract.ts';
import {
  annualDraftDocx, annualDraftPreview, finaliseAnnual, getAnnualDraft, inbox, resetSection, saveSection,
  startFromLastYear, submitVersion, versionDocx,
} from './reports.service.ts';
import { updateDraftSettings } from './report-settings.service.ts';
import { inboxOfYear } from './submissions.service.ts';
import { today } from '../../core/clock.ts';
import { convertDocxToPdf, findSoffice } from './document/pdf-convert.ts';
import { AppError } from '../../core/errors.ts';

const yearParams = z.object({ orgId: idParam, year: reportYear });
const sectionParams = yearParams.extend({ key: z.string().min(1).max(40) });
const versionParams = z.object({ orgId: idParam, versionId: idParam });
const inboxQuery = z.object({ year: reportYear.optional(), date: isoDate.optional() });
const tags = ['reports'];

export function reportsRoutes() {
  const app = createRouter();
  const base = '/orgs/{orgId}/reports/annual/{year}';

  app.openapi(
    createRoute({ method: 'get', path: base, tags, request: { params: yearParams }, responses: { 200: jsonOk(annualDraftView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await getAnnualDraft(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/sections/{key}`, tags, request: { params: sectionParams, body: jsonBody(sectionUpdate) },
      responses: { 200: jsonOk(annualDraftView), ...errorResponses } }),
    async (c) => {
      const { orgId, year, key } = c.req.valid('param');
      return c.json(await saveSection(c.get('db'), requireCaller(c), orgId, year, key, c.req.valid('json').paragraphs), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/sections/{key}`, tags, request: { params: sectionParams },
      responses: { 200: jsonOk(annualDraftView), ...errorResponses } }),
    async (c) => {
      const { orgId, year, key } = c.req.valid('param');
      return c.json(await resetSection(c.get('db'), requireCaller(c), orgId, year, key), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/settings`, tags, request: { params: yearParams, body: jsonBody(reportSettings) },
      responses: { 200: jsonOk(annualDraftView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      const caller = requireCaller(c);
      await updateDraftSettings(c.get('db'), caller, orgId, year, c.req.valid('json'));
      return c.json(await getAnnualDraft(c.get('db'), caller, orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/start-from-last-year`, tags, request: { params: yearParams },
      responses: { 200: jsonOk(startFromLastYearView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await startFromLastYear(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/preview`, tags, request: { params: yearParams },
      responses: { 200: jsonOk(z.object({ html: z.string() })), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json({ html: await annualDraftPreview(c.get('db'), requireCaller(c), orgId, year) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/draft.docx`, tags, request: { params: yearParams },
      responses: { 200: fileOk(DOCX_TYPE, 'Bản nháp .docx'), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return fileResponse(await annualDraftDocx(c.get('db'), requireCaller(c), orgId, year), `bao-cao-tong-ket-${year}-du-thao.docx`, DOCX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/finalise`, tags,
      // The body is optional: without one no typed number is confirmed.
      request: { params: yearParams, body: { content: { 'application/json': { schema: finaliseRequest } }, required: false } },
      responses: { 200: jsonOk(reportVersionView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      const acknowledged = (c.req.valid('json') as { acknowledged?: string[] } | undefined)?.acknowledged ?? [];
      return c.json(await finaliseAnnual(c.get('db'), requireCaller(c), orgId, year, acknowledged), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/reports/versions/{versionId}/submit', tags, request: { params: versionParams },
      responses: { 200: jsonOk(reportVersionView), ...errorResponses } }),
    async (c) => {
      const { orgId, versionId } = c.req.valid('param');
      return c.json(await submitVersion(c.get('db'), requireCaller(c), orgId, versionId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/reports/versions/{versionId}/docx', tags, request: { params: versionParams },
      responses: { 200: fileOk(DOCX_TYPE, 'Báo cáo đã chốt (.docx)'), ...errorResponses } }),
    async (c) => {
      const { orgId, versionId } = c.req.valid('param');
      const v = await versionDocx(c.get('db'), requireCaller(c), orgId, versionId);
      return fileResponse(v.docx, `bao-cao-tong-ket-${v.year}-v${v.version}.docx`, DOCX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/reports/versions/{versionId}/pdf', tags, request: { params: versionParams },
      responses: { 200: fileOk('application/pdf', 'Báo cáo đã chốt (.pdf, cần LibreOffice)'), ...errorResponses } }),
    async (c) => {
      const { orgId, versionId } = c.req.valid('param');
      const v = await versionDocx(c.get('db'), requireCaller(c), orgId, versionId);
      if (!findSoffice()) {
        throw new AppError('VALIDATION', 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải tệp .docx, hoặc cài LibreOffice (gói libreoffice-writer) rồi thử lại');
      }
      return fileResponse(await convertDocxToPdf(v.docx), `bao-cao-tong-ket-${v.year}-v${v.version}.pdf`, 'application/pdf');
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/reports/inbox', tags,
      description: 'With ?year=: that year\'s submissions (on time or late) and the grassroots unions below yet to submit, '
        + 'in the tree of ?date= (today by default). Without: every version received, newest first.',
      request: { params: z.object({ orgId: idParam }), query: inboxQuery },
      responses: { 200: jsonOk(z.union([inboxYearView, z.array(inboxItem)])), ...errorResponses } }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { year, date } = c.req.valid('query');
      const caller = requireCaller(c);
      return year === undefined
        ? c.json(await inbox(c.get('db'), caller, orgId), 200)
        : c.json(await inboxOfYear(c.get('db'), caller, orgId, year, date ?? today()), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/reports/pdf-available', tags,
      responses: { 200: jsonOk(z.object({ available: z.boolean() })) } }),
    (c) => {
      requireCaller(c);
      return c.json({ available: findSoffice() !== null }, 200);
    },
  );

  return app;
}
