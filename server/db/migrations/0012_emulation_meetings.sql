-- 0012: the evaluation meeting (họp bình xét) of a union's emulation year: who met, and per candidate and title the
-- votes for and the votes cast. The pass threshold is the union's own setting (no national rule was found): a ratio of
-- the votes cast, "more than" or "at least". A union that never set one uses the default, more than 1/2. Each meeting
-- keeps the threshold it was held under, so changing the setting later does not rewrite past minutes.

CREATE TABLE emulation_vote_thresholds (
  org_id integer PRIMARY KEY REFERENCES organisations(id),
  numerator integer NOT NULL CHECK (numerator >= 1),
  denominator integer NOT NULL CHECK (denominator BETWEEN 1 AND 100 AND numerator <= denominator),
  -- true: "từ … trở lên" (at least); false: "trên …" (more than)
  inclusive boolean NOT NULL,
  -- "more than all the votes" could never pass
  CHECK (inclusive OR numerator < denominator),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE emulation_meetings (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  held_on date NOT NULL,
  place text NOT NULL CHECK (length(place) BETWEEN 2 AND 300),
  chair_name text NOT NULL CHECK (length(chair_name) BETWEEN 2 AND 120),
  secretary_name text NOT NULL CHECK (length(secretary_name) BETWEEN 2 AND 120),
  -- đoàn viên được triệu tập (optional) and present
  members_total integer CHECK (members_total BETWEEN 1 AND 100000),
  attendee_count integer NOT NULL CHECK (attendee_count BETWEEN 1 AND 100000),
  content text CHECK (length(content) <= 5000),
  threshold_numerator integer NOT NULL CHECK (threshold_numerator >= 1),
  threshold_denominator integer NOT NULL CHECK (threshold_denominator BETWEEN 1 AND 100 AND threshold_numerator <= threshold_denominator),
  threshold_inclusive boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (members_total IS NULL OR attendee_count <= members_total),
  -- the year-end meeting is held in the year judged or early in the next
  CHECK (held_on BETWEEN make_date(year, 1, 1) AND make_date(year + 1, 3, 31)),
  UNIQUE (org_id, id)
);
CREATE INDEX emulation_meetings_year ON emulation_meetings (org_id, year);

-- Optional: the members present by name (otherwise only attendee_count).
CREATE TABLE emulation_meeting_attendees (
  org_id integer NOT NULL,
  meeting_id integer NOT NULL,
  member_id integer NOT NULL,
  PRIMARY KEY (meeting_id, member_id),
  FOREIGN KEY (org_id, meeting_id) REFERENCES emulation_meetings(org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id)
);

-- Phiếu bình xét: one row per candidate and title.
CREATE TABLE emulation_votes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  meeting_id integer NOT NULL,
  member_id integer NOT NULL,
  title text NOT NULL CHECK (title IN ('ldtt', 'cstdcs')),
  votes_for integer NOT NULL CHECK (votes_for >= 0),
  votes_cast integer NOT NULL CHECK (votes_cast BETWEEN 1 AND 100000),
  FOREIGN KEY (org_id, meeting_id) REFERENCES emulation_meetings(org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  CHECK (votes_for <= votes_cast),
  CONSTRAINT emulation_votes_once UNIQUE (meeting_id, member_id, title)
);
