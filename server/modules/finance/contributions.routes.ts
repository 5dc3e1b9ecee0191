import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, jsonBody, jsonOk, requireCaller } from '../../core/http.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import {
  campaignContributionInput, campaignDetail, campaignInput, campaignSummary, collectMonthInput, collectResult, contributionGrid, fundAmountInput,
  handoverInput, myContributionsView, optOutCorrection, optOutInput,
} from '../../../shared/contracts/contributions.contract.ts';
import { duesYear } from '../../../shared/contracts/dues.contract.ts';
import { entryView } from '../../../shared/contracts/finance.contract.ts';
import { createCampaign, getCampaign, handOver, listCampaigns, recordContributions } from './campaigns.service.ts';
import {
  addOptOut, collectMonth, correctOptOut, getContributionGrid, getMyContributions, removeOptOut, setFundAmount,
} from './contributions.service.ts';

const tags = ['finance'];
const voluntary = '/orgs/{orgId}/finance/contributions/{fundId}';
const campaigns = '/orgs/{orgId}/finance/campaigns';
const orgParams = z.object({ orgId: idParam });
const fundParams = z.object({ orgId: idParam, fundId: idParam });
const idResult = jsonOk(z.object({ id: z.number() }));

export function contributionRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'get', path: `${voluntary}/{year}`, tags, description: 'Bảng đóng quỹ tự nguyện theo tháng và đoàn viên, tỷ lệ tham gia',
      request: { params: fundParams.extend({ year: duesYear }) }, responses: { 200: jsonOk(contributionGrid), ...errorResponses } }),
    async (c) => {
      const { orgId, fundId, year } = c.req.valid('param');
      return c.json(await getContributionGrid(c.get('db'), requireCaller(c), orgId, fundId, year), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${voluntary}/payments`, tags,
      description: 'Đã thu quỹ tự nguyện một tháng: một phiếu thu cho mọi đoàn viên phải đóng mà chưa đóng (hoặc những người được chọn)',
      request: { params: fundParams, body: jsonBody(collectMonthInput) }, responses: { 200: jsonOk(collectResult), ...errorResponses } }),
    async (c) => {
      const { orgId, fundId } = c.req.valid('param');
      return c.json(await collectMonth(c.get('db'), requireCaller(c), orgId, fundId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${voluntary}/opt-outs`, tags, description: 'Đoàn viên không tham gia quỹ tự nguyện từ một tháng',
      request: { params: fundParams, body: jsonBody(optOutInput) }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => {
      const { orgId, fundId } = c.req.valid('param');
      return c.json(await addOptOut(c.get('db'), requireCaller(c), orgId, fundId, c.req.valid('json')), 200);
    },
  );

  const optOutParams = fundParams.extend({ optOutId: idParam });
  app.openapi(
    createRoute({ method: 'put', path: `${voluntary}/opt-outs/{optOutId}`, tags, description: 'Tham gia lại quỹ (tháng cuối không tham gia) hoặc sửa',
      request: { params: optOutParams, body: jsonBody(optOutCorrection) }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => {
      const { orgId, fundId, optOutId } = c.req.valid('param');
      return c.json(await correctOptOut(c.get('db'), requireCaller(c), orgId, fundId, optOutId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${voluntary}/opt-outs/{optOutId}`, tags, description: 'Xóa một lần không tham gia quỹ ghi nhầm',
      request: { params: optOutParams }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => {
      const { orgId, fundId, optOutId } = c.req.valid('param');
      return c.json(await removeOptOut(c.get('db'), requireCaller(c), orgId, fundId, optOutId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${voluntary}/amounts`, tags, description: 'Mức đóng quỹ tự nguyện mới từ một tháng (theo quyết định của đoàn viên)',
      request: { params: fundParams, body: jsonBody(fundAmountInput) }, responses: { 200: idResult, ...errorResponses } }),
    async (c) => {
      const { orgId, fundId } = c.req.valid('param');
      return c.json(await setFundAmount(c.get('db'), requireCaller(c), orgId, fundId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/me/contributions/{year}', tags, description: 'Quỹ tự nguyện và ủng hộ của chính đoàn viên trong năm',
      request: { params: z.object({ year: duesYear }) }, responses: { 200: jsonOk(myContributionsView), ...errorResponses } }),
    async (c) => c.json(await getMyContributions(c.get('db'), requireCaller(c), c.req.valid('param').year), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: campaigns, tags, description: 'Các cuộc vận động: đã thu, đã chuyển, tỷ lệ tham gia',
      request: { params: orgParams, query: z.object({ year: duesYear.optional() }) },
      responses: { 200: jsonOk(z.object({ items: z.array(campaignSummary) })), ...errorResponses } }),
    async (c) => c.json(await listCampaigns(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: campaigns, tags, description: 'Phát động một cuộc vận động (mở sổ quỹ vận động)',
      request: { params: orgParams, body: jsonBody(campaignInput) },
      responses: { 200: idResult, 409: { description: 'Mã quỹ đã có' }, ...errorResponses } }),
    async (c) => c.json(await createCampaign(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${campaigns}/{fundId}`, tags, description: 'Một cuộc vận động: đóng góp của từng đoàn viên, chứng từ',
      request: { params: fundParams }, responses: { 200: jsonOk(campaignDetail), ...errorResponses } }),
    async (c) => {
      const { orgId, fundId } = c.req.valid('param');
      return c.json(await getCampaign(c.get('db'), requireCaller(c), orgId, fundId), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${campaigns}/{fundId}/contributions`, tags, description: 'Thu ủng hộ của đoàn viên: một phiếu thu, mỗi người một dòng',
      request: { params: fundParams, body: jsonBody(campaignContributionInput) }, responses: { 200: jsonOk(collectResult), ...errorResponses } }),
    async (c) => {
      const { orgId, fundId } = c.req.valid('param');
      return c.json(await recordContributions(c.get('db'), requireCaller(c), orgId, fundId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: `${campaigns}/{fundId}/handovers`, tags, description: 'Chuyển tiền vận động cho nơi nhận (phiếu chi)',
      request: { params: fundParams, body: jsonBody(handoverInput) }, responses: { 200: jsonOk(entryView), ...errorResponses } }),
    async (c) => {
      const { orgId, fundId } = c.req.valid('param');
      return c.json(await handOver(c.get('db'), requireCaller(c), orgId, fundId, c.req.valid('json')), 200);
    },
  );

  return app;
}
