-- 0031: the roll-up's figures of each grassroots union, kept between requests and forgotten on write (issue 15).
--
-- A federation's roll-up sums every union below it; computing a province's dues grids, titles and welfare for each
-- request takes seconds at a million members. derived.union_figures keeps one union's figures for an (as_of, year)
-- as computed on a day (computed_on: the dues of months not begun yet depend on today), with the union's version
-- read before the computation. derived.union_versions counts the writes to each union's records: statement triggers
-- on every table a roll-up source reads bump the version of the unions a statement touched, so a kept row whose
-- version is behind is stale and is computed again (server/modules/federation/figures-cache.ts). A write that
-- commits while a roll-up computes bumps the version after the roll-up read it: the row written is stale at once,
-- never wrong. A change of rules (dues rates, caps) forgets every kept row.
--
-- Both tables are derived data outside `public`: a backup does not copy them; they refill on use.

CREATE TABLE derived.union_versions (
  org_id integer PRIMARY KEY,
  version bigint NOT NULL
);

CREATE TABLE derived.union_figures (
  org_id integer NOT NULL,
  as_of date NOT NULL,
  year integer NOT NULL,
  version bigint NOT NULL,
  computed_on date NOT NULL,
  figures jsonb NOT NULL,
  PRIMARY KEY (org_id, as_of, year)
);

CREATE FUNCTION derived.bump_union_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- In org order, so two writers of several unions lock their version rows in the same order.
  INSERT INTO derived.union_versions AS v (org_id, version)
  SELECT DISTINCT org_id, 1 FROM changed_rows WHERE org_id IS NOT NULL ORDER BY org_id
  ON CONFLICT (org_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;

CREATE FUNCTION derived.forget_union_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM derived.union_figures;
  RETURN NULL;
END $$;

-- The tables the roll-up sources read (server/modules/federation/rollup-sources/, members counted from members and
-- the status events); figures-cache.int.test.ts fails when a source reads a table missing here.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'members', 'member_status_events', 'org_versions', 'workforce_figures',
    'emulation_registrations', 'emulation_collective_registrations', 'emulation_results', 'collective_awards',
    'union_classifications', 'member_dues_bases', 'dues_exemptions', 'dues_union_rates', 'dues_payments',
    'ledger_entries', 'welfare_events', 'collective_agreements', 'workplace_meetings'
  ] LOOP
    EXECUTE format('CREATE TRIGGER union_figures_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION derived.bump_union_versions()', t);
    EXECUTE format('CREATE TRIGGER union_figures_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION derived.bump_union_versions()', t);
    EXECUTE format('CREATE TRIGGER union_figures_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION derived.bump_union_versions()', t);
    EXECUTE format('CREATE TRIGGER union_figures_truncate AFTER TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION derived.forget_union_figures()', t);
  END LOOP;
END $$;

CREATE TRIGGER union_figures_rules AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rule_sets
  FOR EACH STATEMENT EXECUTE FUNCTION derived.forget_union_figures();
