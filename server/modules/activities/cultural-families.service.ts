// Gia đình văn hóa: whether each member's family was recognised as a cultural family in a year ("100 % gia đình
// CBCC được công nhận gia đình văn hóa").
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../core/audit.ts';
import { invalid } from '../../core/errors.ts';
import type { CulturalFamilyGrid, CulturalFamilyInput } from '../../../shared/contracts/activities.contract.ts';
import type { Caller } from '../../core/access.ts';
import { findCulturalFamilies, findMembersOfYear, upsertCulturalFamilies } from './activities.repo.ts';
import { canRead, canWrite } from './activities.service.ts';

/** Every member đang sinh hoạt in the year, with their family's mark (not recognised when none was recorded). */
export async function culturalFamilyGrid(db: Db, orgId: number, year: number): Promise<CulturalFamilyGrid> {
  const [members, marks] = await Promise.all([findMembersOfYear(db, orgId, year), findCulturalFamilies(db, orgId, year)]);
  const byMember = new Map(marks.map((m) => [m.member_id, m]));
  const rows = members.map((m) => ({ ...m, recognised: byMember.get(m.memberId)?.recognised ?? false, note: byMember.get(m.memberId)?.note ?? null }));
  return { year, members: rows, recognised: rows.filter((r) => r.recognised).length, total: rows.length };
}

export async function getCulturalFamilies(db: Db, caller: Caller, orgId: number, year: number): Promise<CulturalFamilyGrid> {
  await canRead(db, caller, orgId);
  return culturalFamilyGrid(db, orgId, year);
}

/** Records the given marks (others stay as they were), in one transaction with its audit entry. */
export async function setCulturalFamilies(db: Db, caller: Caller, orgId: number, year: number, input: CulturalFamilyInput): Promise<CulturalFamilyGrid> {
  await canWrite(db, caller, orgId);
  const members = new Set((await findMembersOfYear(db, orgId, year)).map((m) => m.memberId));
  const seen = new Set<number>();
  for (const [i, m] of input.marks.entries()) {
    if (!members.has(m.memberId)) {
      throw invalid(`marks.${i}.memberId: Đoàn viên này không sinh hoạt tại công đoàn trong năm ${year}`);
    }
    if (seen.has(m.memberId)) {
      throw invalid(`marks.${i}.memberId: Đoàn viên được ghi hai lần`);
    }
    seen.add(m.memberId);
  }
  const before = await findCulturalFamilies(db, orgId, year);
  await db.transaction().execute(async (tx) => {
    await upsertCulturalFamilies(tx, orgId, year, input.marks);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'cultural_families', entityId: year, before, after: input.marks });
  });
  return culturalFamilyGrid(db, orgId, year);
}
