-- 0001: organisations with a dated history, members, accounts, roles, audit log.
-- Dates are `date`, money is integer đồng (bigint), every union-owned row carries org_id.

-- Kinds of organisation (loại hình): levels and kinds are data, not code.
CREATE TABLE org_kinds (
  code text PRIMARY KEY,
  name text NOT NULL,
  is_upper_level boolean NOT NULL,
  report_template text,            -- annual report template chosen by the kind
  sort integer NOT NULL DEFAULT 0
);

INSERT INTO org_kinds (code, name, is_upper_level, report_template, sort) VALUES
  ('confederation',        'Tổng Liên đoàn Lao động Việt Nam',          true,  NULL, 1),
  ('provincial_federation','Liên đoàn Lao động tỉnh, thành phố',       true,  NULL, 2),
  ('industry_union',       'Công đoàn ngành',                          true,  NULL, 3),
  ('district_federation',  'Liên đoàn Lao động huyện, thị xã (đến 30/06/2025)', true, NULL, 4),
  ('commune_union',        'Công đoàn xã, phường, đặc khu (từ 01/07/2025)',     true, NULL, 5),
  ('agency',               'Cơ quan hành chính nhà nước',               false, 'agency', 10),
  ('public_unit',          'Đơn vị sự nghiệp công lập',                false, 'agency', 11),
  ('state_enterprise',     'Doanh nghiệp nhà nước',                    false, 'agency', 12),
  ('private_enterprise',   'Doanh nghiệp ngoài nhà nước',              false, 'agency', 13),
  ('fdi_enterprise',       'Doanh nghiệp có vốn đầu tư nước ngoài',    false, 'agency', 14),
  ('cooperative',          'Hợp tác xã',                               false, 'agency', 15),
  ('professional_union',   'Nghiệp đoàn',                              false, 'agency', 16),
  ('union_group',          'Tổ công đoàn',                             false, NULL, 20);

CREATE TABLE organisations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_.-]{2,40}$'),
  established_on date NOT NULL,
  established_decision text,
  ended_on date,
  end_reason text CHECK (end_reason IN ('dissolved', 'merged', 'consolidated')),
  end_decision_number text,
  end_decision_date date,
  end_decision_issuer text,
  successor_id integer REFERENCES organisations(id),
  host_name text,                  -- cơ quan, đơn vị, doanh nghiệp nơi CĐCS hoạt động
  address text,
  place_name text,                 -- địa danh trên dòng ngày tháng, e.g. "Hương Bình"
  signer_title text NOT NULL DEFAULT 'CHỦ TỊCH',
  signer_name text,
  report_recipients text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on > established_on),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
  CHECK (end_reason IS NULL OR end_reason = 'dissolved' OR successor_id IS NOT NULL)
);

-- Name, short name, kind and parent are dated: a change on a date closes the old row.
CREATE TABLE org_versions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  valid_from date NOT NULL,
  valid_to date,                   -- exclusive; NULL = still in force
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  short_name text NOT NULL CHECK (length(short_name) BETWEEN 1 AND 100),
  kind text NOT NULL REFERENCES org_kinds(code),
  parent_id integer REFERENCES organisations(id),
  change_note text,
  UNIQUE (org_id, valid_from),
  CHECK (valid_to IS NULL OR valid_to > valid_from),
  CHECK (parent_id IS NULL OR parent_id <> org_id)
);
CREATE INDEX org_versions_parent ON org_versions (parent_id, valid_from);
CREATE INDEX org_versions_org ON org_versions (org_id, valid_from);

-- The version of each organisation on a date; an ended organisation keeps its last version,
-- so its records stay reachable from the tree (marked ended by the caller).
CREATE FUNCTION org_versions_at(d date)
RETURNS TABLE (org_id integer, name text, short_name text, kind text, parent_id integer)
LANGUAGE sql STABLE AS $$
  SELECT v.org_id, v.name, v.short_name, v.kind, v.parent_id
  FROM organisations o
  JOIN org_versions v ON v.org_id = o.id
  WHERE o.established_on <= d
    AND v.valid_from <= LEAST(d, COALESCE(o.ended_on - 1, d))
    AND (v.valid_to IS NULL OR v.valid_to > LEAST(d, COALESCE(o.ended_on - 1, d)))
$$;

