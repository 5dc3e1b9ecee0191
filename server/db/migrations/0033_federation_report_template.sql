-- 0033: upper levels (Tổng Liên đoàn, Liên đoàn Lao động tỉnh, thành phố, công đoàn ngành, Liên đoàn Lao động huyện,
-- Công đoàn xã, phường) write their own annual report, drafted from the roll-up of the grassroots unions below them
-- (server/modules/reports/templates/federation.template.ts); until now they had no template.
UPDATE org_kinds SET report_template = 'federation'
WHERE code IN ('confederation', 'provincial_federation', 'industry_union', 'district_federation', 'commune_union');
