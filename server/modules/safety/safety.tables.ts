import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0025 (an toàn vệ sinh lao động; tranh chấp lao động).

type Created = ColumnType<Date, never, never>;

export interface SafetyTables {
  safety_officers: {
    id: Generated<number>; org_id: number; member_id: number; area: string; appointed_on: string; ended_on: string | null; created_at: Created;
  };
  safety_inspections: {
    id: Generated<number>; org_id: number; inspected_on: string; area: string; findings: string; hazards_found: number;
    follow_up: string | null; done_on: string | null; created_at: Created;
  };
  work_accidents: {
    id: Generated<number>; org_id: number; occurred_on: string; member_id: number | null; person_name: string;
    severity: 'minor' | 'serious' | 'fatal'; cause: string; days_lost: number; welfare_event_id: number | null; note: string | null;
    created_at: Created;
  };
  labour_disputes: {
    id: Generated<number>; org_id: number; started_on: string; ended_on: string | null; kind: 'individual' | 'collective';
    stoppage: boolean; workers_involved: number; demands: string; union_role: string | null; resolution: string | null;
    status: 'open' | 'resolved'; created_at: Created;
  };
}
