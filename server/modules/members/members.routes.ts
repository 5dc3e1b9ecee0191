import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { today } from '../../core/clock.ts';
import { idParam, isoDate } from '../../../shared/contracts/common.contract.ts';
import {
  childInput, importMode, importResult, memberDetail, memberInput, memberListQuery, memberListResponse, memberRestoreInput, memberStats,
  newMemberInput, statusEventInput,
} from '../../../shared/contracts/members.contract.ts';
import { deleteMember, restoreMember } from './members.removal.ts';
import {
  addChild, addStatusEvent, createMember, getMember, getMemberStats, getOwnMember, listMembers, removeChild, updateMember,
} from './members.service.ts';
import { exportMembers, importMembers, memberTemplate } from './members.excel.ts';
import { memberListDocx } from './members.document.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const orgParams = z.object({ orgId: idParam });
const memberParams = z.object({ orgId: idParam, memberId: idParam });
const tags = ['members'];

const xlsxResponse = (body: Buffer, filename: string) => fileResponse(body, filename, XLSX);

export function membersRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/members', tags, request: { params: orgParams, query: memberListQuery },
      responses: { 200: jsonOk(memberListResponse), ...errorResponses } }),
    async (c) => c.json(await listMembers(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/members', tags, request: { params: orgParams, body: jsonBody(newMemberInput) },
      responses: { 200: jsonOk(memberDetail), ...errorResponses } }),
    async (c) => c.json(await createMember(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/members/stats', tags,
      request: { params: orgParams, query: z.object({ date: isoDate.optional() }) },
      responses: { 200: jsonOk(memberStats), ...errorResponses } }),
    async (c) => c.json(
      await getMemberStats(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date ?? today()), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/members/template.xlsx', tags, request: { params: orgParams },
      responses: { 200: fileOk(XLSX, 'Mẫu Excel danh sách đoàn viên'), ...errorResponses } }),
    async (c) => xlsxResponse(await memberTemplate(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 'mau-doan-vien.xlsx'),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/members/export.xlsx', tags,
      request: { params: orgParams, query: memberListQuery.omit({ page: true, pageSize: true }) },
      responses: { 200: fileOk(XLSX, 'Danh sách đoàn viên'), ...errorResponses } }),
    async (c) => xlsxResponse(
      await exportMembers(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query')), 'danh-sach-doan-vien.xlsx'),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/members/list.docx', tags,
      request: { params: orgParams, query: z.object({ date: isoDate.optional() }) },
      responses: { 200: fileOk(DOCX_TYPE, 'Danh sách đoàn viên (.docx)'), ...errorResponses } }),
    async (c) => fileResponse(
      await memberListDocx(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').date ?? today()),
      'danh-sach-doan-vien.docx', DOCX_TYPE),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/members/import', tags,
      request: {
        params: orgParams,
        query: z.object({ dryRun: z.enum(['true', 'false']).default('true'), mode: importMode.default('create') }),
        body: { content: { [XLSX]: { schema: z.string().meta({ format: 'binary' }) } }, required: true },
      },
      responses: { 200: jsonOk(importResult), ...errorResponses } }),
    async (c) => {
      const file = await c.req.arrayBuffer();
      const { dryRun, mode } = c.req.valid('query');
      return c.json(await importMembers(c.get('db'), requireCaller(c), c.req.valid('param').orgId, file, { dryRun: dryRun === 'true', mode }), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/members/{memberId}', tags, request: { params: memberParams },
      responses: { 200: jsonOk(memberDetail), ...errorResponses } }),
    async (c) => {
      const { orgId, memberId } = c.req.valid('param');
      return c.json(await getMember(c.get('db'), requireCaller(c), orgId, memberId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: '/orgs/{orgId}/members/{memberId}', tags,
      request: { params: memberParams, body: jsonBody(memberInput) }, responses: { 200: jsonOk(memberDetail), ...errorResponses } }),
    async (c) => {
      const { orgId, memberId } = c.req.valid('param');
      return c.json(await updateMember(c.get('db'), requireCaller(c), orgId, memberId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/orgs/{orgId}/members/{memberId}', tags, request: { params: memberParams },
      description: 'Xoá đoàn viên nhập nhầm (chủ tịch công đoàn); cả hồ sơ được lưu vào nhật ký để khôi phục.',
      responses: { 200: jsonOk(z.object({ auditId: z.number() })), 409: { description: 'Hồ sơ còn được tham chiếu' }, ...errorResponses } }),
    async (c) => {
      const { orgId, memberId } = c.req.valid('param');
      return c.json(await deleteMember(c.get('db'), requireCaller(c), orgId, memberId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/members/restore', tags,
      description: 'Khôi phục đoàn viên đã xoá, từ mục nhật ký của lần xoá (chủ tịch công đoàn).',
      request: { params: orgParams, body: jsonBody(memberRestoreInput) },
      responses: { 200: jsonOk(memberDetail), 409: { description: 'Mã đoàn viên đã bị dùng' }, ...errorResponses } }),
    async (c) => c.json(await restoreMember(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json').auditId), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/members/{memberId}/status', tags,
      request: { params: memberParams, body: jsonBody(statusEventInput) }, responses: { 200: jsonOk(memberDetail), ...errorResponses } }),
    async (c) => {
      const { orgId, memberId } = c.req.valid('param');
      return c.json(await addStatusEvent(c.get('db'), requireCaller(c), orgId, memberId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/members/{memberId}/children', tags,
      request: { params: memberParams, body: jsonBody(childInput) }, responses: { 200: jsonOk(memberDetail), ...errorResponses } }),
    async (c) => {
      const { orgId, memberId } = c.req.valid('param');
      return c.json(await addChild(c.get('db'), requireCaller(c), orgId, memberId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/orgs/{orgId}/members/{memberId}/children/{childId}', tags,
      request: { params: memberParams.extend({ childId: idParam }) }, responses: { 200: jsonOk(memberDetail), ...errorResponses } }),
    async (c) => {
      const { orgId, memberId, childId } = c.req.valid('param');
      return c.json(await removeChild(c.get('db'), requireCaller(c), orgId, memberId, childId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/me/member', tags, responses: { 200: jsonOk(memberDetail), ...errorResponses } }),
    async (c) => c.json(await getOwnMember(c.get('db'), requireCaller(c)), 200),
  );

  return app;
}
