-- 0006: membership statuses of the charter (Điều lệ Công đoàn Việt Nam khóa XIII, Hướng dẫn 38/HD-TLĐ):
--   suspended  tạm dừng sinh hoạt (labour contract suspended or job lost; at most 12 months, no dues; still a member)
--   resumed    trở lại sinh hoạt after a suspension
--   expelled   khai trừ, a discipline, recorded apart from leaving ('left', thôi sinh hoạt)
ALTER TABLE member_status_events DROP CONSTRAINT member_status_events_kind_check;
ALTER TABLE member_status_events ADD CONSTRAINT member_status_events_kind_check CHECK (kind IN (
  'admitted', 'transferred_in', 'transferred_out', 'left', 'ended_with_union', 'suspended', 'resumed', 'expelled'
));
