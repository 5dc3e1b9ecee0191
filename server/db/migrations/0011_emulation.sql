-- 0011: emulation and commendation (thi đua – khen thưởng) of a union's year: movements, registrations, staff
-- ratings, disciplines, initiatives, decisions, individual titles, commendations, collective titles and prizes, and
-- the union's classification. The records only: judging them against the rules in force is the rules module's job.
-- Codes: titles 'ldtt' (Lao động tiên tiến), 'cstdcs' (Chiến sĩ thi đua cơ sở); grades 'htxsnv' / 'httnv' / 'htnv' /
-- 'khtnv' (hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ); levels of an issuing body
-- 'central' (Trung ương, Tổng LĐLĐ), 'province' (tỉnh), 'district' (huyện, thị xã), 'commune' (xã), 'grassroots' (cơ sở).
-- Every row carries org_id; a member is referenced together with its union, so a row cannot point across unions.

-- Phong trào thi đua launched for the year (a movement launched in late December may serve the next year).
CREATE TABLE emulation_movements (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 300),
  content text CHECK (length(content) <= 5000),
  launched_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (launched_on >= make_date(year - 1, 1, 1) AND launched_on <= make_date(year, 12, 31))
);
CREATE INDEX emulation_movements_year ON emulation_movements (org_id, year);

-- A decision (quyết định) is identified by its issuer and number: two bodies both issue "…/QĐ-CĐGD".
CREATE TABLE emulation_decisions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  number text NOT NULL CHECK (length(number) BETWEEN 1 AND 60),
  issued_on date NOT NULL,
  issuer text NOT NULL CHECK (length(issuer) BETWEEN 2 AND 200),
  issuer_level text NOT NULL CHECK (issuer_level IN ('central', 'province', 'district', 'commune', 'grassroots')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT emulation_decisions_issuer_number_key UNIQUE (org_id, issuer, number),
  UNIQUE (org_id, id)
);

-- Individual registration (đăng ký thi đua) for a title, or for the staff rating aimed at ('rating').
CREATE TABLE emulation_registrations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  title text NOT NULL CHECK (title IN ('ldtt', 'cstdcs', 'rating')),
  target_rating text CHECK (target_rating IN ('htxsnv', 'httnv', 'htnv')),
  registered_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  CHECK (title <> 'rating' OR target_rating IS NOT NULL),
  CONSTRAINT emulation_registrations_once UNIQUE (member_id, year, title)
);
CREATE INDEX emulation_registrations_year ON emulation_registrations (org_id, year);

-- The union's collective goals for the year (e.g. "Tập thể Lao động tiên tiến" for the host agency, "CĐCS HTXSNV").
CREATE TABLE emulation_collective_registrations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  holder text NOT NULL CHECK (holder IN ('union', 'host')),
  goal text NOT NULL CHECK (length(goal) BETWEEN 2 AND 200),
  registered_on date NOT NULL,
  CONSTRAINT emulation_collective_registrations_once UNIQUE (org_id, year, holder, goal)
);

-- Staff rating (đánh giá, xếp loại cán bộ, công chức) of a member in a year, from the agency's or employer's decision.
CREATE TABLE staff_ratings (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  grade text NOT NULL CHECK (grade IN ('htxsnv', 'httnv', 'htnv', 'khtnv')),
  decision_id integer,
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id),
  CONSTRAINT staff_ratings_once UNIQUE (member_id, year)
);
CREATE INDEX staff_ratings_year ON staff_ratings (org_id, year);

-- Kỷ luật: a member disciplined in the year is rated KHTNV and cannot be LĐTT (the rules module judges it).
CREATE TABLE disciplinary_records (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  form text NOT NULL CHECK (form IN ('reprimand', 'warning', 'demotion', 'removal', 'dismissal')),
  decided_on date NOT NULL,
  reason text CHECK (length(reason) <= 1000),
  decision_id integer,
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id)
);
CREATE INDEX disciplinary_records_member ON disciplinary_records (org_id, member_id, decided_on);

