import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  consentWithdrawalInput, prospectInput, prospectJoinedInput, prospectListView, prospectView, recruitmentTargetInput, recruitmentTargetView,
  recruitmentYear, recruitmentYearView,
} from '../../../shared/contracts/recruitment.contract.ts';
import {
  createProspect, editProspect, getRecruitmentYear, listProspects, markJoined, removeProspect, setTarget, withdrawConsent,
} from './recruitment.service.ts';

const tags = ['recruitment'];
const orgParams = z.object({ orgId: idParam });
const prospectParams = orgParams.extend({ prospectId: idParam });
const base = '/orgs/{orgId}/recruitment';
const prospectPath = `${base}/prospects/{prospectId}`;

export function recruitmentRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: base, tags,
      description: 'Phát triển đoàn viên của năm: chỉ tiêu, số đoàn viên kết nạp từng tháng đến hôm nay, tỷ lệ đạt, người lao động đang tiếp cận theo trạng thái',
      request: { params: orgParams, query: z.object({ year: recruitmentYear }) }, responses: { 200: jsonOk(recruitmentYearView), ...errorResponses } }),
    async (c) => c.json(await getRecruitmentYear(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: `${base}/targets/{year}`, tags, description: 'Đặt chỉ tiêu kết nạp đoàn viên mới của năm',
      request: { params: orgParams.extend({ year: recruitmentYear }), body: jsonBody(recruitmentTargetInput) },
      responses: { 200: jsonOk(recruitmentTargetView), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await setTarget(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/prospects`, tags,
      description: 'Người lao động chưa vào công đoàn đang được tiếp cận (chỉ người đã đồng ý cho lưu thông tin; người đã rút đồng ý chỉ còn là một dòng không tên)',
      request: { params: orgParams }, responses: { 200: jsonOk(prospectListView), ...errorResponses } }),
    async (c) => c.json({ prospects: await listProspects(c.get('db'), requireCaller(c), c.req.valid('param').orgId) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/prospects`, tags, description: 'Ghi người lao động cần tiếp cận, có ngày đồng ý cho lưu thông tin',
      request: { params: orgParams, body: jsonBody(prospectInput) }, responses: { 200: jsonOk(prospectView), ...errorResponses } }),
    async (c) => c.json(await createProspect(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: prospectPath, tags, description: 'Sửa thông tin, trạng thái tiếp cận của người lao động',
      request: { params: prospectParams, body: jsonBody(prospectInput) }, responses: { 200: jsonOk(prospectView), ...errorResponses } }),
    async (c) => {
      const { orgId, prospectId } = c.req.valid('param');
      return c.json(await editProspect(c.get('db'), requireCaller(c), orgId, prospectId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: prospectPath, tags, description: 'Xóa người lao động ghi nhầm',
      request: { params: prospectParams }, responses: { 200: jsonOk(z.object({ ok: z.boolean() })), ...errorResponses } }),
    async (c) => {
      const { orgId, prospectId } = c.req.valid('param');
      await removeProspect(c.get('db'), requireCaller(c), orgId, prospectId);
      return c.json({ ok: true }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${prospectPath}/joined`, tags, description: 'Người lao động đã vào công đoàn: gắn với đoàn viên đã kết nạp của công đoàn',
      request: { params: prospectParams, body: jsonBody(prospectJoinedInput) }, responses: { 200: jsonOk(prospectView), ...errorResponses } }),
    async (c) => {
      const { orgId, prospectId } = c.req.valid('param');
      return c.json(await markJoined(c.get('db'), requireCaller(c), orgId, prospectId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${prospectPath}/withdrawal`, tags,
      description: 'Người lao động rút lại sự đồng ý: xóa họ tên, số điện thoại, ghi chú; chỉ giữ lại dòng để đếm',
      request: { params: prospectParams, body: jsonBody(consentWithdrawalInput) }, responses: { 200: jsonOk(prospectView), ...errorResponses } }),
    async (c) => {
      const { orgId, prospectId } = c.req.valid('param');
      return c.json(await withdrawConsent(c.get('db'), requireCaller(c), orgId, prospectId, c.req.valid('json')), 200);
    },
  );

  return app;
}
