import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0021 (activities, schedules, attendance, cultural families).

export type ActivityAudience = 'union' | 'group' | 'women';
export type AttendanceStatus = 'present' | 'excused' | 'absent';

export interface ActivitiesTables {
  activity_kinds: { id: Generated<number>; org_id: number | null; code: string; name: string; sort: ColumnType<number, number | undefined, number> };
  activity_schedules: {
    id: Generated<number>; org_id: number; kind_id: number; title: string; recurrence: 'weekly' | 'monthly';
    weekday: number | null; month_day: number | null; start_time: string | null; valid_from: string; valid_to: string | null;
    place: string | null; audience: ActivityAudience; group_id: number | null; created_at: ColumnType<Date, never, never>;
  };
  activities: {
    id: Generated<number>; org_id: number; kind_id: number; schedule_id: number | null; title: string; held_on: string;
    start_time: string | null; place: string | null; organiser_id: number | null; movement_id: number | null;
    audience: ActivityAudience; group_id: number | null; cancelled: ColumnType<boolean, boolean | undefined, boolean>;
    note: string | null; attendance_taken_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    created_at: ColumnType<Date, never, never>;
  };
  activity_attendance: { org_id: number; activity_id: number; member_id: number; status: AttendanceStatus; note: string | null };
  activity_settings: { org_id: number; attendance_threshold: number; updated_at: ColumnType<Date, Date | undefined, Date> };
  cultural_families: {
    org_id: number; member_id: number; year: number; recognised: boolean; note: string | null;
    updated_at: ColumnType<Date, Date | undefined, Date>;
  };
}
