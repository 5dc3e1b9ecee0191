import type { Db } from '../../../db/client.ts';
import { memberCountsOf } from '../../members/members.service.ts';

// Đoàn viên: members on the date (active and suspended), women and suspended among them, per union in one query, as the
// members module counts them for its statistics and the report (doanVien.tong, doanVien.nu, doanVien.tamDung).

export type MemberCounts = Map<number, { members: number; women: number; suspended: number }>;

export function loadMemberCounts(db: Db, orgIds: readonly number[], date: string): Promise<MemberCounts> {
  return orgIds.length === 0 ? Promise.resolve(new Map()) : memberCountsOf(db, orgIds, date);
}
