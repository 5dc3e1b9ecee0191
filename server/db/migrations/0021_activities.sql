-- 0021: hoạt động (activities) with recurring schedules, attendance per member, and gia đình văn hóa (cultural
-- families) per member and year: the records behind the report's A.II.2 and A.III ("sinh hoạt công đoàn chưa đảm
-- bảo", members absent from the Friday-afternoon Chủ nhật xanh, "100 % gia đình văn hóa").

-- Kinds are data. System kinds (org_id NULL) are seeded here; a union may add its own (org_id set).
CREATE TABLE activity_kinds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer REFERENCES organisations(id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
  sort integer NOT NULL DEFAULT 100
);
-- A code is unique among the system kinds and the union's own (the service also refuses a union code equal to a
-- system one).
CREATE UNIQUE INDEX activity_kinds_code ON activity_kinds (COALESCE(org_id, 0), code);

INSERT INTO activity_kinds (org_id, code, name, sort) VALUES
  (NULL, 'hop-bch', 'Họp Ban Chấp hành', 10),
  (NULL, 'sinh-hoat-cong-doan', 'Sinh hoạt công đoàn', 20),
  (NULL, 'chu-nhat-xanh', 'Chủ nhật xanh', 30),
  (NULL, 'hoc-tap-nghi-quyet', 'Học tập nghị quyết', 40),
  (NULL, 'van-nghe-the-thao', 'Văn nghệ – thể thao', 50),
  (NULL, 'ky-niem-ngay-le', 'Kỷ niệm ngày lễ', 60),
  (NULL, 'tham-quan', 'Tham quan', 70),
  (NULL, 'nu-cong', 'Hoạt động nữ công', 80),
  (NULL, 'khac', 'Hoạt động khác', 90);

-- Who is expected: the whole union, one tổ (group_id, a child organisation), or the women of the union.
-- A recurring schedule: weekly on an ISO weekday (1 Monday … 7 Sunday) or monthly on a day of the month (a day past
-- the month's end falls on its last day: day 31 is 30/4 and 28 or 29/2). Start times are "HH:MM" text.
CREATE TABLE activity_schedules (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  kind_id integer NOT NULL REFERENCES activity_kinds(id),
  title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  recurrence text NOT NULL CHECK (recurrence IN ('weekly', 'monthly')),
  weekday integer CHECK (weekday BETWEEN 1 AND 7),
  month_day integer CHECK (month_day BETWEEN 1 AND 31),
  start_time text CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  valid_from date NOT NULL,
  valid_to date,
  place text CHECK (length(place) BETWEEN 2 AND 200),
  audience text NOT NULL CHECK (audience IN ('union', 'group', 'women')),
  group_id integer REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((recurrence = 'weekly' AND weekday IS NOT NULL AND month_day IS NULL)
      OR (recurrence = 'monthly' AND month_day IS NOT NULL AND weekday IS NULL)),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK ((audience = 'group') = (group_id IS NOT NULL)),
  UNIQUE (org_id, id)
);

CREATE TABLE activities (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  kind_id integer NOT NULL REFERENCES activity_kinds(id),
  -- The schedule it was generated from; a deleted schedule leaves its activities (and their attendance) standing.
  schedule_id integer REFERENCES activity_schedules(id) ON DELETE SET NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  held_on date NOT NULL,
  start_time text CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  place text CHECK (length(place) BETWEEN 2 AND 200),
  organiser_id integer,
  movement_id integer REFERENCES emulation_movements(id),
  audience text NOT NULL CHECK (audience IN ('union', 'group', 'women')),
  group_id integer REFERENCES organisations(id),
  cancelled boolean NOT NULL DEFAULT false,
  note text CHECK (length(note) <= 1000),
  -- Set when the roster is first saved: only activities whose attendance was taken count in the rates.
  attendance_taken_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, organiser_id) REFERENCES members(org_id, id),
  CHECK ((audience = 'group') = (group_id IS NOT NULL)),
  CHECK (NOT (cancelled AND attendance_taken_at IS NOT NULL)),
  -- Generating a schedule's occurrences twice adds nothing.
  CONSTRAINT activities_schedule_day UNIQUE (schedule_id, held_on),
  UNIQUE (org_id, id)
);
CREATE INDEX activities_org_date ON activities (org_id, held_on);

-- One row per expected member once the roster is saved (everyone present unless marked otherwise).
CREATE TABLE activity_attendance (
  org_id integer NOT NULL,
  activity_id integer NOT NULL,
  member_id integer NOT NULL,
  -- present: có mặt; excused: vắng có lý do; absent: vắng không lý do
  status text NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
  note text CHECK (length(note) <= 300),
  PRIMARY KEY (activity_id, member_id),
  FOREIGN KEY (org_id, activity_id) REFERENCES activities(org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id)
);
CREATE INDEX activity_attendance_member ON activity_attendance (org_id, member_id);

-- A union's own settings: members whose attendance rate is below the threshold (percent) are listed.
CREATE TABLE activity_settings (
  org_id integer PRIMARY KEY REFERENCES organisations(id),
  attendance_threshold integer NOT NULL DEFAULT 80 CHECK (attendance_threshold BETWEEN 1 AND 100),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Gia đình văn hóa: the family of a member recognised as a cultural family in a year.
CREATE TABLE cultural_families (
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  recognised boolean NOT NULL,
  note text CHECK (length(note) <= 300),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, year),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id)
);
CREATE INDEX cultural_families_org_year ON cultural_families (org_id, year);
