// Quỹ vận động (campaigns the union calls for: đền ơn đáp nghĩa, nạn nhân chất độc da cam, Mái ấm Công đoàn, Vì người
// lao động nghèo, …): a fund of kind 'campaign' with its details, members' contributions collected together (one
// receipt with a line per member), the hand-over to the body it is for (a payment), and the participation rate:
// members active on the launch date who contributed / members active on it.
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { formatDong } from '../../../shared/vi/money.ts';
import type {
  CampaignContributionInput, CampaignDetail, CampaignInput, CampaignSummary, CollectResult, HandoverInput,
} from '../../../shared/contracts/contributions.contract.ts';
import type { EntryView } from '../../../shared/contracts/finance.contract.ts';
import { findCampaigns, findPaidLines, insertCampaign, insertLines, type PaidLine, type StoredCampaign } from './contributions.repo.ts';
import { canWriteFinance } from './contributions.service.ts';
import { percent } from './month-collection.ts';
import { findMemberName, lockUnionDues } from './dues.repo.ts';
import { findEntries, insertFund } from './ledger.repo.ts';
import { postEntriesIn } from './ledger.service.ts';
import { findMembersActiveOn, type MemberDatesRow } from './member-months.repo.ts';

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';

function summarise(c: StoredCampaign, members: readonly MemberDatesRow[], index: number, lines: readonly PaidLine[]): CampaignSummary {
  const gave = new Set(lines.map((l) => l.memberId));
  const active = members.filter((m) => m.active[index]);
  const contributed = active.filter((m) => gave.has(m.id)).length;
  return {
    fundId: c.fundId, code: c.code, name: c.name, launchedOn: c.launchedOn, recipient: c.recipient, targetAmount: c.targetAmount,
    suggestedAmount: c.suggestedAmount, note: c.note, collected: c.collected, handedOver: c.handedOver,
    balance: c.openingBalance + c.collected - c.handedOver,
    membersActive: active.length, membersContributed: contributed, participationRate: percent(contributed, active.length),
  };
}

export async function listCampaigns(db: Db, caller: Caller, orgId: number, year?: number): Promise<{ items: CampaignSummary[] }> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  const campaigns = await findCampaigns(db, orgId, { year });
  // One query for everyone's status on every launch date, one for every line.
  const [members, lines] = await Promise.all([
    findMembersActiveOn(db, orgId, campaigns.map((c) => c.launchedOn)), findPaidLines(db, orgId, campaigns.map((c) => c.fundId)),
  ]);
  return { items: campaigns.map((c, i) => summarise(c, members, i, lines.filter((l) => l.fundId === c.fundId))) };
}

async function requireCampaign(db: Db, orgId: number, fundId: number): Promise<StoredCampaign> {
  const [campaign] = await findCampaigns(db, orgId, { fundId });
  if (!campaign) {
    throw notFound('Không tìm thấy cuộc vận động này');
  }
  return campaign;
}

export async function getCampaign(db: Db, caller: Caller, orgId: number, fundId: number): Promise<CampaignDetail> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  const c = await requireCampaign(db, orgId, fundId);
  const lines = await findPaidLines(db, orgId, [fundId]);
  const gave = [...new Set(lines.map((l) => l.memberId))];
  const [members, entries] = await Promise.all([
    findMembersActiveOn(db, orgId, [c.launchedOn], {
      alsoWhen: gave.length > 0 ? sql`m.id IN (${sql.join(gave)})` : undefined,
    }),
    findEntries(db, orgId, { fundId }),
  ]);
  return {
    ...summarise(c, members, 0, lines),
    members: members.map((m) => {
      const mine = lines.filter((l) => l.memberId === m.id);
      return {
        memberId: m.id, code: m.code, fullName: m.fullName, activeOnLaunch: m.active[0], amount: mine.reduce((s, l) => s + l.amount, 0),
        entryNumbers: [...new Set(mine.map((l) => l.entryNumber))],
      };
    }),
    entries,
  };
}

