import type { Db } from '../../db/client.ts';

/** Every tổ công đoàn that has ever been under the union (a member may stay in a tổ that later closed). */
export async function findGroupsEver(db: Db, unionId: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('org_versions')
    .select(['org_id as id', 'name'])
    .where('parent_id', '=', unionId)
    .where('kind', '=', 'union_group')
    .where('valid_to', 'is', null)
    .execute();
}
