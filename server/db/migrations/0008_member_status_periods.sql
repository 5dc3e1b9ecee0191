-- 0008: the member status on a date, answered by an index instead of a sort of each member's events per request.
--
-- derived.member_status_periods holds, per member, one row per date that has status events: from that date
-- (valid_from) to the next one (valid_to, exclusive; 'infinity' for the last) the status set by the day's last event
-- (the highest id among that date's events) is in force, `since` being that date. The first row starts at
-- -infinity: before the first event it still answers, with since > the date asked, which the app shows as
-- 'pending' — the first event's kind and date, as the history query answered before.
-- So the rows of a member tile time: the status on D is the row begun last on or before D, one step of the
-- (member_id, valid_from) index — the same answer as "the latest event on or before D, else the first one".
--
-- The table is derived data kept by the database itself: statement triggers on member_status_events rebuild the
-- periods of the members a statement touched (insert, update, delete — a member's deletion cascades to its events —
-- and truncate), whatever path wrote the events (form, import, ending a union, restoring a deleted member).
-- It lives outside the public schema on purpose: a backup copies public tables only, and a restore rebuilds these
-- rows from the restored events through the same triggers.
CREATE SCHEMA derived;

CREATE TABLE derived.member_status_periods (
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  kind text NOT NULL,
  since date NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  PRIMARY KEY (member_id, valid_from)
);

CREATE FUNCTION derived.rebuild_member_status_periods(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Two transactions writing events of the same member take turns here (the second then sees the first's events).
  -- NO KEY UPDATE does not conflict with the key-share locks the events' foreign key takes.
  PERFORM 1 FROM public.members WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  DELETE FROM derived.member_status_periods WHERE member_id = ANY (ids);
  INSERT INTO derived.member_status_periods (org_id, member_id, kind, since, valid_from, valid_to)
  WITH days AS (
    SELECT DISTINCT ON (e.member_id, e.on_date) e.org_id, e.member_id, e.kind, e.on_date
    FROM public.member_status_events e
    WHERE e.member_id = ANY (ids)
    ORDER BY e.member_id, e.on_date, e.id DESC
  )
  SELECT d.org_id, d.member_id, d.kind, d.on_date,
    CASE WHEN lag(d.on_date) OVER w IS NULL THEN '-infinity'::date ELSE d.on_date END,
    COALESCE(lead(d.on_date) OVER w, 'infinity'::date)
  FROM days d
  WINDOW w AS (PARTITION BY d.member_id ORDER BY d.on_date);
END $$;

CREATE FUNCTION derived.member_status_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM derived.rebuild_member_status_periods(ARRAY(SELECT DISTINCT member_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM derived.rebuild_member_status_periods(ARRAY(SELECT member_id FROM old_rows UNION SELECT member_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM derived.rebuild_member_status_periods(ARRAY(SELECT DISTINCT member_id FROM old_rows));
  ELSE
    TRUNCATE derived.member_status_periods;
  END IF;
  RETURN NULL;
END $$;

-- A trigger with transition tables names one event only.
CREATE TRIGGER member_status_periods_insert AFTER INSERT ON member_status_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.member_status_events_changed();
CREATE TRIGGER member_status_periods_update AFTER UPDATE ON member_status_events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.member_status_events_changed();
CREATE TRIGGER member_status_periods_delete AFTER DELETE ON member_status_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.member_status_events_changed();
CREATE TRIGGER member_status_periods_truncate AFTER TRUNCATE ON member_status_events
  FOR EACH STATEMENT EXECUTE FUNCTION derived.member_status_events_changed();

SELECT derived.rebuild_member_status_periods(ARRAY(SELECT id FROM members));