/** Phát động một cuộc vận động: its fund (kind campaign, opened on the launch date) and its details, together. */
export async function createCampaign(db: Db, caller: Caller, orgId: number, input: CampaignInput): Promise<{ id: number }> {
  await canWriteFinance(db, caller, orgId);
  try {
    return await db.transaction().execute(async (tx) => {
      const id = await insertFund(tx, orgId, {
        code: input.code, name: input.name, kind: 'campaign', openingOn: input.launchedOn, openingBalance: 0, monthlyAmount: null,
      });
      await insertCampaign(tx, orgId, id, input);
      await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'campaign', entityId: id, after: input });
      return { id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('CONFLICT', `Mã quỹ «${input.code}» đã có`);
    }
    throw err;
  }
}

/** Thu ủng hộ: one receipt (category campaign) for the members listed, with one line per member. */
export async function recordContributions(
  db: Db, caller: Caller, orgId: number, fundId: number, input: CampaignContributionInput,
): Promise<CollectResult> {
  await canWriteFinance(db, caller, orgId);
  const c = await requireCampaign(db, orgId, fundId);
  const seen = new Set<number>();
  for (const [i, l] of input.lines.entries()) {
    if (seen.has(l.memberId)) {
      throw invalid(`lines.${i}.memberId: Đoàn viên được chọn hai lần`);
    }
    seen.add(l.memberId);
    if ((await findMemberName(db, orgId, l.memberId)) === null) {
      throw invalid(`lines.${i}.memberId: Không tìm thấy đoàn viên này trong công đoàn`);
    }
  }
  const lines = input.lines.map((l) => ({ memberId: l.memberId, amount: l.amount }));
  const total = lines.reduce((s, l) => s + l.amount, 0);
  if (total > 999_999_999_999) {
    throw invalid('lines: Tổng số tiền quá lớn');
  }
  return db.transaction().execute(async (tx) => {
    const [entry] = await postEntriesIn(tx, orgId, caller.userId, [{
      fundId, direction: 'receipt', entryDate: input.entryDate, account: input.account, amount: total, category: 'campaign',
      memberId: lines.length === 1 ? lines[0].memberId : null, counterparty: null,
      description: `Thu ủng hộ ${c.name} của ${lines.length} đoàn viên`, documentRef: input.documentRef,
    }]);
    await insertLines(tx, orgId, fundId, entry.id, null, lines);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'create', entity: 'fund_contribution', entityId: entry.id, after: { fundId, entry: entry.number, total, lines },
    });
    return { entry, lines };
  });
}

/** Chuyển tiền vận động: a payment (category campaign_handover) to the recipient, never more than the campaign holds. */
export async function handOver(db: Db, caller: Caller, orgId: number, fundId: number, input: HandoverInput): Promise<EntryView> {
  await canWriteFinance(db, caller, orgId);
  await requireCampaign(db, orgId, fundId);
  return db.transaction().execute(async (tx) => {
    await lockUnionDues(tx, orgId);
    const c = await requireCampaign(tx, orgId, fundId);
    const balance = c.openingBalance + c.collected - c.handedOver;
    if (input.amount > balance) {
      throw invalid(`amount: Số tiền chuyển (${formatDong(input.amount)}) vượt số cuộc vận động còn giữ (${formatDong(balance)})`);
    }
    const [entry] = await postEntriesIn(tx, orgId, caller.userId, [{
      fundId, direction: 'payment', entryDate: input.entryDate, account: input.account, amount: input.amount, category: 'campaign_handover',
      memberId: null, counterparty: c.recipient,
      description: `Chuyển tiền ủng hộ ${c.name}${c.recipient === null ? '' : ` cho ${c.recipient}`}`.slice(0, 1000),
      documentRef: input.documentRef,
    }]);
    return entry;
  });
}
