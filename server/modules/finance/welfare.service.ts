// Chăm lo đoàn viên: welfare events, each written with the ledger payment that funded it in one transaction, a
// member's welfare history, the chairperson's "not visited" and "children who will turn 16" lists.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { invalid, notFound } from '../../core/errors.ts';
import { ageAt, formatDateVi } from '../../../shared/vi/dates.ts';
import { formatDong } from '../../../shared/vi/money.ts';
import {
  childKinds, welfareCategory,
  type ChildrenTurningView, type EligibleChildrenView, type MemberWelfareView, type NotVisitedView, type WelfareEventInput,
  type WelfareEventView, type WelfareYearView,
} from '../../../shared/contracts/welfare.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import { postEntriesIn } from './ledger.service.ts';
import { findMemberBlood } from './blood-donations.repo.ts';
import {
  findChildAgeLimit, findChildren, findChildrenOfActiveMembers, findEventTotals, findEvents, findMemberLines, findMemberName, findMembersInYear,
  findNotVisited, upsertChildAgeLimit, insertEvent,
} from './welfare.repo.ts';

export async function getWelfareSettings(db: Db, caller: Caller, orgId: number): Promise<{ childAgeLimit: number }> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return { childAgeLimit: await findChildAgeLimit(db, orgId) };
}

export async function setWelfareSettings(db: Db, caller: Caller, orgId: number, input: { childAgeLimit: number }) {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
  const before = await findChildAgeLimit(db, orgId);
  await db.transaction().execute(async (tx) => {
    await upsertChildAgeLimit(tx, orgId, input.childAgeLimit);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'welfare_settings', entityId: orgId, before: { childAgeLimit: before }, after: input });
  });
  return { childAgeLimit: input.childAgeLimit };
}

export interface Line { memberId: number; childId: number | null; relativeName: string | null; relation: string | null; amount: number }

/** Checks each line against the records: a member of this union active in the year, the child theirs and young enough. */
export async function checkedLines(db: Db, orgId: number, input: WelfareEventInput): Promise<Line[]> {
  const year = Number(input.eventDate.slice(0, 4));
  const members = await findMembersInYear(db, orgId, input.beneficiaries.map((b) => b.memberId), year);
  const children = await findChildren(db, orgId, input.beneficiaries.flatMap((b) => (b.childId === null ? [] : [b.childId])));
  const forChildren = childKinds.includes(input.kind);
  const limit = forChildren ? await findChildAgeLimit(db, orgId) : 0;
  const seen = new Set<string>();
  const on = formatDateVi(input.eventDate);
  return input.beneficiaries.map((b, i) => {
    const at = `beneficiaries.${i}`;
    const m = members.get(b.memberId);
    if (!m) {
      throw invalid(`${at}.memberId: Không tìm thấy đoàn viên này trong công đoàn`);
    }
    if (!m.active) {
      throw invalid(`${at}.memberId: ${m.fullName} không sinh hoạt tại công đoàn trong năm ${year}`);
    }
    if (input.kind === 'womens_day' && m.sex !== 'female') {
      throw invalid(`${at}.memberId: Quà 8/3, 20/10 dành cho đoàn viên nữ (${m.fullName} là nam)`);
    }
    if (forChildren && b.childId === null) {
      throw invalid(`${at}.childId: Quà 1/6, Trung thu và thưởng con học giỏi chọn một người con trong hồ sơ của ${m.fullName}`);
    }
    let line: Line = { ...b };
    if (b.childId !== null) {
      const child = children.get(b.childId);
      if (!child || child.memberId !== b.memberId) {
        throw invalid(`${at}.childId: Không tìm thấy người con này trong hồ sơ của ${m.fullName}`);
      }
      if (child.birthDate > input.eventDate) {
        throw invalid(`${at}.childId: Cháu ${child.fullName} sinh ngày ${formatDateVi(child.birthDate)}, sau ngày ${on}`);
      }
      const age = ageAt(child.birthDate, input.eventDate);
      if (forChildren && age > limit) {
        throw invalid(`${at}.childId: Cháu ${child.fullName} đã ${age} tuổi vào ngày ${on}, quá tuổi được nhận (dưới ${limit + 1} tuổi)`);
      }
      line = { ...line, relativeName: child.fullName, relation: 'Con' };
    }
    const key = `${b.memberId}|${b.childId ?? ''}|${line.relativeName?.toLocaleLowerCase('vi') ?? ''}`;
    if (seen.has(key)) {
      throw invalid(`${at}: ${line.relativeName ?? m.fullName} được ghi hai lần trong cùng đợt chi`);
    }
    seen.add(key);
    return line;
  });
}

/**
 * Records a welfare event and posts its payment (phiếu chi) in one transaction: the payment first (numbered by the
 * ledger), then the event naming it and its lines, then the lines' sum is compared with the payment's amount as
 * written; any refusal rolls everything back.
 */
export async function createWelfareEvent(db: Db, caller: Caller, orgId: number, input: WelfareEventInput): Promise<WelfareEventView> {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
  const sum = input.beneficiaries.reduce((s, b) => s + b.amount, 0);
  if (sum !== input.amount) {
    throw invalid(`amount: Tổng tiền của ${input.beneficiaries.length} người nhận (${formatDong(sum)}) khác số tiền phiếu chi (${formatDong(input.amount)})`);
  }
  const lines = await checkedLines(db, orgId, input);
  const id = await db.transaction().execute((tx) => writeWelfareEventIn(tx, orgId, caller.userId, input, lines));
  const [view] = await findEvents(db, orgId, { ids: [id] });
  return view;
}

