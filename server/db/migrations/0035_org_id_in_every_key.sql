-- 0035: org_id in every key of a union's rows, so that each union-scoped table can be distributed by organisation
-- (Citus, docs/scaling.md) — issue 15 item 7. Citus requires, on a table distributed by org_id: org_id NOT NULL and in
-- the primary key and in every unique key, and org_id on both sides of every foreign key between distributed tables;
-- no foreign key from a reference table (users, the tree, the rules) into a distributed one.
-- What changes, table by table (written from the catalog of a migrated database, reviewed by hand):
--   1. every foreign key into a union-scoped table is dropped, and added back at the end with org_id on both sides and
--      its own name (so the app's messages for 23503/23505 by constraint name keep working); ON DELETE SET NULL now
--      names the column it empties, never org_id;
--   2. the primary key becomes (org_id, <old key>); the old key stays as a plain index (lookups by id alone on one
--      server; on Citus each shard has its own); UNIQUE (org_id, id), which the composite foreign keys used, is now the
--      primary key itself and goes; every unique key without org_id gets it first, under the same name. Each such key
--      was already scoped to one union's rows (a member, a ledger entry, a schedule belong to one union), so no rule
--      changes;
--   3. the audit log of no union (logins, accounts, rule sets, backups) moves to system_audit_log, kept on the
--      coordinator; audit_log.org_id becomes NOT NULL. Ids are kept;
--   4. users.member_id keeps its unique index but loses its foreign key into members: users is a reference table.
--      accounts/users.service.ts checks the link, and locks the member row as the key did (FOR KEY SHARE) so that a
--      member being deleted cannot be linked meanwhile; members.removal.ts refuses a member with an account.
-- Identity columns stay integer: Citus 12+ accepts them on distributed tables with inserts through the coordinator.

-- 3. The audit log of no union.
CREATE TABLE system_audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id integer REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL CHECK (action ~ '^[a-z_]{2,30}$'),
  entity text NOT NULL,
  entity_id text,
  before jsonb,
  after jsonb
);
CREATE INDEX system_audit_log_at ON system_audit_log (at DESC);
INSERT INTO system_audit_log (id, user_id, at, action, entity, entity_id, before, after) OVERRIDING SYSTEM VALUE
  SELECT id, user_id, at, action, entity, entity_id, before, after FROM audit_log WHERE org_id IS NULL ORDER BY id;
SELECT setval(pg_get_serial_sequence('system_audit_log', 'id'), COALESCE((SELECT max(id) FROM system_audit_log), 0) + 1, false);
DELETE FROM audit_log WHERE org_id IS NULL;
ALTER TABLE audit_log ALTER COLUMN org_id SET NOT NULL;

-- 4. No foreign key from the reference table users into members.
ALTER TABLE users DROP CONSTRAINT users_member_id_fkey;

