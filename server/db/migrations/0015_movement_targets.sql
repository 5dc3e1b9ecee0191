-- 0015: the targets a movement serves (chỉ tiêu: "100 % đoàn viên đăng ký thi đua", "CĐCS hoàn thành xuất sắc nhiệm
-- vụ"), as a list of sentences in the order the launch document gives them. The plans module will track them.
ALTER TABLE emulation_movements
  ADD COLUMN targets jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(targets) = 'array' AND jsonb_array_length(targets) <= 20);
