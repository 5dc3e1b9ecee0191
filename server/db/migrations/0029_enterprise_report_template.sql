-- 0029: unions in enterprises and cooperatives write the enterprise annual report (jobs and incomes, the collective
-- agreement, dialogue, safety, disputes, recruitment: server/modules/reports/templates/enterprise.template.ts), not
-- the agency one they were given in 0001. Professional unions (nghiệp đoàn) of self-employed workers have no
-- employer to bargain with and keep the agency outline until they get their own.
UPDATE org_kinds SET report_template = 'enterprise'
WHERE code IN ('state_enterprise', 'private_enterprise', 'fdi_enterprise', 'cooperative');