/** Writes a checked event, its lines and its payment inside the caller's transaction (the form, the Excel import). */
export async function writeWelfareEventIn(tx: Db, orgId: number, userId: number | null, input: WelfareEventInput, lines: Line[]): Promise<number> {
  const members = new Set(lines.map((l) => l.memberId));
  const [entry] = await postEntriesIn(tx, orgId, userId, [{
    fundId: input.fundId, direction: 'payment', entryDate: input.eventDate, account: input.account, amount: input.amount,
    category: welfareCategory[input.kind], memberId: members.size === 1 ? lines[0].memberId : null,
    counterparty: input.counterparty, description: input.description, documentRef: input.documentRef,
  }]);
  const eventId = await insertEvent(tx, orgId, { kind: input.kind, eventDate: input.eventDate, description: input.description, entryId: entry.id }, userId, lines);
  const totals = await findEventTotals(tx, orgId, eventId);
  if (totals.lines !== totals.payment) {
    throw invalid(`amount: Tổng tiền người nhận (${formatDong(totals.lines)}) khác số tiền phiếu chi ${entry.number} (${formatDong(totals.payment)})`);
  }
  await writeAudit(tx, { orgId, userId, action: 'create', entity: 'welfare_event', entityId: eventId, after: { ...input, entryNumber: entry.number } });
  return eventId;
}

export async function listWelfareYear(db: Db, caller: Caller, orgId: number, year: number): Promise<WelfareYearView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  const events = await findEvents(db, orgId, { year });
  const byKind = new Map<WelfareEventView['kind'], WelfareYearView['byKind'][number]>();
  for (const e of events.filter((ev) => !ev.reversed)) {
    const k = byKind.get(e.kind) ?? { kind: e.kind, events: 0, beneficiaries: 0, amount: 0 };
    byKind.set(e.kind, { ...k, events: k.events + 1, beneficiaries: k.beneficiaries + e.beneficiaries.length, amount: k.amount + e.amount });
  }
  return { year, events, byKind: [...byKind.values()] };
}

async function memberWelfare(db: Db, orgId: number, memberId: number): Promise<MemberWelfareView> {
  const fullName = await findMemberName(db, orgId, memberId);
  if (fullName === null) {
    throw notFound('Không tìm thấy đoàn viên');
  }
  const [welfare, blood] = await Promise.all([findMemberLines(db, orgId, memberId), findMemberBlood(db, orgId, memberId)]);
  return { memberId, orgId, fullName, welfare, blood };
}

/** A member's welfare and blood donations (their page): the union's finance readers, or the member themselves. */
export async function getMemberWelfare(db: Db, caller: Caller, orgId: number, memberId: number): Promise<MemberWelfareView> {
  if (caller.memberId !== memberId) {
    await assertCan(db, caller, orgId, 'finance.read', today());
  }
  return memberWelfare(db, orgId, memberId);
}

export async function getOwnWelfare(db: Db, caller: Caller): Promise<MemberWelfareView> {
  if (!caller.memberId) {
    throw notFound('Tài khoản này không gắn với đoàn viên nào');
  }
  const row = await db.selectFrom('members').select('org_id').where('id', '=', caller.memberId).executeTakeFirstOrThrow();
  return memberWelfare(db, row.org_id, caller.memberId);
}

export async function listNotVisited(db: Db, caller: Caller, orgId: number, year: number): Promise<NotVisitedView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  return { year, members: await findNotVisited(db, orgId, year) };
}

/** The birthday in `year` of someone born on `birth` (29/02 falls on 28/02 in common years, as ageAt counts it). */
function birthdayIn(birth: string, year: number): string {
  const md = birth.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** Children of the union's members who turn `age` in `year` (by default the first age past the union's limit: 16). */
export async function listChildrenTurning(db: Db, caller: Caller, orgId: number, year: number, age?: number): Promise<ChildrenTurningView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  const turning = age ?? (await findChildAgeLimit(db, orgId)) + 1;
  const all = await findChildrenOfActiveMembers(db, orgId, `${year}-01-01`, `${year}-12-31`);
  const children = all.filter((c) => Number(c.birthDate.slice(0, 4)) === year - turning)
    .map((c) => ({ ...c, birthday: birthdayIn(c.birthDate, year) }))
    .sort((a, b) => (a.birthday < b.birthday ? -1 : a.birthday > b.birthday ? 1 : a.childId - b.childId));
  return { year, age: turning, children };
}

/** The children a 1/6, Trung thu or study-award event may choose from on `date`, with their age and eligibility. */
export async function listEligibleChildren(db: Db, caller: Caller, orgId: number, date: string): Promise<EligibleChildrenView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  const ageLimit = await findChildAgeLimit(db, orgId);
  const children = (await findChildrenOfActiveMembers(db, orgId, date, date))
    .filter((c) => c.birthDate <= date)
    .map((c) => {
      const age = ageAt(c.birthDate, date);
      return { ...c, age, eligible: age <= ageLimit };
    });
  return { date, ageLimit, children };
}
