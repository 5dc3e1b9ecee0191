import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  activityInput, activityKindInput, activityKindView, activityList, activityListQuery, activitySettings, activityView, activityYear,
  cancelInput, culturalFamilyGrid, culturalFamilyInput, generateResult, myActivitiesView, ratesView, rosterInput, rosterView,
  scheduleInput, scheduleView,
} from '../../../shared/contracts/activities.contract.ts';
import {
  addKind, cancelActivity, createActivity, createSchedule, editActivity, editSchedule, generateOccurrences, getRoster, getSettings,
  listActivities, listKinds, listSchedules, removeSchedule, saveRoster, setSettings,
} from './activities.service.ts';
import { getOwnActivities, getRates } from './activity-rates.service.ts';
import { getCulturalFamilies, setCulturalFamilies } from './cultural-families.service.ts';

const tags = ['activities'];
const base = '/orgs/{orgId}/activities';
const orgParams = z.object({ orgId: idParam });
const yearQuery = z.object({ year: activityYear });
const ok = jsonOk(z.object({ ok: z.boolean() }));

// The fixed paths (kinds, settings, schedules, rates) are registered before /activities/{activityId}.
export function activitiesRoutes() {
  const app = createRouter();

  app.openapi(createRoute({ method: 'get', path: `${base}/kinds`, tags, description: 'Các loại hoạt động (của hệ thống và của công đoàn)',
    request: { params: orgParams }, responses: { 200: jsonOk(z.array(activityKindView)), ...errorResponses } }),
  async (c) => c.json(await listKinds(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200));

  app.openapi(createRoute({ method: 'post', path: `${base}/kinds`, tags, description: 'Thêm một loại hoạt động của công đoàn',
    request: { params: orgParams, body: jsonBody(activityKindInput) }, responses: { 200: jsonOk(activityKindView), 409: { description: 'Mã đã có' }, ...errorResponses } }),
  async (c) => c.json(await addKind(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200));

  app.openapi(createRoute({ method: 'get', path: `${base}/settings`, tags, description: 'Ngưỡng tỷ lệ tham dự',
    request: { params: orgParams }, responses: { 200: jsonOk(activitySettings), ...errorResponses } }),
  async (c) => c.json(await getSettings(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200));

  app.openapi(createRoute({ method: 'put', path: `${base}/settings`, tags, description: 'Đặt ngưỡng tỷ lệ tham dự (phần trăm)',
    request: { params: orgParams, body: jsonBody(activitySettings) }, responses: { 200: jsonOk(activitySettings), ...errorResponses } }),
  async (c) => c.json(await setSettings(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200));

  app.openapi(createRoute({ method: 'get', path: `${base}/schedules`, tags, description: 'Lịch hoạt động định kỳ',
    request: { params: orgParams }, responses: { 200: jsonOk(z.array(scheduleView)), ...errorResponses } }),
  async (c) => c.json(await listSchedules(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200));

  app.openapi(createRoute({ method: 'post', path: `${base}/schedules`, tags, description: 'Thêm lịch định kỳ (hằng tuần hoặc hằng tháng)',
    request: { params: orgParams, body: jsonBody(scheduleInput) }, responses: { 200: jsonOk(scheduleView), ...errorResponses } }),
  async (c) => c.json(await createSchedule(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200));

  const scheduleParams = orgParams.extend({ scheduleId: idParam });
  app.openapi(createRoute({ method: 'put', path: `${base}/schedules/{scheduleId}`, tags, description: 'Sửa lịch định kỳ',
    request: { params: scheduleParams, body: jsonBody(scheduleInput) }, responses: { 200: jsonOk(scheduleView), ...errorResponses } }),
  async (c) => {
    const { orgId, scheduleId } = c.req.valid('param');
    return c.json(await editSchedule(c.get('db'), requireCaller(c), orgId, scheduleId, c.req.valid('json')), 200);
  });

  app.openapi(createRoute({ method: 'delete', path: `${base}/schedules/{scheduleId}`, tags, description: 'Xóa lịch định kỳ (các buổi đã tạo vẫn giữ)',
    request: { params: scheduleParams }, responses: { 200: ok, ...errorResponses } }),
  async (c) => {
    const { orgId, scheduleId } = c.req.valid('param');
    await removeSchedule(c.get('db'), requireCaller(c), orgId, scheduleId);
    return c.json({ ok: true }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: `${base}/schedules/{scheduleId}/generate`, tags,
    description: 'Tạo các buổi hoạt động của lịch trong năm (chạy lại không tạo trùng)',
    request: { params: scheduleParams, query: yearQuery }, responses: { 200: jsonOk(generateResult), ...errorResponses } }),
  async (c) => {
    const { orgId, scheduleId } = c.req.valid('param');
    return c.json(await generateOccurrences(c.get('db'), requireCaller(c), orgId, scheduleId, c.req.valid('query').year), 200);
  });

  app.openapi(createRoute({ method: 'get', path: `${base}/rates`, tags,
    description: 'Tỷ lệ tham dự trong năm theo loại hoạt động, theo đoàn viên, và danh sách dưới ngưỡng',
    request: { params: orgParams, query: yearQuery }, responses: { 200: jsonOk(ratesView), ...errorResponses } }),
  async (c) => c.json(await getRates(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200));

  app.openapi(createRoute({ method: 'get', path: base, tags, description: 'Các hoạt động trong năm (lọc theo mã loại)',
    request: { params: orgParams, query: activityListQuery }, responses: { 200: jsonOk(activityList), ...errorResponses } }),
  async (c) => {
    const { year, kind } = c.req.valid('query');
    return c.json(await listActivities(c.get('db'), requireCaller(c), c.req.valid('param').orgId, year, kind), 200);
  });

  app.openapi(createRoute({ method: 'post', path: base, tags, description: 'Thêm một hoạt động',
    request: { params: orgParams, body: jsonBody(activityInput) }, responses: { 200: jsonOk(activityView), ...errorResponses } }),
  async (c) => c.json(await createActivity(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200));

  const activityParams = orgParams.extend({ activityId: idParam });
  app.openapi(createRoute({ method: 'put', path: `${base}/{activityId}`, tags, description: 'Sửa một hoạt động',
    request: { params: activityParams, body: jsonBody(activityInput) }, responses: { 200: jsonOk(activityView), 409: { description: 'Trùng ngày của lịch' }, ...errorResponses } }),
  async (c) => {
    const { orgId, activityId } = c.req.valid('param');
    return c.json(await editActivity(c.get('db'), requireCaller(c), orgId, activityId, c.req.valid('json')), 200);
  });

  app.openapi(createRoute({ method: 'post', path: `${base}/{activityId}/cancel`, tags, description: 'Hủy (hoặc khôi phục) một hoạt động chưa điểm danh',
    request: { params: activityParams, body: jsonBody(cancelInput) }, responses: { 200: jsonOk(activityView), ...errorResponses } }),
  async (c) => {
    const { orgId, activityId } = c.req.valid('param');
    return c.json(await cancelActivity(c.get('db'), requireCaller(c), orgId, activityId, c.req.valid('json').cancelled), 200);
  });

  app.openapi(createRoute({ method: 'get', path: `${base}/{activityId}/attendance`, tags,
    description: 'Danh sách điểm danh: mọi đoàn viên thuộc đối tượng, mặc định có mặt',
    request: { params: activityParams }, responses: { 200: jsonOk(rosterView), ...errorResponses } }),
  async (c) => {
    const { orgId, activityId } = c.req.valid('param');
    return c.json(await getRoster(c.get('db'), requireCaller(c), orgId, activityId), 200);
  });

  app.openapi(createRoute({ method: 'put', path: `${base}/{activityId}/attendance`, tags,
    description: 'Lưu cả danh sách điểm danh một lần (người không gửi được ghi có mặt)',
    request: { params: activityParams, body: jsonBody(rosterInput) }, responses: { 200: jsonOk(rosterView), ...errorResponses } }),
  async (c) => {
    const { orgId, activityId } = c.req.valid('param');
    return c.json(await saveRoster(c.get('db'), requireCaller(c), orgId, activityId, c.req.valid('json')), 200);
  });

  const familyParams = orgParams.extend({ year: activityYear });
  app.openapi(createRoute({ method: 'get', path: '/orgs/{orgId}/cultural-families/{year}', tags, description: 'Gia đình văn hóa trong năm: mọi đoàn viên',
    request: { params: familyParams }, responses: { 200: jsonOk(culturalFamilyGrid), ...errorResponses } }),
  async (c) => {
    const { orgId, year } = c.req.valid('param');
    return c.json(await getCulturalFamilies(c.get('db'), requireCaller(c), orgId, year), 200);
  });

  app.openapi(createRoute({ method: 'put', path: '/orgs/{orgId}/cultural-families/{year}', tags, description: 'Đánh dấu gia đình văn hóa',
    request: { params: familyParams, body: jsonBody(culturalFamilyInput) }, responses: { 200: jsonOk(culturalFamilyGrid), ...errorResponses } }),
  async (c) => {
    const { orgId, year } = c.req.valid('param');
    return c.json(await setCulturalFamilies(c.get('db'), requireCaller(c), orgId, year, c.req.valid('json')), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/me/activities/{year}', tags, description: 'Hoạt động sắp tới và điểm danh của chính đoàn viên',
    request: { params: z.object({ year: activityYear }) }, responses: { 200: jsonOk(myActivitiesView), ...errorResponses } }),
  async (c) => c.json(await getOwnActivities(c.get('db'), requireCaller(c), c.req.valid('param').year), 200));

  return app;
}