-- 1. Foreign keys into union-scoped tables, dropped here and added back with org_id at the end.
ALTER TABLE activities DROP CONSTRAINT activities_movement_id_fkey;
ALTER TABLE activities DROP CONSTRAINT activities_org_id_organiser_id_fkey;
ALTER TABLE activities DROP CONSTRAINT activities_schedule_id_fkey;
ALTER TABLE activity_attendance DROP CONSTRAINT activity_attendance_org_id_activity_id_fkey;
ALTER TABLE activity_attendance DROP CONSTRAINT activity_attendance_org_id_member_id_fkey;
ALTER TABLE agreement_clauses DROP CONSTRAINT agreement_clauses_org_id_agreement_id_fkey;
ALTER TABLE blood_donation_prior_counts DROP CONSTRAINT blood_donation_prior_counts_org_id_member_id_fkey;
ALTER TABLE blood_donations DROP CONSTRAINT blood_donations_org_id_member_id_fkey;
ALTER TABLE campaigns DROP CONSTRAINT campaigns_org_id_fund_id_fkey;
ALTER TABLE collective_awards DROP CONSTRAINT collective_awards_org_id_decision_id_fkey;
ALTER TABLE commendations DROP CONSTRAINT commendations_org_id_decision_id_fkey;
ALTER TABLE commendations DROP CONSTRAINT commendations_org_id_member_id_fkey;
ALTER TABLE cultural_families DROP CONSTRAINT cultural_families_org_id_member_id_fkey;
ALTER TABLE directive_documents DROP CONSTRAINT directive_documents_org_id_assignee_member_id_fkey;
ALTER TABLE directive_documents DROP CONSTRAINT directive_documents_org_id_attachment_id_fkey;
ALTER TABLE disciplinary_records DROP CONSTRAINT disciplinary_records_org_id_decision_id_fkey;
ALTER TABLE disciplinary_records DROP CONSTRAINT disciplinary_records_org_id_member_id_fkey;
ALTER TABLE dues_exemptions DROP CONSTRAINT dues_exemptions_org_id_member_id_fkey;
ALTER TABLE dues_payments DROP CONSTRAINT dues_payments_ledger_entry_id_fkey;
ALTER TABLE dues_payments DROP CONSTRAINT dues_payments_org_id_member_id_fkey;
ALTER TABLE emulation_meeting_attendees DROP CONSTRAINT emulation_meeting_attendees_org_id_meeting_id_fkey;
ALTER TABLE emulation_meeting_attendees DROP CONSTRAINT emulation_meeting_attendees_org_id_member_id_fkey;
ALTER TABLE emulation_registrations DROP CONSTRAINT emulation_registrations_org_id_member_id_fkey;
ALTER TABLE emulation_results DROP CONSTRAINT emulation_results_org_id_decision_id_fkey;
ALTER TABLE emulation_results DROP CONSTRAINT emulation_results_org_id_member_id_fkey;
ALTER TABLE emulation_votes DROP CONSTRAINT emulation_votes_org_id_meeting_id_fkey;
ALTER TABLE emulation_votes DROP CONSTRAINT emulation_votes_org_id_member_id_fkey;
ALTER TABLE fund_amount_changes DROP CONSTRAINT fund_amount_changes_org_id_fund_id_fkey;
ALTER TABLE fund_contributions DROP CONSTRAINT fund_contributions_ledger_entry_id_fkey;
ALTER TABLE fund_contributions DROP CONSTRAINT fund_contributions_org_id_fund_id_fkey;
ALTER TABLE fund_contributions DROP CONSTRAINT fund_contributions_org_id_member_id_fkey;
ALTER TABLE fund_opt_outs DROP CONSTRAINT fund_opt_outs_org_id_fund_id_fkey;
ALTER TABLE fund_opt_outs DROP CONSTRAINT fund_opt_outs_org_id_member_id_fkey;
ALTER TABLE initiative_authors DROP CONSTRAINT initiative_authors_org_id_initiative_id_fkey;
ALTER TABLE initiative_authors DROP CONSTRAINT initiative_authors_org_id_member_id_fkey;
ALTER TABLE initiatives DROP CONSTRAINT initiatives_org_id_decision_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_org_id_fund_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_org_id_member_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_reverses_id_fkey;
ALTER TABLE ledger_entry_attachments DROP CONSTRAINT ledger_entry_attachments_entry_id_fkey;
ALTER TABLE ledger_entry_attachments DROP CONSTRAINT ledger_entry_attachments_org_id_attachment_id_fkey;
ALTER TABLE meeting_issues DROP CONSTRAINT meeting_issues_org_id_meeting_id_fkey;
ALTER TABLE member_children DROP CONSTRAINT member_children_org_id_member_id_fkey;
ALTER TABLE member_dues_bases DROP CONSTRAINT member_dues_bases_org_id_member_id_fkey;
ALTER TABLE member_status_events DROP CONSTRAINT member_status_events_org_id_member_id_fkey;
ALTER TABLE plan_target_readings DROP CONSTRAINT plan_target_readings_org_id_attachment_id_fkey;
ALTER TABLE plan_target_readings DROP CONSTRAINT plan_target_readings_org_id_target_id_fkey;
ALTER TABLE plan_targets DROP CONSTRAINT plan_targets_movement_id_fkey;
ALTER TABLE recruitment_prospects DROP CONSTRAINT recruitment_prospects_org_id_member_id_fkey;
ALTER TABLE safety_officers DROP CONSTRAINT safety_officers_org_id_member_id_fkey;
ALTER TABLE staff_ratings DROP CONSTRAINT staff_ratings_org_id_decision_id_fkey;
ALTER TABLE staff_ratings DROP CONSTRAINT staff_ratings_org_id_member_id_fkey;
ALTER TABLE union_classifications DROP CONSTRAINT union_classifications_org_id_decision_id_fkey;
ALTER TABLE welfare_beneficiaries DROP CONSTRAINT welfare_beneficiaries_child_id_fkey;
ALTER TABLE welfare_beneficiaries DROP CONSTRAINT welfare_beneficiaries_org_id_event_id_fkey;
ALTER TABLE welfare_beneficiaries DROP CONSTRAINT welfare_beneficiaries_org_id_member_id_fkey;
ALTER TABLE welfare_events DROP CONSTRAINT welfare_events_ledger_entry_id_fkey;
ALTER TABLE work_accidents DROP CONSTRAINT work_accidents_org_id_member_id_fkey;
ALTER TABLE work_accidents DROP CONSTRAINT work_accidents_org_id_welfare_event_id_fkey;

