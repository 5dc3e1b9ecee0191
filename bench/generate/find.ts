// Finds a federation made by bench:data in a database (by the codes the generator gives).
import { sql } from 'kysely';
import type { Db } from '../../server/db/client.ts';

export interface FoundFederation {
  rootId: number;
  /** Grassroots unions by members, largest first, with their commune union today. */
  unions: { id: number; members: number; parentId: number }[];
  members: number;
  year: number;
  asOf: string;
}

export async function findGenerated(db: Db): Promise<FoundFederation | null> {
  const root = await sql<{ id: number }>`SELECT id FROM organisations WHERE code IN ('BENCH-TLD', 'BENCH-P1')
    ORDER BY code = 'BENCH-TLD' DESC LIMIT 1`.execute(db);
  if (!root.rows[0]) {
    return null;
  }
  const { rows } = await sql<{ id: number; members: number; parent_id: number }>`SELECT o.id, count(m.id)::int AS members, v.parent_id
    FROM organisations o JOIN org_versions v ON v.org_id = o.id AND v.valid_to IS NULL
    LEFT JOIN members m ON m.org_id = o.id
    WHERE o.code LIKE 'BENCH-U%' GROUP BY o.id, v.parent_id ORDER BY count(m.id) DESC, o.id`.execute(db);
  const year = (await sql<{ y: number | null }>`SELECT max(year) AS y FROM funds f JOIN LATERAL (SELECT extract(year FROM f.opening_on)::int AS year) s ON true
    WHERE f.code = 'kinh-phi-doan-phi'`.execute(db)).rows[0]?.y ?? 2026;
  return {
    rootId: root.rows[0].id,
    unions: rows.map((r) => ({ id: r.id, members: r.members, parentId: r.parent_id })),
    members: rows.reduce((a, r) => a + r.members, 0),
    year,
    asOf: `${year}-11-30`,
  };
}
