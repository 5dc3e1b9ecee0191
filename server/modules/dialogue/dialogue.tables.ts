import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migrations 0026 and 0030 (đối thoại tại nơi làm việc; hội nghị người lao động).

type Created = ColumnType<Date, never, never>;

export type MeetingKind = 'periodic' | 'requested' | 'workers_conference';

export interface DialogueTables {
  dialogue_rep_rules: { id: Generated<number>; valid_from: string; min_headcount: number; min_reps: number; source: string };
  workplace_meetings: {
    id: Generated<number>; org_id: number; kind: MeetingKind; held_on: string; employer_participants: string | null;
    worker_reps_expected: number; worker_reps_present: number; headcount: number; minutes_text: string | null;
    published_on: string | null; note: string | null; created_at: Created;
    requested_on: string | null; requested_by: 'workers' | 'employer' | null; requesting_reps: number | null; answered_on: string | null;
  };
  meeting_issues: {
    id: Generated<number>; org_id: number; meeting_id: number; raised_by: string | null; issue: string; employer_answer: string | null;
    status: 'open' | 'resolved'; owner: string | null; due_on: string | null; done_on: string | null; created_at: Created;
  };
}