-- 2. Primary and unique keys with org_id; the old key as a plain index.
-- activities
ALTER TABLE activities
  DROP CONSTRAINT activities_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT activities_org_id_id_key,
  DROP CONSTRAINT activities_schedule_day,
  ADD CONSTRAINT activities_schedule_day UNIQUE (org_id, schedule_id, held_on);
CREATE INDEX activities_id_idx ON activities (id);
-- activity_attendance
ALTER TABLE activity_attendance
  DROP CONSTRAINT activity_attendance_pkey,
  ADD PRIMARY KEY (org_id, activity_id, member_id);
CREATE INDEX activity_attendance_activity_id_member_id_idx ON activity_attendance (activity_id, member_id);
-- activity_schedules
ALTER TABLE activity_schedules
  DROP CONSTRAINT activity_schedules_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT activity_schedules_org_id_id_key;
CREATE INDEX activity_schedules_id_idx ON activity_schedules (id);
-- agreement_clauses
ALTER TABLE agreement_clauses
  DROP CONSTRAINT agreement_clauses_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT agreement_clauses_agreement_id_position_key,
  ADD CONSTRAINT agreement_clauses_agreement_id_position_key UNIQUE (org_id, agreement_id, "position");
CREATE INDEX agreement_clauses_id_idx ON agreement_clauses (id);
-- attachments
ALTER TABLE attachments
  DROP CONSTRAINT attachments_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT attachments_org_id_id_key;
CREATE INDEX attachments_id_idx ON attachments (id);
-- audit_log
ALTER TABLE audit_log
  DROP CONSTRAINT audit_log_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX audit_log_id_idx ON audit_log (id);
-- bargaining_rounds
ALTER TABLE bargaining_rounds
  DROP CONSTRAINT bargaining_rounds_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX bargaining_rounds_id_idx ON bargaining_rounds (id);
-- blood_donation_prior_counts
ALTER TABLE blood_donation_prior_counts
  DROP CONSTRAINT blood_donation_prior_counts_pkey,
  ADD PRIMARY KEY (org_id, member_id);
CREATE INDEX blood_donation_prior_counts_member_id_idx ON blood_donation_prior_counts (member_id);
-- blood_donations
ALTER TABLE blood_donations
  DROP CONSTRAINT blood_donations_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT blood_donations_once_a_day,
  ADD CONSTRAINT blood_donations_once_a_day UNIQUE (org_id, member_id, donated_on);
CREATE INDEX blood_donations_id_idx ON blood_donations (id);
-- campaigns
ALTER TABLE campaigns
  DROP CONSTRAINT campaigns_pkey,
  ADD PRIMARY KEY (org_id, fund_id);
