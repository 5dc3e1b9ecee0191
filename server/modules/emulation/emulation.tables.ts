import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the tables of migration 0011 (emulation). Dates are ISO strings; cash is integer đồng.
type Id = Generated<number>;
type CreatedAt = ColumnType<Date, never, never>;
export type TitleCode = 'ldtt' | 'cstdcs';
export type GradeCode = 'htxsnv' | 'httnv' | 'htnv' | 'khtnv';
export type IssuerLevel = 'central' | 'province' | 'district' | 'commune' | 'grassroots';
export type AwardStatus = 'proposed' | 'decided';

export interface EmulationTables {
  emulation_movements: {
    id: Id; org_id: number; year: number; name: string; content: string | null; launched_on: string; created_at: CreatedAt;
    /** jsonb array of sentences, written as JSON text */
    targets: ColumnType<string[], string | undefined, string>;
  };
  emulation_decisions: {
    id: Id; org_id: number; number: string; issued_on: string; issuer: string; issuer_level: IssuerLevel; created_at: CreatedAt;
  };
  emulation_registrations: {
    id: Id; org_id: number; member_id: number; year: number; title: TitleCode | 'rating';
    target_rating: Exclude<GradeCode, 'khtnv'> | null; registered_on: string; created_at: CreatedAt;
  };
  emulation_collective_registrations: {
    id: Id; org_id: number; year: number; holder: 'union' | 'host'; goal: string; registered_on: string;
  };
  staff_ratings: { id: Id; org_id: number; member_id: number; year: number; grade: GradeCode; decision_id: number | null };
  disciplinary_records: {
    id: Id; org_id: number; member_id: number; form: 'reprimand' | 'warning' | 'demotion' | 'removal' | 'dismissal';
    decided_on: string; reason: string | null; decision_id: number | null;
  };
  initiatives: { id: Id; org_id: number; year: number; title: string; decision_id: number | null; recognised_on: string | null };
  initiative_authors: { org_id: number; initiative_id: number; member_id: number };
  emulation_results: {
    id: Id; org_id: number; member_id: number; year: number; title: TitleCode; status: AwardStatus; decision_id: number | null;
    /** 0013: integer đồng, computed when decided. */
    cash_amount: ColumnType<number | null, number | null | undefined, number | null>;
  };
  commendations: {
    id: Id; org_id: number; year: number; member_id: number | null; collective_name: string | null;
    form: 'giay_khen' | 'bang_khen' | 'co_thi_dua' | 'other'; issuer: string; issuer_level: IssuerLevel; reason: string | null;
    status: AwardStatus; decision_id: number | null; cash_amount: number | null;
  };
  collective_awards: {
    id: Id; org_id: number; year: number; holder: 'union' | 'host'; kind: 'title' | 'prize'; name: string;
    prize_rank: string | null; issuer: string; issuer_level: IssuerLevel; status: AwardStatus; decision_id: number | null;
  };
  union_classifications: {
    org_id: number; year: number; self_grade: GradeCode | null; decided_grade: GradeCode | null; decision_id: number | null;
    self_points: ColumnType<string | null, number | null, number | null>; scale_key: string | null; scale_version: number | null;
  };
}
