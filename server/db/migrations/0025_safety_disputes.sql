-- 0025: an toàn, vệ sinh lao động (occupational safety) and tranh chấp lao động (labour disputes) of an enterprise
-- union: the safety network, inspections, work accidents with the union's support, and disputes and stoppages.

-- An toàn vệ sinh viên: a member appointed to the safety network of a tổ or area; active while ended_on is NULL or later.
CREATE TABLE safety_officers (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  member_id integer NOT NULL,
  area text NOT NULL CHECK (length(area) BETWEEN 2 AND 200),
  appointed_on date NOT NULL,
  ended_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  CHECK (ended_on IS NULL OR ended_on >= appointed_on)
);
CREATE INDEX safety_officers_org ON safety_officers (org_id, appointed_on);

-- Kiểm tra ATVSLĐ: an inspection of an area, the hazards it found and their follow-up (done_on when remedied).
CREATE TABLE safety_inspections (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  inspected_on date NOT NULL,
  area text NOT NULL CHECK (length(area) BETWEEN 2 AND 200),
  findings text NOT NULL CHECK (length(findings) BETWEEN 2 AND 2000),
  hazards_found integer NOT NULL DEFAULT 0 CHECK (hazards_found BETWEEN 0 AND 1000),
  follow_up text CHECK (length(follow_up) <= 2000),
  done_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (done_on IS NULL OR done_on >= inspected_on)
);
CREATE INDEX safety_inspections_org_date ON safety_inspections (org_id, inspected_on);

-- Tai nạn lao động. The injured person is a member (member_id) or someone else (a worker not in the union): the name
-- is kept either way so the record reads right. The union's support is a welfare event of the same union, whose
-- payment (phiếu chi) is the support paid: the money is never typed twice.
CREATE TABLE work_accidents (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  occurred_on date NOT NULL,
  member_id integer,
  person_name text NOT NULL CHECK (length(person_name) BETWEEN 2 AND 100),
  severity text NOT NULL CHECK (severity IN ('minor', 'serious', 'fatal')),
  cause text NOT NULL CHECK (length(cause) BETWEEN 2 AND 2000),
  days_lost integer NOT NULL DEFAULT 0 CHECK (days_lost BETWEEN 0 AND 10000),
  welfare_event_id integer UNIQUE,
  note text CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  FOREIGN KEY (org_id, welfare_event_id) REFERENCES welfare_events(org_id, id)
);
CREATE INDEX work_accidents_org_date ON work_accidents (org_id, occurred_on);

-- Tranh chấp lao động: an individual or collective dispute, possibly with a stoppage (ngừng việc tập thể), the workers'
-- demands, what the union did and how it ended.
CREATE TABLE labour_disputes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  started_on date NOT NULL,
  ended_on date,
  kind text NOT NULL CHECK (kind IN ('individual', 'collective')),
  stoppage boolean NOT NULL DEFAULT false,
  workers_involved integer NOT NULL CHECK (workers_involved BETWEEN 1 AND 100000),
  demands text NOT NULL CHECK (length(demands) BETWEEN 2 AND 2000),
  union_role text CHECK (length(union_role) <= 2000),
  resolution text CHECK (length(resolution) <= 2000),
  status text NOT NULL CHECK (status IN ('open', 'resolved')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= started_on),
  CHECK ((status = 'resolved') = (ended_on IS NOT NULL)),
  CHECK (kind = 'collective' OR workers_involved = 1)
);
CREATE INDEX labour_disputes_org_date ON labour_disputes (org_id, started_on);

-- Tháng hành động về ATVSLĐ (May each year): its activities are recorded in the activities module under this kind.
INSERT INTO activity_kinds (org_id, code, name, sort) VALUES (NULL, 'atvsld', 'Tháng hành động ATVSLĐ', 85);
