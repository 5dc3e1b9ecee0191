import { sql } from 'kysely';
import type { RollupSource } from './source.types.ts';
import { byOrg } from './source.types.ts';

// Chăm lo: the welfare paid out in the year — events of the year whose payment stands (a reversed payment takes its
// event out), as the report's chamLo.tong.soTien.

export const loadWelfare: RollupSource = async (db, orgIds, _date, year) => {
  const { rows } = await sql<{ org_id: number; spent: string }>`
    SELECT w.org_id, sum(e.amount) AS spent
    FROM welfare_events w JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id
    WHERE w.org_id = ANY(${[...orgIds]}::int[]) AND w.event_date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
      AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)
    GROUP BY w.org_id`.execute(db);
  return byOrg(rows, (r) => ({ welfareSpent: Number(r.spent) }));
};