-- Member categories offered by each kind of union.
CREATE TABLE member_categories (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort integer NOT NULL
);
INSERT INTO member_categories (code, name, sort) VALUES
  ('can_bo_cong_chuc', 'Cán bộ, công chức', 1),
  ('khong_chuyen_trach', 'Cán bộ không chuyên trách', 2),
  ('vien_chuc', 'Viên chức', 3),
  ('hop_dong', 'Người lao động hợp đồng', 4),
  ('cong_nhan_lao_dong', 'Công nhân, người lao động', 5),
  ('quan_ly', 'Cán bộ quản lý', 6),
  ('xa_vien', 'Thành viên hợp tác xã', 7),
  ('lao_dong_tu_do', 'Người lao động tự do', 8);

CREATE TABLE org_kind_categories (
  kind text NOT NULL REFERENCES org_kinds(code),
  category text NOT NULL REFERENCES member_categories(code),
  PRIMARY KEY (kind, category)
);
INSERT INTO org_kind_categories (kind, category) VALUES
  ('agency', 'can_bo_cong_chuc'), ('agency', 'khong_chuyen_trach'), ('agency', 'hop_dong'),
  ('public_unit', 'vien_chuc'), ('public_unit', 'hop_dong'), ('public_unit', 'quan_ly'),
  ('state_enterprise', 'quan_ly'), ('state_enterprise', 'cong_nhan_lao_dong'), ('state_enterprise', 'hop_dong'),
  ('private_enterprise', 'quan_ly'), ('private_enterprise', 'cong_nhan_lao_dong'), ('private_enterprise', 'hop_dong'),
  ('fdi_enterprise', 'quan_ly'), ('fdi_enterprise', 'cong_nhan_lao_dong'), ('fdi_enterprise', 'hop_dong'),
  ('cooperative', 'xa_vien'), ('cooperative', 'hop_dong'),
  ('professional_union', 'lao_dong_tu_do');

CREATE TABLE members (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 30),
  national_code text,              -- mã đoàn viên trên hệ thống QLĐV của Tổng Liên đoàn
  card_number text,                -- số thẻ đoàn viên
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 100),
  sort_key text NOT NULL,          -- given name first, Vietnamese order under COLLATE "C"
  search_key text NOT NULL,        -- no diacritics, lower case
  sex text NOT NULL CHECK (sex IN ('male', 'female')),
  birth_date date CHECK (birth_date >= '1900-01-01'),
  ethnicity text,
  position text,                   -- chức vụ
  category text NOT NULL REFERENCES member_categories(code),
  group_id integer REFERENCES organisations(id),   -- tổ công đoàn
  party_member boolean NOT NULL DEFAULT false,
  education text,
  political_theory text,
  joined_on date NOT NULL,         -- ngày vào công đoàn
  phone text,
  email text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, code),
  UNIQUE (org_id, id)
);
CREATE INDEX members_org_sort ON members (org_id, sort_key COLLATE "C");
CREATE UNIQUE INDEX members_national_code ON members (national_code) WHERE national_code IS NOT NULL;

-- Status history: the status on a date is the latest event on or before it.
CREATE TABLE member_status_events (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('admitted', 'transferred_in', 'transferred_out', 'left', 'ended_with_union')),
  on_date date NOT NULL,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE,
  UNIQUE (member_id, on_date, kind)
);
CREATE INDEX member_status_events_member ON member_status_events (member_id, on_date);

CREATE TABLE member_children (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 100),
  birth_date date NOT NULL,
  sex text CHECK (sex IN ('male', 'female')),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE
);

CREATE TABLE users (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{3,40}$'),
  password_hash text NOT NULL,
  full_name text NOT NULL,
  is_admin boolean NOT NULL DEFAULT false,
  member_id integer REFERENCES members(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE role_assignments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  org_id integer NOT NULL REFERENCES organisations(id),
  role text NOT NULL CHECK (role IN ('officer', 'chair', 'committee', 'treasurer', 'member')),
  UNIQUE (user_id, org_id, role)
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE login_failures (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_user ON login_failures (username, at);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer REFERENCES organisations(id),
  user_id integer REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'status', 'end', 'move', 'rename', 'login')),
  entity text NOT NULL,
  entity_id text,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_org ON audit_log (org_id, at DESC);
