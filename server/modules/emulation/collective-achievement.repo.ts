import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { DecisionRef } from './dossier.repo.ts';
import type { AwardStatus, IssuerLevel } from './emulation.tables.ts';

// The SQL behind the collective achievement report (báo cáo thành tích tập thể): the awards of the union and of its
// host agency, and the commendations given to collectives. One query per list, each scoped by the union.

const decisionJson = sql`CASE WHEN d.id IS NULL THEN NULL ELSE jsonb_build_object(
  'number', d.number, 'issuedOn', to_char(d.issued_on, 'YYYY-MM-DD'), 'issuer', d.issuer, 'issuerLevel', d.issuer_level) END`;

export interface CollectiveAwardRecord {
  id: number; year: number; holder: 'union' | 'host'; kind: 'title' | 'prize'; name: string; prizeRank: string | null;
  issuer: string; status: AwardStatus; decision: DecisionRef | null;
}

/** One award by id, or those of a year, or the decided ones up to a year; by year, then holder, kind and id. */
export type CollectiveAwardFilter = { id: number } | { year: number; status: AwardStatus } | { upToYear: number; status: AwardStatus };

export async function findCollectiveAwards(db: Db, orgId: number, f: CollectiveAwardFilter): Promise<CollectiveAwardRecord[]> {
  const where = 'id' in f ? sql`AND w.id = ${f.id}`
    : 'year' in f ? sql`AND w.year = ${f.year} AND w.status = ${f.status}`
      : sql`AND w.year <= ${f.upToYear} AND w.status = ${f.status}`;
  const { rows } = await sql<CollectiveAwardRecord>`
    SELECT w.id, w.year, w.holder, w.kind, w.name, w.prize_rank AS "prizeRank", w.issuer, w.status, ${decisionJson} AS decision
    FROM collective_awards w LEFT JOIN emulation_decisions d ON d.org_id = w.org_id AND d.id = w.decision_id
    WHERE w.org_id = ${orgId} ${where}
    ORDER BY w.year, w.holder, w.kind, w.id`.execute(db);
  return rows;
}

export interface CollectiveCommendation {
  year: number; collectiveName: string; form: string; issuer: string; issuerLevel: IssuerLevel; decision: DecisionRef | null;
}

/** Commendations decided for a collective (not a member) up to `year`, in the order they were given. */
export async function findCollectiveCommendations(db: Db, orgId: number, year: number): Promise<CollectiveCommendation[]> {
  const { rows } = await sql<CollectiveCommendation>`
    SELECT k.year, k.collective_name AS "collectiveName", k.form, k.issuer, k.issuer_level AS "issuerLevel", ${decisionJson} AS decision
    FROM commendations k LEFT JOIN emulation_decisions d ON d.org_id = k.org_id AND d.id = k.decision_id
    WHERE k.org_id = ${orgId} AND k.member_id IS NULL AND k.status = 'decided' AND k.year <= ${year}
    ORDER BY k.year, d.issued_on, k.id`.execute(db);
  return rows;
}