CREATE INDEX campaigns_fund_id_idx ON campaigns (fund_id);
-- classification_thresholds
ALTER TABLE classification_thresholds
  DROP CONSTRAINT classification_thresholds_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX classification_thresholds_id_idx ON classification_thresholds (id);
-- collective_agreements
ALTER TABLE collective_agreements
  DROP CONSTRAINT collective_agreements_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT collective_agreements_org_id_id_key;
CREATE INDEX collective_agreements_id_idx ON collective_agreements (id);
-- collective_awards
ALTER TABLE collective_awards
  DROP CONSTRAINT collective_awards_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX collective_awards_id_idx ON collective_awards (id);
-- commendations
ALTER TABLE commendations
  DROP CONSTRAINT commendations_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX commendations_id_idx ON commendations (id);
-- cultural_families
ALTER TABLE cultural_families
  DROP CONSTRAINT cultural_families_pkey,
  ADD PRIMARY KEY (org_id, member_id, year);
CREATE INDEX cultural_families_member_id_year_idx ON cultural_families (member_id, year);
-- derived.member_status_periods
ALTER TABLE derived.member_status_periods
  DROP CONSTRAINT member_status_periods_pkey,
  ADD PRIMARY KEY (org_id, member_id, valid_from);
CREATE INDEX member_status_periods_member_id_valid_from_idx ON derived.member_status_periods (member_id, valid_from);
-- directive_documents
ALTER TABLE directive_documents
  DROP CONSTRAINT directive_documents_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT directive_documents_org_id_id_key;
CREATE INDEX directive_documents_id_idx ON directive_documents (id);
-- disciplinary_records
ALTER TABLE disciplinary_records
  DROP CONSTRAINT disciplinary_records_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX disciplinary_records_id_idx ON disciplinary_records (id);
-- dues_exemptions
ALTER TABLE dues_exemptions
  DROP CONSTRAINT dues_exemptions_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX dues_exemptions_id_idx ON dues_exemptions (id);
-- dues_payments
ALTER TABLE dues_payments
  DROP CONSTRAINT dues_payments_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT dues_payments_once,
  ADD CONSTRAINT dues_payments_once UNIQUE (org_id, member_id, month, ledger_entry_id);
CREATE INDEX dues_payments_id_idx ON dues_payments (id);
-- dues_union_rates
ALTER TABLE dues_union_rates
  DROP CONSTRAINT dues_union_rates_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX dues_union_rates_id_idx ON dues_union_rates (id);
-- emulation_collective_registrations
ALTER TABLE emulation_collective_registrations
  DROP CONSTRAINT emulation_collective_registrations_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX emulation_collective_registrations_id_idx ON emulation_collective_registrations (id);
-- emulation_decisions
ALTER TABLE emulation_decisions
  DROP CONSTRAINT emulation_decisions_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT emulation_decisions_org_id_id_key;
CREATE INDEX emulation_decisions_id_idx ON emulation_decisions (id);
-- emulation_meeting_attendees
ALTER TABLE emulation_meeting_attendees
  DROP CONSTRAINT emulation_meeting_attendees_pkey,
  ADD PRIMARY KEY (org_id, meeting_id, member_id);
CREATE INDEX emulation_meeting_attendees_meeting_id_member_id_idx ON emulation_meeting_attendees (meeting_id, member_id);
-- emulation_meetings
ALTER TABLE emulation_meetings
  DROP CONSTRAINT emulation_meetings_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT emulation_meetings_org_id_id_key;
CREATE INDEX emulation_meetings_id_idx ON emulation_meetings (id);
-- emulation_movements
ALTER TABLE emulation_movements
  DROP CONSTRAINT emulation_movements_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX emulation_movements_id_idx ON emulation_movements (id);
-- emulation_registrations
ALTER TABLE emulation_registrations
  DROP CONSTRAINT emulation_registrations_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT emulation_registrations_once,
  ADD CONSTRAINT emulation_registrations_once UNIQUE (org_id, member_id, year, title);
