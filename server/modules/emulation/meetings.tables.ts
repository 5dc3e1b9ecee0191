import type { ColumnType, Generated } from 'kysely';
import type { TitleCode } from './emulation.tables.ts';

// Kysely's view of the tables of migration 0012 (evaluation meetings). Dates are ISO strings.
type CreatedAt = ColumnType<Date, never, never>;

export interface MeetingTables {
  emulation_vote_thresholds: {
    org_id: number; numerator: number; denominator: number; inclusive: boolean; updated_at: ColumnType<Date, never, Date>;
  };
  emulation_meetings: {
    id: Generated<number>; org_id: number; year: number; held_on: string; place: string; chair_name: string; secretary_name: string;
    members_total: number | null; attendee_count: number; content: string | null;
    threshold_numerator: number; threshold_denominator: number; threshold_inclusive: boolean; created_at: CreatedAt;
  };
  emulation_meeting_attendees: { org_id: number; meeting_id: number; member_id: number };
  emulation_votes: {
    id: Generated<number>; org_id: number; meeting_id: number; member_id: number; title: TitleCode; votes_for: number; votes_cast: number;
  };
}
