import fs from 'node:fs';
import path from 'node:path';

// PGlite serves one process: a server on a data directory marks it, so the command line does not open it too.
const LOCK = 'congdoan-server.pid';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Marks the data directory as served by this process until it exits. */
export function lockDataDir(dataDir: string): void {
  const file = path.join(dataDir, LOCK);
  fs.writeFileSync(file, String(process.pid));
  process.once('exit', () => fs.rmSync(file, { force: true }));
}

export function assertDataDirFree(dataDir: string): void {
  const file = path.join(dataDir, LOCK);
  const pid = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : NaN;
  if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
    throw new Error(
      `Máy chủ congdoan (PID ${pid}) đang dùng thư mục dữ liệu ${dataDir}. Hãy sao lưu bằng nút "Sao lưu" trong trang Quản trị, hoặc dừng máy chủ rồi chạy lại lệnh.`,
    );
  }
}
