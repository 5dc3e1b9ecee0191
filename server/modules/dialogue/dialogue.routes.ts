import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  dialogueFlags, dialogueYear, dialogueYearView, issueInput, meetingInput, meetingView,
} from '../../../shared/contracts/dialogue.contract.ts';
import {
  createIssue, createMeeting, editIssue, editMeeting, getDialogueFlags, getDialogueYear, removeIssue, removeMeeting,
} from './dialogue.service.ts';

const tags = ['dialogue'];
const orgParams = z.object({ orgId: idParam });
const meetingParams = orgParams.extend({ meetingId: idParam });
const issueParams = meetingParams.extend({ issueId: idParam });
const ok = { 200: jsonOk(z.object({ ok: z.boolean() })), ...errorResponses };

export function dialogueRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/dialogue', tags,
      description: 'Đối thoại tại nơi làm việc và hội nghị người lao động của năm, với các điểm kiểm tra theo Nghị định 145/2020',
      request: { params: orgParams, query: z.object({ year: dialogueYear }) }, responses: { 200: jsonOk(dialogueYearView), ...errorResponses } }),
    async (c) => c.json(await getDialogueYear(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/dialogue/flags', tags,
      description: 'Cảnh báo cho chủ tịch: chưa có đối thoại định kỳ, chưa tổ chức hội nghị người lao động trong năm, kiến nghị quá hạn',
      request: { params: orgParams, query: z.object({ year: dialogueYear }) }, responses: { 200: jsonOk(dialogueFlags), ...errorResponses } }),
    async (c) => c.json(await getDialogueFlags(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/dialogue/meetings', tags, description: 'Ghi cuộc đối thoại hoặc hội nghị người lao động',
      request: { params: orgParams, body: jsonBody(meetingInput) }, responses: { 200: jsonOk(meetingView), ...errorResponses } }),
    async (c) => c.json(await createMeeting(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: '/orgs/{orgId}/dialogue/meetings/{meetingId}', tags, description: 'Sửa cuộc đối thoại, hội nghị',
      request: { params: meetingParams, body: jsonBody(meetingInput) }, responses: { 200: jsonOk(meetingView), ...errorResponses } }),
    async (c) => {
      const { orgId, meetingId } = c.req.valid('param');
      return c.json(await editMeeting(c.get('db'), requireCaller(c), orgId, meetingId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/orgs/{orgId}/dialogue/meetings/{meetingId}', tags, description: 'Xóa cuộc đối thoại, hội nghị ghi nhầm',
      request: { params: meetingParams }, responses: ok }),
    async (c) => {
      const { orgId, meetingId } = c.req.valid('param');
      await removeMeeting(c.get('db'), requireCaller(c), orgId, meetingId);
      return c.json({ ok: true }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/dialogue/meetings/{meetingId}/issues', tags, description: 'Ghi kiến nghị của người lao động',
      request: { params: meetingParams, body: jsonBody(issueInput) }, responses: { 200: jsonOk(meetingView), ...errorResponses } }),
    async (c) => {
      const { orgId, meetingId } = c.req.valid('param');
      return c.json(await createIssue(c.get('db'), requireCaller(c), orgId, meetingId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'put', path: '/orgs/{orgId}/dialogue/meetings/{meetingId}/issues/{issueId}', tags,
      description: 'Sửa kiến nghị, trả lời và việc theo dõi thực hiện',
      request: { params: issueParams, body: jsonBody(issueInput) }, responses: { 200: jsonOk(meetingView), ...errorResponses } }),
    async (c) => {
      const { orgId, meetingId, issueId } = c.req.valid('param');
      return c.json(await editIssue(c.get('db'), requireCaller(c), orgId, meetingId, issueId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/orgs/{orgId}/dialogue/meetings/{meetingId}/issues/{issueId}', tags, description: 'Xóa kiến nghị ghi nhầm',
      request: { params: issueParams }, responses: ok }),
    async (c) => {
      const { orgId, meetingId, issueId } = c.req.valid('param');
      await removeIssue(c.get('db'), requireCaller(c), orgId, meetingId, issueId);
      return c.json({ ok: true }, 200);
    },
  );

  return app;
}
