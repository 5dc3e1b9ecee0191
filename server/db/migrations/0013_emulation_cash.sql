-- 0013: the cash that goes with an individual title (tiền thưởng), in integer đồng. Computed from the rule set in
-- force on the decision date when the title is decided (coefficient × base salary, rounded as the rules say);
-- corrected by the chairperson with a reason, kept in the audit log. Commendations already carry cash_amount (0011).
ALTER TABLE emulation_results ADD COLUMN cash_amount bigint CHECK (cash_amount >= 0);
