import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

// The year's counts the annual report reads (safety.report.ts): one query.

export interface SafetyYearFigures {
  accidents: number; serious: number; daysLost: number; supportPaid: number; inspections: number; activeOfficers: number;
  disputes: number; stoppages: number; resolved: number;
}

/** Accidents, inspections and disputes of the year (disputes by the day they started); the network as it stood on `on`. */
export async function findSafetyYearFigures(db: Db, orgId: number, year: number, on: string): Promise<SafetyYearFigures> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { rows } = await sql<Record<keyof SafetyYearFigures, string | number>>`
    SELECT
      (SELECT count(*) FROM work_accidents WHERE org_id = ${orgId} AND occurred_on BETWEEN ${from}::date AND ${to}::date) AS accidents,
      (SELECT count(*) FROM work_accidents WHERE org_id = ${orgId} AND occurred_on BETWEEN ${from}::date AND ${to}::date
        AND severity IN ('serious', 'fatal')) AS serious,
      (SELECT COALESCE(sum(days_lost), 0) FROM work_accidents WHERE org_id = ${orgId} AND occurred_on BETWEEN ${from}::date AND ${to}::date) AS "daysLost",
      (SELECT COALESCE(sum(e.amount), 0) FROM work_accidents a
        JOIN welfare_events w ON w.org_id = a.org_id AND w.id = a.welfare_event_id JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id
        WHERE a.org_id = ${orgId} AND a.occurred_on BETWEEN ${from}::date AND ${to}::date
          AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.org_id = e.org_id AND r.reverses_id = e.id)) AS "supportPaid",
      (SELECT count(*) FROM safety_inspections WHERE org_id = ${orgId} AND inspected_on BETWEEN ${from}::date AND ${to}::date) AS inspections,
      (SELECT count(*) FROM safety_officers WHERE org_id = ${orgId} AND appointed_on <= ${on}::date
        AND (ended_on IS NULL OR ended_on >= ${on}::date)) AS "activeOfficers",
      (SELECT count(*) FROM labour_disputes WHERE org_id = ${orgId} AND started_on BETWEEN ${from}::date AND ${to}::date) AS disputes,
      (SELECT count(*) FROM labour_disputes WHERE org_id = ${orgId} AND started_on BETWEEN ${from}::date AND ${to}::date AND stoppage) AS stoppages,
      (SELECT count(*) FROM labour_disputes WHERE org_id = ${orgId} AND started_on BETWEEN ${from}::date AND ${to}::date
        AND status = 'resolved') AS resolved`.execute(db);
  const r = rows[0];
  return {
    accidents: Number(r.accidents), serious: Number(r.serious), daysLost: Number(r.daysLost), supportPaid: Number(r.supportPaid),
    inspections: Number(r.inspections), activeOfficers: Number(r.activeOfficers), disputes: Number(r.disputes),
    stoppages: Number(r.stoppages), resolved: Number(r.resolved),
  };
}