CREATE INDEX emulation_registrations_id_idx ON emulation_registrations (id);
-- emulation_results
ALTER TABLE emulation_results
  DROP CONSTRAINT emulation_results_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT emulation_results_once,
  ADD CONSTRAINT emulation_results_once UNIQUE (org_id, member_id, year, title);
CREATE INDEX emulation_results_id_idx ON emulation_results (id);
-- emulation_votes
ALTER TABLE emulation_votes
  DROP CONSTRAINT emulation_votes_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT emulation_votes_once,
  ADD CONSTRAINT emulation_votes_once UNIQUE (org_id, meeting_id, member_id, title);
CREATE INDEX emulation_votes_id_idx ON emulation_votes (id);
-- finance_disclosures
ALTER TABLE finance_disclosures
  DROP CONSTRAINT finance_disclosures_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX finance_disclosures_id_idx ON finance_disclosures (id);
-- fund_amount_changes
ALTER TABLE fund_amount_changes
  DROP CONSTRAINT fund_amount_changes_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT fund_amount_changes_once,
  ADD CONSTRAINT fund_amount_changes_once UNIQUE (org_id, fund_id, from_month);
CREATE INDEX fund_amount_changes_id_idx ON fund_amount_changes (id);
-- fund_contributions
ALTER TABLE fund_contributions
  DROP CONSTRAINT fund_contributions_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX fund_contributions_id_idx ON fund_contributions (id);
DROP INDEX fund_contributions_month_once;
CREATE UNIQUE INDEX fund_contributions_month_once ON fund_contributions USING btree (org_id, member_id, month, ledger_entry_id) WHERE (month IS NOT NULL);
DROP INDEX fund_contributions_once;
CREATE UNIQUE INDEX fund_contributions_once ON fund_contributions USING btree (org_id, member_id, ledger_entry_id) WHERE (month IS NULL);
-- fund_opt_outs
ALTER TABLE fund_opt_outs
  DROP CONSTRAINT fund_opt_outs_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX fund_opt_outs_id_idx ON fund_opt_outs (id);
-- funds
ALTER TABLE funds
  DROP CONSTRAINT funds_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT funds_org_id_id_key;
CREATE INDEX funds_id_idx ON funds (id);
-- initiative_authors
ALTER TABLE initiative_authors
  DROP CONSTRAINT initiative_authors_pkey,
  ADD PRIMARY KEY (org_id, initiative_id, member_id);
CREATE INDEX initiative_authors_initiative_id_member_id_idx ON initiative_authors (initiative_id, member_id);
-- initiatives
ALTER TABLE initiatives
  DROP CONSTRAINT initiatives_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT initiatives_org_id_id_key;
CREATE INDEX initiatives_id_idx ON initiatives (id);
-- labour_disputes
ALTER TABLE labour_disputes
  DROP CONSTRAINT labour_disputes_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX labour_disputes_id_idx ON labour_disputes (id);
-- ledger_entries
ALTER TABLE ledger_entries
  DROP CONSTRAINT ledger_entries_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT ledger_entries_reverses_id_key,
  ADD CONSTRAINT ledger_entries_reverses_id_key UNIQUE (org_id, reverses_id);
CREATE INDEX ledger_entries_id_idx ON ledger_entries (id);
-- ledger_entry_attachments
ALTER TABLE ledger_entry_attachments
  DROP CONSTRAINT ledger_entry_attachments_pkey,
  ADD PRIMARY KEY (org_id, entry_id, attachment_id);
CREATE INDEX ledger_entry_attachments_entry_id_attachment_id_idx ON ledger_entry_attachments (entry_id, attachment_id);
-- meeting_issues
ALTER TABLE meeting_issues
  DROP CONSTRAINT meeting_issues_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX meeting_issues_id_idx ON meeting_issues (id);
-- member_children
ALTER TABLE member_children
  DROP CONSTRAINT member_children_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX member_children_id_idx ON member_children (id);
-- member_dues_bases
ALTER TABLE member_dues_bases
  DROP CONSTRAINT member_dues_bases_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT member_dues_bases_once,
  ADD CONSTRAINT member_dues_bases_once UNIQUE (org_id, member_id, from_month);
