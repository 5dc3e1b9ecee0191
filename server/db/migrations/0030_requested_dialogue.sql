-- 0030: a requested dialogue (đối thoại khi có yêu cầu, NĐ 145/2020 Điều 37–41): who asked and when,
-- how many of the workers' representatives signed a workers' request (at least 30 % of them), and when the other
-- side answered (within 5 working days). Only a requested meeting has them; older requested rows keep them empty.
ALTER TABLE workplace_meetings
  ADD COLUMN requested_on date,
  ADD COLUMN requested_by text CHECK (requested_by IN ('workers', 'employer')),
  ADD COLUMN requesting_reps integer CHECK (requesting_reps BETWEEN 0 AND 10000),
  ADD COLUMN answered_on date,
  ADD CONSTRAINT workplace_meetings_request_only_when_requested
    CHECK (kind = 'requested' OR (requested_on IS NULL AND requested_by IS NULL AND requesting_reps IS NULL AND answered_on IS NULL)),
  ADD CONSTRAINT workplace_meetings_request_dates
    CHECK (requested_on IS NULL OR (requested_on <= held_on AND (answered_on IS NULL OR answered_on BETWEEN requested_on AND held_on))),
  ADD CONSTRAINT workplace_meetings_workers_request_signed
    CHECK (requested_by IS DISTINCT FROM 'workers' OR (requesting_reps IS NOT NULL AND requesting_reps <= worker_reps_expected));