-- Sáng kiến / đề tài: recognised when a decision is recorded; recognised_on may differ from the decision's date
-- (an initiative recognised after the evaluation meeting does not count for that meeting).
CREATE TABLE initiatives (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  title text NOT NULL CHECK (length(title) BETWEEN 2 AND 500),
  decision_id integer,
  recognised_on date,
  FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id),
  CHECK ((decision_id IS NULL) = (recognised_on IS NULL)),
  UNIQUE (org_id, id)
);
CREATE INDEX initiatives_year ON initiatives (org_id, year);

CREATE TABLE initiative_authors (
  org_id integer NOT NULL,
  initiative_id integer NOT NULL,
  member_id integer NOT NULL,
  PRIMARY KEY (initiative_id, member_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives(org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id)
);

-- An individual title of a year: proposed until its decision is recorded.
CREATE TABLE emulation_results (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  title text NOT NULL CHECK (title IN ('ldtt', 'cstdcs')),
  status text NOT NULL CHECK (status IN ('proposed', 'decided')),
  decision_id integer,
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id),
  CHECK ((status = 'decided') = (decision_id IS NOT NULL)),
  CONSTRAINT emulation_results_once UNIQUE (member_id, year, title)
);
CREATE INDEX emulation_results_year ON emulation_results (org_id, year);

-- Giấy khen, Bằng khen … to a member or to a collective (named), proposed to or decided by an issuing body.
-- Cash, when any, in integer đồng.
CREATE TABLE commendations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  member_id integer,
  collective_name text CHECK (length(collective_name) BETWEEN 2 AND 200),
  form text NOT NULL CHECK (form IN ('giay_khen', 'bang_khen', 'co_thi_dua', 'other')),
  issuer text NOT NULL CHECK (length(issuer) BETWEEN 2 AND 200),
  issuer_level text NOT NULL CHECK (issuer_level IN ('central', 'province', 'district', 'commune', 'grassroots')),
  reason text CHECK (length(reason) <= 1000),
  status text NOT NULL CHECK (status IN ('proposed', 'decided')),
  decision_id integer,
  cash_amount bigint CHECK (cash_amount >= 0),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id),
  CHECK ((member_id IS NULL) <> (collective_name IS NULL)),
  CHECK ((status = 'decided') = (decision_id IS NOT NULL))
);
CREATE INDEX commendations_year ON commendations (org_id, year);

-- Collective titles and prizes of the union itself or of its host agency / employer
-- ("Tập thể Lao động tiên tiến"; a prize: name "Chuyển đổi số", rank "giải ba").
CREATE TABLE collective_awards (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  holder text NOT NULL CHECK (holder IN ('union', 'host')),
  kind text NOT NULL CHECK (kind IN ('title', 'prize')),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  prize_rank text CHECK (length(prize_rank) BETWEEN 2 AND 60),
  issuer text NOT NULL CHECK (length(issuer) BETWEEN 2 AND 200),
  issuer_level text NOT NULL CHECK (issuer_level IN ('central', 'province', 'district', 'commune', 'grassroots')),
  status text NOT NULL CHECK (status IN ('proposed', 'decided')),
  decision_id integer,
  FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id),
  CHECK ((status = 'decided') = (decision_id IS NOT NULL)),
  CHECK (kind = 'prize' OR prize_rank IS NULL),
  CONSTRAINT collective_awards_once UNIQUE (org_id, year, holder, kind, name)
);

-- Xếp loại CĐCS (Hướng dẫn 1294/HD-TLĐ): the union's self-assessment and the grade the upper body decided.
CREATE TABLE union_classifications (
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  self_grade text CHECK (self_grade IN ('htxsnv', 'httnv', 'htnv', 'khtnv')),
  decided_grade text CHECK (decided_grade IN ('htxsnv', 'httnv', 'htnv', 'khtnv')),
  decision_id integer,
  PRIMARY KEY (org_id, year),
  FOREIGN KEY (org_id, decision_id) REFERENCES emulation_decisions(org_id, id),
  CHECK ((decided_grade IS NULL) = (decision_id IS NULL))
);