CREATE INDEX member_dues_bases_id_idx ON member_dues_bases (id);
-- member_status_events
ALTER TABLE member_status_events
  DROP CONSTRAINT member_status_events_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT member_status_events_member_id_on_date_kind_key,
  ADD CONSTRAINT member_status_events_member_id_on_date_kind_key UNIQUE (org_id, member_id, on_date, kind);
CREATE INDEX member_status_events_id_idx ON member_status_events (id);
-- members
ALTER TABLE members
  DROP CONSTRAINT members_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT members_org_id_id_key;
CREATE INDEX members_id_idx ON members (id);
-- plan_target_readings
ALTER TABLE plan_target_readings
  DROP CONSTRAINT plan_target_readings_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX plan_target_readings_id_idx ON plan_target_readings (id);
-- plan_targets
ALTER TABLE plan_targets
  DROP CONSTRAINT plan_targets_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT plan_targets_org_id_id_key;
CREATE INDEX plan_targets_id_idx ON plan_targets (id);
-- recruitment_prospects
ALTER TABLE recruitment_prospects
  DROP CONSTRAINT recruitment_prospects_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX recruitment_prospects_id_idx ON recruitment_prospects (id);
-- recruitment_targets
ALTER TABLE recruitment_targets
  DROP CONSTRAINT recruitment_targets_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX recruitment_targets_id_idx ON recruitment_targets (id);
-- report_versions
ALTER TABLE report_versions
  DROP CONSTRAINT report_versions_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX report_versions_id_idx ON report_versions (id);
-- safety_inspections
ALTER TABLE safety_inspections
  DROP CONSTRAINT safety_inspections_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX safety_inspections_id_idx ON safety_inspections (id);
-- safety_officers
ALTER TABLE safety_officers
  DROP CONSTRAINT safety_officers_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX safety_officers_id_idx ON safety_officers (id);
-- staff_ratings
ALTER TABLE staff_ratings
  DROP CONSTRAINT staff_ratings_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT staff_ratings_once,
  ADD CONSTRAINT staff_ratings_once UNIQUE (org_id, member_id, year);
CREATE INDEX staff_ratings_id_idx ON staff_ratings (id);
-- welfare_beneficiaries
ALTER TABLE welfare_beneficiaries
  DROP CONSTRAINT welfare_beneficiaries_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX welfare_beneficiaries_id_idx ON welfare_beneficiaries (id);
-- welfare_events
ALTER TABLE welfare_events
  DROP CONSTRAINT welfare_events_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT welfare_events_ledger_entry_id_key,
  ADD CONSTRAINT welfare_events_ledger_entry_id_key UNIQUE (org_id, ledger_entry_id),
  DROP CONSTRAINT welfare_events_org_id_id_key;
CREATE INDEX welfare_events_id_idx ON welfare_events (id);
-- work_accidents
ALTER TABLE work_accidents
  DROP CONSTRAINT work_accidents_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT work_accidents_welfare_event_id_key,
  ADD CONSTRAINT work_accidents_welfare_event_id_key UNIQUE (org_id, welfare_event_id);
CREATE INDEX work_accidents_id_idx ON work_accidents (id);
-- workforce_figures
ALTER TABLE workforce_figures
  DROP CONSTRAINT workforce_figures_pkey,
  ADD PRIMARY KEY (org_id, id);
CREATE INDEX workforce_figures_id_idx ON workforce_figures (id);
-- workplace_meetings
ALTER TABLE workplace_meetings
  DROP CONSTRAINT workplace_meetings_pkey,
  ADD PRIMARY KEY (org_id, id),
  DROP CONSTRAINT workplace_meetings_org_id_id_key;
CREATE INDEX workplace_meetings_id_idx ON workplace_meetings (id);

