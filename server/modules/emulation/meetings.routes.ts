import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, DOCX_TYPE, errorResponses, fileOk, fileResponse, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { createdId, yearSchema } from '../../../shared/contracts/emulation.contract.ts';
import {
  achievementReportQuery, dossierQuery, meetingInput, meetingList, meetingView, voteThreshold, voteThresholdView, votesInput,
} from '../../../shared/contracts/emulation-meetings.contract.ts';
import { collectiveAchievementDocx } from './collective-achievement.document.ts';
import { dossierZip, minutesDocx } from './dossier.document.ts';
import { createMeeting, getMeeting, getVoteThreshold, listMeetings, recordVotes, setVoteThreshold } from './meetings.service.ts';
import { registrationSheetDocx } from './registration-sheet.document.ts';

// Họp bình xét and the documents of the emulation year. Paths keep two segments after /emulation, so none of them
// can be taken for GET /orgs/{orgId}/emulation/{year}.
const tags = ['emulation'];
const base = '/orgs/{orgId}/emulation';
const orgParams = z.object({ orgId: idParam });
const yearParams = z.object({ orgId: idParam, year: yearSchema });
const meetingParams = z.object({ orgId: idParam, meetingId: idParam });
const awardParams = z.object({ orgId: idParam, awardId: idParam });

export function emulationMeetingRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${base}/settings/vote-threshold`, tags, request: { params: orgParams },
      description: 'Tiêu chuẩn số phiếu đạt khi bình xét (lựa chọn của công đoàn; mặc định: trên 1/2 số phiếu bầu)',
      responses: { 200: jsonOk(voteThresholdView), ...errorResponses } }),
    async (c) => c.json(await getVoteThreshold(c.get('db'), requireCaller(c), c.req.valid('param').orgId), 200),
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/settings/vote-threshold`, tags, description: 'Đặt tiêu chuẩn số phiếu đạt (chủ tịch công đoàn)',
      request: { params: orgParams, body: jsonBody(voteThreshold) }, responses: { 200: jsonOk(voteThresholdView), ...errorResponses } }),
    async (c) => c.json(await setVoteThreshold(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{year}/meetings`, tags, request: { params: yearParams },
      description: 'Các cuộc họp bình xét của năm, ứng viên theo thứ tự số phiếu', responses: { 200: jsonOk(meetingList), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return c.json(await listMeetings(c.get('db'), requireCaller(c), orgId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${base}/meetings`, tags, description: 'Ghi cuộc họp bình xét (ban chấp hành)',
      request: { params: orgParams, body: jsonBody(meetingInput) }, responses: { 200: jsonOk(createdId), ...errorResponses } }),
    async (c) => c.json(await createMeeting(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/meetings/{meetingId}`, tags, request: { params: meetingParams },
      description: 'Một cuộc họp bình xét và kết quả bỏ phiếu', responses: { 200: jsonOk(meetingView), ...errorResponses } }),
    async (c) => {
      const { orgId, meetingId } = c.req.valid('param');
      return c.json(await getMeeting(c.get('db'), requireCaller(c), orgId, meetingId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'put', path: `${base}/meetings/{meetingId}/votes`, tags,
      description: 'Ghi kết quả bỏ phiếu của cuộc họp (thay toàn bộ bảng phiếu; ban chấp hành)',
      request: { params: meetingParams, body: jsonBody(votesInput) }, responses: { 200: jsonOk(meetingView), ...errorResponses } }),
    async (c) => {
      const { orgId, meetingId } = c.req.valid('param');
      return c.json(await recordVotes(c.get('db'), requireCaller(c), orgId, meetingId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/meetings/{meetingId}/minutes.docx`, tags, request: { params: meetingParams },
      responses: { 200: fileOk(DOCX_TYPE, 'Biên bản họp bình xét (.docx)'), ...errorResponses } }),
    async (c) => {
      const { orgId, meetingId } = c.req.valid('param');
      return fileResponse(await minutesDocx(c.get('db'), requireCaller(c), orgId, meetingId), 'bien-ban-hop-binh-xet.docx', DOCX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/meetings/{meetingId}/dossier.zip`, tags, request: { params: meetingParams, query: dossierQuery },
      description: 'Hồ sơ đề nghị: tờ trình, danh sách, báo cáo thành tích (Mẫu 03), biên bản; Mẫu 02 cho tập thể được đề nghị trong năm',
      responses: { 200: fileOk('application/zip', 'Hồ sơ đề nghị (.zip)'), ...errorResponses } }),
    async (c) => {
      const { orgId, meetingId } = c.req.valid('param');
      const query = c.req.valid('query');
      const zip = await dossierZip(c.get('db'), requireCaller(c), orgId, meetingId, query);
      return fileResponse(zip, `ho-so-de-nghi-${query.title}.zip`, 'application/zip');
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/collective-awards/{awardId}/achievement-report.docx`, tags,
      request: { params: awardParams, query: achievementReportQuery },
      responses: { 200: fileOk(DOCX_TYPE, 'Báo cáo thành tích tập thể (Mẫu 02, .docx)'), ...errorResponses } }),
    async (c) => {
      const { orgId, awardId } = c.req.valid('param');
      const docx = await collectiveAchievementDocx(c.get('db'), requireCaller(c), orgId, awardId, c.req.valid('query').date);
      return fileResponse(docx, `bao-cao-thanh-tich-tap-the-${awardId}.docx`, DOCX_TYPE);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{year}/registrations.docx`, tags, request: { params: yearParams },
      responses: { 200: fileOk(DOCX_TYPE, 'Bản đăng ký thi đua (.docx)'), ...errorResponses } }),
    async (c) => {
      const { orgId, year } = c.req.valid('param');
      return fileResponse(await registrationSheetDocx(c.get('db'), requireCaller(c), orgId, year), `dang-ky-thi-dua-${year}.docx`, DOCX_TYPE);
    },
  );

  return app;
}
