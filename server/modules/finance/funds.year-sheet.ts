import { writeAudit } from '../../core/audit.ts';
import { cellDate, cellLabel, cellMoney, cellText, labelList } from '../../core/xlsx/cell-values.ts';
import { fundInput, type FundInput } from '../../../shared/contracts/finance.contract.ts';
import { campaignInput, type CampaignInput } from '../../../shared/contracts/contributions.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import type { FundKind } from './finance.tables.ts';
import { findCampaigns, insertCampaign } from './contributions.repo.ts';
import { findCarried } from './disclosure.repo.ts';
import { findFunds, insertFund } from './ledger.repo.ts';
import { fundRefs } from './finance-year-refs.ts';

// "Quỹ" of the year workbook: the funds open in the year, each opened on 1/1 with the balance carried into the year
// (or on its own opening day when opened in the year), and a campaign's launch details. A fund whose code the union
// already has (the previous year moved in) is used as it is.

const kindLabels: Record<FundKind, string> = { union_finance: 'Kinh phí, đoàn phí', voluntary: 'Quỹ tự nguyện', campaign: 'Quỹ vận động', other: 'Quỹ khác' };

const columns = [
  { field: 'code', header: 'Mã quỹ', required: true, type: 'text', width: 22, note: 'Chữ thường không dấu, số, "-" hoặc "_"' },
  { field: 'name', header: 'Tên quỹ', required: true, type: 'text', width: 32 },
  { field: 'kind', header: 'Loại quỹ', required: true, type: 'text', width: 18, note: labelList(kindLabels) },
  { field: 'openingOn', header: 'Ngày mở sổ', required: true, type: 'date', width: 12, note: 'Ngày 01/01 của năm, hoặc ngày mở quỹ nếu mở trong năm' },
  { field: 'openingBalance', header: 'Số dư đầu kỳ', required: false, type: 'money', width: 14, note: 'Tồn quỹ chuyển sang ngày mở sổ (tính là tiền mặt)' },
  { field: 'monthlyAmount', header: 'Mức đóng hằng tháng', required: false, type: 'money', width: 14, note: 'Quỹ tự nguyện: mức mỗi đoàn viên mỗi tháng' },
  { field: 'launchedOn', header: 'Ngày phát động', required: false, type: 'date', width: 12, note: 'Quỹ vận động' },
  { field: 'recipient', header: 'Nơi nhận', required: false, type: 'text', width: 28, note: 'Quỹ vận động: nơi chuyển tiền đến' },
  { field: 'suggestedAmount', header: 'Mức vận động mỗi người', required: false, type: 'money', width: 14 },
  { field: 'targetAmount', header: 'Mục tiêu', required: false, type: 'money', width: 14 },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 24 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { fund: FundInput; campaign: CampaignInput | null; known: boolean }

export const fundsYearSheet: YearSheet<Row, Set<string>> = {
  name: 'Quỹ',
  description: 'Các quỹ có trong năm, số dư chuyển sang và chi tiết cuộc vận động.',
  columns,
  keyFields: ['code', 'name'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const from = `${year}-01-01`;
    const [funds, carried, campaigns, changes] = await Promise.all([
      findFunds(db, orgId), findCarried(db, orgId, from, `${year}-12-31`), findCampaigns(db, orgId),
      db.selectFrom('fund_amount_changes').select(['fund_id', 'from_month', 'amount']).where('org_id', '=', orgId).where('from_month', '<=', from)
        .orderBy('from_month').execute(),
    ]);
    // A fund carried into the year opens at the amount in force on 1/1 (its later changes are on "Mức đóng quỹ").
    const amountOn = (fundId: number, amount: number | null) => {
      const last = changes.filter((c) => c.fund_id === fundId).at(-1);
      return last ? Number(last.amount) : amount;
    };
    const openingOf = new Map(carried.map((c) => [c.fundId, c.opening]));
    return funds.filter((f) => f.openingOn <= `${year}-12-31` && (f.closedOn === null || f.closedOn >= from)).map((f) => {
      const c = campaigns.find((x) => x.fundId === f.id && x.recipient !== null);
      const before = f.openingOn < from;
      return {
        code: f.code, name: f.name, kind: kindLabels[f.kind], openingOn: before ? from : f.openingOn,
        openingBalance: before ? openingOf.get(f.id) ?? 0 : f.openingBalance, monthlyAmount: before ? amountOn(f.id, f.monthlyAmount) : f.monthlyAmount,
        launchedOn: c?.launchedOn ?? null, recipient: c?.recipient ?? null, suggestedAmount: c?.suggestedAmount ?? null,
        targetAmount: c?.targetAmount ?? null, note: c?.note ?? null,
      };
    });
  },

  async prepare(ctx) {
    // Funds are matched by code, never refused as a whole: the vouchers of the year are what "Sổ quỹ" checks.
    return { prepared: new Set((await findFunds(ctx.db, ctx.orgId)).map((f) => f.code)), existing: 0 };
  },

  parseRow(cells, ctx, fail, known) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    let ok = true;
    const bad = (f: Field, message: string) => {
      ok = false;
      fail(f, message);
    };
    const kind = cellLabel(cell('kind'), kindLabels);
    if (kind === null || kind === 'bad') {
      bad('kind', `Loại quỹ «${cellText(cell('kind'))}» không có; dùng: ${labelList(kindLabels)}`);
    }
    const date = (f: Field) => {
      const d = cellDate(cell(f));
      if (d === 'bad') {
        bad(f, 'Ngày không hợp lệ (dd/mm/yyyy)');
      }
      return d === 'bad' ? null : d;
    };
    const money = (f: Field, balance = false) => {
      const m = cellMoney(cell(f), { negative: balance, zero: balance });
      if (m === 'bad') {
        bad(f, 'Số tiền là số đồng nguyên');
      }
      return m === 'bad' ? null : m;
    };
    const openingOn = date('openingOn');
    if (openingOn === null && ok) {
      bad('openingOn', 'Cần ghi ngày mở sổ');
    }
    const fund = fundInput.safeParse({
      code: cellText(cell('code')), name: cellText(cell('name')), kind: kind === 'bad' || kind === null ? 'other' : kind, openingOn: openingOn ?? '2000-01-01',
      openingBalance: money('openingBalance', true) ?? 0, monthlyAmount: money('monthlyAmount'),
    });
    if (!fund.success) {
      fund.error.issues.forEach((issue) => bad(String(issue.path[0]) as Field, issue.message));
    } else if (fund.data.kind === 'voluntary' && fund.data.monthlyAmount === null) {
      bad('monthlyAmount', 'Quỹ tự nguyện cần mức đóng hằng tháng mỗi người');
    }
    const launchedOn = date('launchedOn');
    const recipient = cellText(cell('recipient'));
    const campaign = kind === 'campaign' && (launchedOn !== null || recipient !== '')
      ? campaignInput.safeParse({
        code: cellText(cell('code')), name: cellText(cell('name')), launchedOn: launchedOn ?? openingOn, recipient,
        suggestedAmount: money('suggestedAmount'), targetAmount: money('targetAmount'), note: cellText(cell('note')) || null,
      })
      : null;
    if (campaign && !campaign.success) {
      campaign.error.issues.forEach((issue) => bad((columns.some((c) => c.field === issue.path[0]) ? issue.path[0] : 'recipient') as Field, issue.message));
    }
    const refs = fundRefs.read(ctx);
    const code = cellText(cell('code'));
    if (refs.has(code)) {
      bad('code', `Mã quỹ «${code}» đã có ở dòng trên`);
      return null;
    }
    if (!ok || !fund.success) {
      refs.set(code, null);
      return null;
    }
    refs.set(fund.data.code, { code: fund.data.code, name: fund.data.name, kind: fund.data.kind, openingOn: fund.data.openingOn, closedOn: null });
    return { fund: fund.data, campaign: campaign?.success ? campaign.data : null, known: known.has(fund.data.code) };
  },

  async apply(ctx, rows) {
    for (const { fund, campaign } of rows.filter((r) => !r.known)) {
      const id = await insertFund(ctx.db, ctx.orgId, fund);
      if (campaign) {
        await insertCampaign(ctx.db, ctx.orgId, id, campaign);
      }
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: campaign ? 'campaign' : 'fund', entityId: id, after: { ...fund, campaign } });
    }
  },
};
