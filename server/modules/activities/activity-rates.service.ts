// Attendance rates of a year (per kind, per member, below the union's threshold: the evidence for the report's A.III)
// and a member's own activities. Rates count only activities held (not cancelled) whose attendance was taken.
import type { Db } from '../../db/client.ts';
import type { Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { notFound } from '../../core/errors.ts';
import type { MyActivitiesView, RatesView } from '../../../shared/contracts/activities.contract.ts';
import { findActivities, findKinds, findMemberAttendance, findThreshold, findYearAttendance } from './activities.repo.ts';
import { countAttendance, membersBelow, ratesByKind, ratesByMember } from './activities.rules.ts';
import { canRead } from './activities.service.ts';

/** Rates of the year from the activities held whose attendance was taken: per kind, per member, and those below. */
export async function computeRates(db: Db, orgId: number, year: number): Promise<RatesView> {
  return (await computeRatesWithRecords(db, orgId, year)).rates;
}

/** The rates with the year's attendance records and activities they come from (the annual report reads all three). */
export async function computeRatesWithRecords(db: Db, orgId: number, year: number) {
  const [records, activities, threshold, allKinds] = await Promise.all([
    findYearAttendance(db, orgId, year),
    findActivities(db, orgId, { from: `${year}-01-01`, to: `${year}-12-31` }),
    findThreshold(db, orgId),
    findKinds(db, orgId),
  ]);
  return { rates: ratesOf(year, records, activities, threshold, allKinds), records, activities };
}

function ratesOf(
  year: number, records: Awaited<ReturnType<typeof findYearAttendance>>, activities: Awaited<ReturnType<typeof findActivities>>,
  threshold: number, allKinds: Awaited<ReturnType<typeof findKinds>>,
): RatesView {
  const kinds = ratesByKind(records);
  const members = ratesByMember(records);
  const names = new Map(records.map((r) => [r.memberId, { code: r.code, fullName: r.fullName }]));
  const used = new Set(activities.map((a) => a.kindCode));
  // In the kinds' own order (họp BCH, sinh hoạt, Chủ nhật xanh, …), only those with an activity in the year.
  const byKind = allKinds.filter((k) => used.has(k.code)).map(({ code: kindCode, name: kindName }) => {
    const of = activities.filter((a) => a.kindCode === kindCode);
    return {
      kindCode, kindName, held: of.filter((a) => !a.cancelled).length, cancelled: of.filter((a) => a.cancelled).length,
      activities: of.filter((a) => a.attendanceTaken).length, ...(kinds.get(kindCode) ?? countAttendance([])),
    };
  });
  const activitiesOf = (memberId: number) => members.get(memberId)?.expected ?? 0;
  const byMember = [...members].map(([memberId, c]) => ({ memberId, ...names.get(memberId)!, ...c, activities: activitiesOf(memberId) }));
  const byId = new Map(byMember.map((m) => [m.memberId, m]));
  return { year, threshold, byKind, byMember, belowThreshold: membersBelow(members, threshold).map((id) => byId.get(id)!) };
}

export async function getRates(db: Db, caller: Caller, orgId: number, year: number): Promise<RatesView> {
  await canRead(db, caller, orgId);
  return computeRates(db, orgId, year);
}

// ---- the member's own

export async function getOwnActivities(db: Db, caller: Caller, year: number): Promise<MyActivitiesView> {
  if (!caller.memberId) {
    throw notFound('Tài khoản này không gắn với đoàn viên nào');
  }
  const member = await db.selectFrom('members').select(['org_id', 'sex', 'group_id']).where('id', '=', caller.memberId).executeTakeFirstOrThrow();
  const from = today() > `${year}-01-01` ? today() : `${year}-01-01`;
  const upcoming = (await findActivities(db, member.org_id, { from, to: `${year}-12-31` }))
    .filter((a) => !a.cancelled && (a.audience === 'union' || (a.audience === 'women' && member.sex === 'female') || (a.audience === 'group' && a.groupId === member.group_id)))
    .slice(0, 20);
  const rows = await findMemberAttendance(db, member.org_id, caller.memberId, year);
  const counts = countAttendance(rows.map((r) => r.status));
  return {
    year, upcoming,
    attended: rows.map((r) => ({ activityId: r.id, title: r.title, kindName: r.kind_name, heldOn: r.held_on, status: r.status })),
    rate: counts.expected === 0 ? null : counts.rate,
  };
}
