-- 0034: indexes found missing by the federation benchmark (issue 15 item 5, docs/benchmarks.md, 01/12/2026).
-- Both tables were indexed by member only, so a question about one union (or the unions under a federation) read the
-- whole table: at 1.000.000 members, the annual report's admissions per month (member_status_events by org_id and
-- date) took 120 ms of a parallel sequential scan for a 33-member union, and the roll-up's active members per month
-- (member_status_periods by org_id) read all 1,06M periods whatever the federation's size.
CREATE INDEX member_status_events_org ON member_status_events (org_id, on_date);
CREATE INDEX member_status_periods_org ON derived.member_status_periods (org_id, valid_from);
