import { sql } from 'kysely';
import type { Db } from '../server/db/client.ts';
import { vietnameseSortKey } from '../shared/vi/collation.ts';
import { toSearchKey } from '../shared/vi/search-key.ts';

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const middles = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Quang', 'Thanh'];
const givens = ['An', 'Ánh', 'Ân', 'Bình', 'Châu', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Tú', 'Uyên', 'Việt', 'Yến'];

/** Adds `unions` enterprise unions of `membersEach` members under the demo's ward union. */
export async function addScaleData(db: Db, parentId: number, unions: number, membersEach: number): Promise<number[]> {
  const ids: number[] = [];
  for (let u = 0; u < unions; u += 1) {
    const org = await db.insertInto('organisations').values({ code: `BENCH-${u}`, established_on: '2015-01-01' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('org_versions').values({
      org_id: org.id, valid_from: '2015-01-01', name: `Công đoàn cơ sở Công ty số ${u}`, short_name: `CĐCS Công ty số ${u}`,
      kind: 'private_enterprise', parent_id: parentId,
    }).execute();
    const rows = Array.from({ length: membersEach }, (_, i) => {
      const n = u * membersEach + i;
      const fullName = `${families[n % families.length]} ${middles[(n >> 3) % middles.length]} ${givens[(n * 7) % givens.length]}`;
      return {
        org_id: org.id, code: `M${i}`, full_name: fullName, sort_key: vietnameseSortKey(fullName), search_key: toSearchKey(`${fullName} M${i}`),
        sex: (n % 3 === 0 ? 'male' : 'female') as 'male' | 'female', birth_date: `${1970 + (n % 35)}-0${1 + (n % 9)}-1${n % 9}`,
        category: (n % 10 === 0 ? 'quan_ly' : 'cong_nhan_lao_dong') as string, party_member: n % 11 === 0, joined_on: `${2015 + (n % 10)}-03-01`,
      };
    });
    for (let i = 0; i < rows.length; i += 500) {
      await db.insertInto('members').values(rows.slice(i, i + 500)).execute();
    }
    await sql`INSERT INTO member_status_events (org_id, member_id, kind, on_date)
      SELECT org_id, id, 'admitted', joined_on FROM members WHERE org_id = ${org.id}`.execute(db);
    ids.push(org.id);
  }
  return ids;
}
