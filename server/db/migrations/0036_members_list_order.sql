-- 0036: the member list's order in one index. The list sorts by name and then id (namesakes by id); the index on
-- (org_id, sort_key) gave the names only, so a page far into a 20.000-member union re-sorted every namesake group
-- it walked (docs/benchmarks.md, member list, middle page). This one gives the whole order and replaces it.
CREATE INDEX members_org_sort_id ON members (org_id, sort_key COLLATE "C", id);
DROP INDEX members_org_sort;
