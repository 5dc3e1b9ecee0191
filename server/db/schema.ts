import type { ColumnType, Generated } from 'kysely';
import type { ClassificationTables } from '../modules/emulation/classification.tables.ts';
import type { EmulationTables } from '../modules/emulation/emulation.tables.ts';
import type { ContributionsTables } from '../modules/finance/contributions.tables.ts';
import type { DuesTables } from '../modules/finance/dues.tables.ts';
import type { FinanceTables } from '../modules/finance/finance.tables.ts';
import type { WelfareTables } from '../modules/finance/welfare.tables.ts';
import type { MeetingTables } from '../modules/emulation/meetings.tables.ts';
import type { RulesTables } from '../modules/rules/rules.tables.ts';
import type { AttachmentTables } from '../modules/attachments/attachments.tables.ts';
import type { DocumentTables } from '../modules/documents/documents.tables.ts';
import type { ActivitiesTables } from '../modules/activities/activities.tables.ts';
import type { PlanTables } from '../modules/plans/plans.tables.ts';
import type { WorkforceTables } from '../modules/workforce/workforce.tables.ts';
import type { SafetyTables } from '../modules/safety/safety.tables.ts';
import type { DialogueTables } from '../modules/dialogue/dialogue.tables.ts';
import type { AgreementTables } from '../modules/agreements/agreements.tables.ts';
import type { RecruitmentTables } from '../modules/recruitment/recruitment.tables.ts';

// Kysely's view of the tables created by db/migrations. Dates are ISO strings.
type Id = Generated<number>;
type CreatedAt = ColumnType<Date, never, never>;

export interface OrgKindsTable {
  code: string;
  name: string;
  is_upper_level: boolean;
  report_template: string | null;
  sort: number;
}

export interface OrganisationsTable {
  id: Id;
  code: string;
  established_on: string;
  established_decision: string | null;
  ended_on: string | null;
  end_reason: 'dissolved' | 'merged' | 'consolidated' | null;
  end_decision_number: string | null;
  end_decision_date: string | null;
  end_decision_issuer: string | null;
  successor_id: number | null;
  host_name: string | null;
  address: string | null;
  place_name: string | null;
  signer_title: ColumnType<string, string | undefined, string>;
  signer_name: string | null;
  report_recipients: ColumnType<string[], string[] | undefined, string[]>;
  deputy_title: ColumnType<string, string | undefined, string>;
  deputy_name: string | null;
  report_number_suffix: string | null;
  created_at: CreatedAt;
}

export interface OrgVersionsTable {
  id: Id;
  org_id: number;
  valid_from: string;
  valid_to: string | null;
  name: string;
  short_name: string;
  kind: string;
  parent_id: number | null;
  change_note: string | null;
}

export interface MemberCategoriesTable {
  code: string;
  name: string;
  sort: number;
}

export interface OrgKindCategoriesTable {
  kind: string;
  category: string;
}

export interface MembersTable {
  id: Id;
  org_id: number;
  code: string;
  national_code: string | null;
  card_number: string | null;
  full_name: string;
  sort_key: string;
  search_key: string;
  sex: 'male' | 'female';
  birth_date: string | null;
  ethnicity: string | null;
  position: string | null;
  category: string;
  group_id: number | null;
  party_member: boolean;
  education: string | null;
  political_theory: string | null;
  joined_on: string;
  phone: string | null;
  email: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, never, Date>;
}

export type MemberStatusKind =
  | 'admitted' | 'transferred_in' | 'transferred_out' | 'left' | 'ended_with_union' | 'suspended' | 'resumed' | 'expelled';

export interface MemberStatusEventsTable {
  id: Id;
  org_id: number;
  member_id: number;
  kind: MemberStatusKind;
  on_date: string;
  reason: string | null;
  created_at: CreatedAt;
}

export interface MemberChildrenTable {
  id: Id;
  org_id: number;
  member_id: number;
  full_name: string;
  birth_date: string;
  sex: 'male' | 'female' | null;
}

export interface UsersTable {
  id: Id;
  username: string;
  password_hash: string;
  full_name: string;
  is_admin: ColumnType<boolean, boolean | undefined, boolean>;
  member_id: number | null;
  created_at: CreatedAt;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  last_login_at: Date | null;
}

export type Role = 'officer' | 'chair' | 'committee' | 'treasurer' | 'member';

export interface RoleAssignmentsTable {
  id: Id;
  user_id: number;
  org_id: number;
  role: Role;
  valid_from: string | null;
  valid_to: string | null;
}

export interface ActivationCodesTable {
  user_id: number;
  code_hash: string;
  expires_at: Date;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface AuthThrottleTable {
  key: string;
  attempts: number;
  window_start: Date;
  next_allowed_at: Date;
}

/** A change to one union's records (migration 0035: org_id is required; the rest is in system_audit_log). */
export interface AuditLogTable {
  id: Generated<number>;
  org_id: number;
  user_id: number | null;
  at: CreatedAt;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

/** Logins, accounts, rule sets, backups: what belongs to no union. */
export type SystemAuditLogTable = Omit<AuditLogTable, 'org_id'>;

// A module with many tables keeps their types beside it (emulation.tables.ts).
export interface Database extends EmulationTables, MeetingTables, RulesTables, ClassificationTables, FinanceTables, WelfareTables, DuesTables, ContributionsTables, ActivitiesTables, PlanTables,
  AttachmentTables, DocumentTables, WorkforceTables, SafetyTables, AgreementTables, DialogueTables,
  RecruitmentTables {
  org_kinds: OrgKindsTable;
  organisations: OrganisationsTable;
  org_versions: OrgVersionsTable;
  member_categories: MemberCategoriesTable;
  org_kind_categories: OrgKindCategoriesTable;
  members: MembersTable;
  member_status_events: MemberStatusEventsTable;
  member_children: MemberChildrenTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  activation_codes: ActivationCodesTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  audit_log: AuditLogTable;
  system_audit_log: SystemAuditLogTable;
  report_drafts: ReportDraftsTable;
  report_sections: ReportSectionsTable;
  document_numbers: DocumentNumbersTable;
  report_versions: ReportVersionsTable;
  report_deadlines: ReportDeadlinesTable;
}

export interface ReportDraftsTable {
  org_id: number;
  year: number;
  doc_type: 'annual';
  issued_on: string;
  number: number | null;
  signer: ColumnType<'chair' | 'deputy', 'chair' | 'deputy' | undefined, 'chair' | 'deputy'>;
  recipients: string[] | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ReportSectionsTable {
  org_id: number;
  year: number;
  doc_type: 'annual';
  section_key: string;
  paragraphs: ColumnType<string[], string, string>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: number | null;
}

export interface DocumentNumbersTable {
  org_id: number;
  year: number;
  last_number: number;
}

/** Hạn nộp báo cáo: set by an upper level for the unions under it (migration 0032). */
export interface ReportDeadlinesTable {
  org_id: number;
  year: number;
  kind: 'annual';
  due_on: string;
  set_by: number | null;
  set_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ReportVersionsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  doc_type: 'annual';
  version: number;
  number: number;
  number_text: string;
  issued_on: string;
  template: string;
  snapshot: ColumnType<unknown, string, string>;
  docx: Buffer;
  finalised_at: ColumnType<Date, never, never>;
  finalised_by: number | null;
  submitted_at: Date | null;
  submitted_by: number | null;
  submitted_to: number | null;
  returned_at: Date | null;
  returned_by: number | null;
  return_comment: string | null;
}
