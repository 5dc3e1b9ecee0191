-- 0024: the workforce figures of an enterprise union (tình hình lao động, Mẫu 1-HĐCĐ part A I): one row per union and
-- day the figures stand at (31/5 and 30/11 on the Confederation's form, or any month). Counts are people, money is
-- integer đồng. members_count is what the employer's or union's own count says; when null congdoan counts the union's
-- members on as_of (server/modules/workforce/workforce.service.ts).
CREATE TABLE workforce_figures (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  as_of date NOT NULL,
  employees integer NOT NULL CHECK (employees BETWEEN 0 AND 1000000),
  women integer NOT NULL CHECK (women >= 0),
  members_count integer CHECK (members_count >= 0),
  -- labour contracts by type: không xác định thời hạn, xác định thời hạn, dưới 12 tháng / mùa vụ
  contracts_indefinite integer NOT NULL DEFAULT 0 CHECK (contracts_indefinite >= 0),
  contracts_fixed_term integer NOT NULL DEFAULT 0 CHECK (contracts_fixed_term >= 0),
  contracts_seasonal integer NOT NULL DEFAULT 0 CHECK (contracts_seasonal >= 0),
  social_insured integer NOT NULL DEFAULT 0 CHECK (social_insured >= 0),
  health_insured integer NOT NULL DEFAULT 0 CHECK (health_insured >= 0),
  unemployment_insured integer NOT NULL DEFAULT 0 CHECK (unemployment_insured >= 0),
  -- thiếu việc làm
  under_employed integer NOT NULL DEFAULT 0 CHECK (under_employed >= 0),
  under_employed_women integer NOT NULL DEFAULT 0 CHECK (under_employed_women >= 0),
  -- thu nhập bình quân (đồng/tháng) and the number of people it is computed over (số người được tính)
  average_income bigint CHECK (average_income BETWEEN 0 AND 10000000000),
  income_people integer CHECK (income_people >= 0),
  -- nợ lương
  wage_arrears_workers integer NOT NULL DEFAULT 0 CHECK (wage_arrears_workers >= 0),
  wage_arrears_amount bigint NOT NULL DEFAULT 0 CHECK (wage_arrears_amount BETWEEN 0 AND 1000000000000000),
  -- thưởng Tết bình quân (đồng/người), tiền ăn ca (đồng/ca)
  tet_bonus_average bigint CHECK (tet_bonus_average BETWEEN 0 AND 10000000000),
  meal_value_per_shift bigint CHECK (meal_value_per_shift BETWEEN 0 AND 10000000),
  -- nhà ở: bố trí bởi Nhà nước, cơ quan, doanh nghiệp; tự thuê trọ
  housed_by_employer integer NOT NULL DEFAULT 0 CHECK (housed_by_employer >= 0),
  renting integer NOT NULL DEFAULT 0 CHECK (renting >= 0),
  note text CHECK (length(note) <= 2000),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, as_of),
  CONSTRAINT workforce_women_le_employees CHECK (women <= employees),
  CONSTRAINT workforce_contracts_le_employees CHECK (contracts_indefinite + contracts_fixed_term + contracts_seasonal <= employees),
  CONSTRAINT workforce_insured_le_employees CHECK (social_insured <= employees AND health_insured <= employees AND unemployment_insured <= employees),
  CONSTRAINT workforce_under_employed_le_employees CHECK (under_employed <= employees AND under_employed_women <= under_employed
    AND under_employed_women <= women),
  CONSTRAINT workforce_income_people_le_employees CHECK (income_people <= employees),
  CONSTRAINT workforce_arrears_consistent CHECK (wage_arrears_workers <= employees AND (wage_arrears_workers = 0) = (wage_arrears_amount = 0)),
  CONSTRAINT workforce_housing_le_employees CHECK (housed_by_employer + renting <= employees)
);