-- 1 (end). The foreign keys back, with org_id on both sides.
ALTER TABLE activities ADD CONSTRAINT activities_movement_id_fkey FOREIGN KEY (org_id, movement_id) REFERENCES emulation_movements(org_id, id);
ALTER TABLE activities ADD CONSTRAINT activities_org_id_organiser_id_fkey FOREIGN KEY (org_id, organiser_id) REFERENCES members(org_id, id);
ALTER TABLE activities ADD CONSTRAINT activities_schedule_id_fkey FOREIGN KEY (org_id, schedule_id) REFERENCES activity_schedules(org_id, id) ON DELETE SET NULL (schedule_id);
ALTER TABLE activity_attendance ADD CONSTRAINT activity_attendance_org_id_activity_id_fkey FOREIGN KEY (org_id, activity_id) REFERENCES activities(org_id, id) ON DELETE CASCADE;
ALTER TABLE activity_attendance ADD CONSTRAINT activity_attendance_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE agreement_clauses ADD CONSTRAINT agreement_clauses_org_id_agreement_id_fkey FOREIGN KEY (org_id, agreement_id) REFERENCES collective_agreements(org_id, id) ON DELETE CASCADE;
ALTER TABLE blood_donation_prior_counts ADD CONSTRAINT blood_donation_prior_counts_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE blood_donations ADD CONSTRAINT blood_donations_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE campaigns ADD CONSTRAINT campaigns_org_id_fund_id_fkey FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id);
ALTER TABLE collective_awards ADD CONSTRAINT collective_awards_org_id_decision_id_fkey FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id);
ALTER TABLE commendations ADD CONSTRAINT commendations_org_id_decision_id_fkey FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id);
ALTER TABLE commendations ADD CONSTRAINT commendations_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE cultural_families ADD CONSTRAINT cultural_families_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE directive_documents ADD CONSTRAINT directive_documents_org_id_assignee_member_id_fkey FOREIGN KEY (org_id, assignee_member_id) REFERENCES members(org_id, id) ON DELETE SET NULL (assignee_member_id);
ALTER TABLE directive_documents ADD CONSTRAINT directive_documents_org_id_attachment_id_fkey FOREIGN KEY (org_id, attachment_id) REFERENCES attachments(org_id, id);
ALTER TABLE disciplinary_records ADD CONSTRAINT disciplinary_records_org_id_decision_id_fkey FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id);
ALTER TABLE disciplinary_records ADD CONSTRAINT disciplinary_records_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE dues_exemptions ADD CONSTRAINT dues_exemptions_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE;
ALTER TABLE dues_payments ADD CONSTRAINT dues_payments_ledger_entry_id_fkey FOREIGN KEY (org_id, ledger_entry_id) REFERENCES ledger_entries(org_id, id);
ALTER TABLE dues_payments ADD CONSTRAINT dues_payments_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE emulation_meeting_attendees ADD CONSTRAINT emulation_meeting_attendees_org_id_meeting_id_fkey FOREIGN KEY (org_id, meeting_id) REFERENCES emulation_meetings(org_id, id) ON DELETE CASCADE;
ALTER TABLE emulation_meeting_attendees ADD CONSTRAINT emulation_meeting_attendees_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE emulation_registrations ADD CONSTRAINT emulation_registrations_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE emulation_results ADD CONSTRAINT emulation_results_org_id_decision_id_fkey FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id);
ALTER TABLE emulation_results ADD CONSTRAINT emulation_results_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE emulation_votes ADD CONSTRAINT emulation_votes_org_id_meeting_id_fkey FOREIGN KEY (org_id, meeting_id) REFERENCES emulation_meetings(org_id, id) ON DELETE CASCADE;
ALTER TABLE emulation_votes ADD CONSTRAINT emulation_votes_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE fund_amount_changes ADD CONSTRAINT fund_amount_changes_org_id_fund_id_fkey FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id);
ALTER TABLE fund_contributions ADD CONSTRAINT fund_contributions_ledger_entry_id_fkey FOREIGN KEY (org_id, ledger_entry_id) REFERENCES ledger_entries(org_id, id);
ALTER TABLE fund_contributions ADD CONSTRAINT fund_contributions_org_id_fund_id_fkey FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id);
ALTER TABLE fund_contributions ADD CONSTRAINT fund_contributions_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE fund_opt_outs ADD CONSTRAINT fund_opt_outs_org_id_fund_id_fkey FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id);
ALTER TABLE fund_opt_outs ADD CONSTRAINT fund_opt_outs_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE;
ALTER TABLE initiative_authors ADD CONSTRAINT initiative_authors_org_id_initiative_id_fkey FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id) ON DELETE CASCADE;
ALTER TABLE initiative_authors ADD CONSTRAINT initiative_authors_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE initiatives ADD CONSTRAINT initiatives_org_id_decision_id_fkey FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id);
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_org_id_fund_id_fkey FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id);
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_reverses_id_fkey FOREIGN KEY (org_id, reverses_id) REFERENCES ledger_entries(org_id, id);
ALTER TABLE ledger_entry_attachments ADD CONSTRAINT ledger_entry_attachments_entry_id_fkey FOREIGN KEY (org_id, entry_id) REFERENCES ledger_entries(org_id, id);
ALTER TABLE ledger_entry_attachments ADD CONSTRAINT ledger_entry_attachments_org_id_attachment_id_fkey FOREIGN KEY (org_id, attachment_id) REFERENCES attachments(org_id, id);
ALTER TABLE meeting_issues ADD CONSTRAINT meeting_issues_org_id_meeting_id_fkey FOREIGN KEY (org_id, meeting_id) REFERENCES workplace_meetings(org_id, id) ON DELETE CASCADE;
ALTER TABLE member_children ADD CONSTRAINT member_children_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE;
ALTER TABLE member_dues_bases ADD CONSTRAINT member_dues_bases_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE;
ALTER TABLE member_status_events ADD CONSTRAINT member_status_events_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE;
ALTER TABLE plan_target_readings ADD CONSTRAINT plan_target_readings_org_id_attachment_id_fkey FOREIGN KEY (org_id, attachment_id) REFERENCES attachments(org_id, id);
ALTER TABLE plan_target_readings ADD CONSTRAINT plan_target_readings_org_id_target_id_fkey FOREIGN KEY (org_id, target_id) REFERENCES plan_targets(org_id, id) ON DELETE CASCADE;
ALTER TABLE plan_targets ADD CONSTRAINT plan_targets_movement_id_fkey FOREIGN KEY (org_id, movement_id) REFERENCES emulation_movements(org_id, id) ON DELETE SET NULL (movement_id);
ALTER TABLE recruitment_prospects ADD CONSTRAINT recruitment_prospects_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE safety_officers ADD CONSTRAINT safety_officers_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE staff_ratings ADD CONSTRAINT staff_ratings_org_id_decision_id_fkey FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id);
ALTER TABLE staff_ratings ADD CONSTRAINT staff_ratings_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE union_classifications ADD CONSTRAINT union_classifications_org_id_decision_id_fkey FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id);
ALTER TABLE welfare_beneficiaries ADD CONSTRAINT welfare_beneficiaries_child_id_fkey FOREIGN KEY (org_id, child_id) REFERENCES member_children(org_id, id) ON DELETE SET NULL (child_id);
ALTER TABLE welfare_beneficiaries ADD CONSTRAINT welfare_beneficiaries_org_id_event_id_fkey FOREIGN KEY (org_id, event_id) REFERENCES welfare_events(org_id, id);
ALTER TABLE welfare_beneficiaries ADD CONSTRAINT welfare_beneficiaries_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE welfare_events ADD CONSTRAINT welfare_events_ledger_entry_id_fkey FOREIGN KEY (org_id, ledger_entry_id) REFERENCES ledger_entries(org_id, id);
ALTER TABLE work_accidents ADD CONSTRAINT work_accidents_org_id_member_id_fkey FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id);
ALTER TABLE work_accidents ADD CONSTRAINT work_accidents_org_id_welfare_event_id_fkey FOREIGN KEY (org_id, welfare_event_id) REFERENCES welfare_events(org_id, id);
