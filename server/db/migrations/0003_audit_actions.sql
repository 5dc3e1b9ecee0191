-- 0003: the audit log's actions are named by the code (core/audit.ts lists them); the database only checks
-- their shape, so a module adding an action (grant, revoke, activate, restore …) needs no migration.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action ~ '^[a-z_]{2,30}$');
