-- 0005: the union's profile completes the report's header and closing; a draft report keeps its own
-- number, signer and recipients until it is finalised.

-- Phó chủ tịch who signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when the chairperson does not.
ALTER TABLE organisations ADD COLUMN deputy_title text NOT NULL DEFAULT 'PHÓ CHỦ TỊCH'
  CHECK (length(deputy_title) BETWEEN 2 AND 100);
ALTER TABLE organisations ADD COLUMN deputy_name text;
-- Ký hiệu after the number of the union's reports ("15/BC-CĐCS"); NULL: the report template's own.
ALTER TABLE organisations ADD COLUMN report_number_suffix text
  CHECK (report_number_suffix ~ '^[^[:space:]/][^[:space:]]{0,29}$');

-- Draft settings: the number chosen before finalising (NULL: the register's next free number),
-- who signs, and this report's own recipient lines (NULL: the union's list from its profile).
ALTER TABLE report_drafts ADD COLUMN number integer CHECK (number BETWEEN 1 AND 99999);
ALTER TABLE report_drafts ADD COLUMN signer text NOT NULL DEFAULT 'chair' CHECK (signer IN ('chair', 'deputy'));
ALTER TABLE report_drafts ADD COLUMN recipients text[];
