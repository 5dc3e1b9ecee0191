-- 0027: thương lượng tập thể (collective bargaining) and thỏa ước lao động tập thể (collective labour agreements,
-- BLLĐ 2019 Điều 75–89) of an enterprise union. The regional minimum wage a wage clause is judged by is not here: it is
-- dated data in the rules module (rule sets of kind minimum_wage).

-- Phiên họp thương lượng tập thể: when, who sat at the table, what the workers asked for, what came of it.
CREATE TABLE bargaining_rounds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  held_on date NOT NULL,
  parties text NOT NULL CHECK (length(parties) BETWEEN 2 AND 1000),
  demands text NOT NULL CHECK (length(demands) BETWEEN 2 AND 4000),
  outcome text CHECK (length(outcome) <= 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bargaining_rounds_org ON bargaining_rounds (org_id, held_on);

-- Thỏa ước: region is the enterprise's minimum-wage region (vùng I–IV); the vote is of all the enterprise's workers
-- (valid above 50 %, Điều 76); the term is 1 to 3 years (Điều 78); the copy goes to the labour authority (Điều 77).
CREATE TABLE collective_agreements (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  title text NOT NULL CHECK (length(title) BETWEEN 2 AND 300),
  region text NOT NULL CHECK (region IN ('I', 'II', 'III', 'IV')),
  workers_total integer NOT NULL CHECK (workers_total BETWEEN 1 AND 1000000),
  votes_for integer NOT NULL CHECK (votes_for >= 0),
  voted_on date NOT NULL,
  signed_on date NOT NULL,
  effective_from date NOT NULL,
  expires_on date NOT NULL,
  sent_to_authority_on date,
  note text CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CHECK (votes_for <= workers_total),
  CHECK (signed_on >= voted_on),
  CHECK (effective_from >= signed_on),
  CHECK (expires_on >= effective_from + interval '1 year' - interval '1 day' AND expires_on <= effective_from + interval '3 years'),
  CHECK (sent_to_authority_on IS NULL OR sent_to_authority_on >= signed_on)
);
CREATE INDEX collective_agreements_org ON collective_agreements (org_id, effective_from);

-- Điều khoản. value in integer đồng: for a wage clause the monthly minimum wage the agreement sets, for a meal the value
-- per shift; for leave, days (value_unit says which).
CREATE TABLE agreement_clauses (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  agreement_id integer NOT NULL,
  position integer NOT NULL CHECK (position BETWEEN 1 AND 500),
  topic text NOT NULL CHECK (topic IN ('wage', 'leave', 'meal', 'tet_bonus', 'allowance', 'other')),
  text text NOT NULL CHECK (length(text) BETWEEN 2 AND 4000),
  better_than_law boolean NOT NULL DEFAULT false,
  legal_reference text CHECK (length(legal_reference) <= 300),
  value bigint CHECK (value >= 0),
  value_unit text CHECK (value_unit IN ('dong_month', 'dong_shift', 'dong', 'days', 'percent')),
  FOREIGN KEY (org_id, agreement_id) REFERENCES collective_agreements(org_id, id) ON DELETE CASCADE,
  UNIQUE (agreement_id, position),
  CHECK ((value IS NULL) = (value_unit IS NULL)),
  CHECK (topic <> 'wage' OR value_unit = 'dong_month'),
  CHECK (NOT better_than_law OR legal_reference IS NOT NULL)
);
CREATE INDEX agreement_clauses_agreement ON agreement_clauses (org_id, agreement_id);
