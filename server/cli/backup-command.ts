import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { BackupError, restoreBackup, writeBackup } from '../db/backup.ts';
import { openDatabase } from '../db/client.ts';
import { openAndMigrate } from '../main.ts';
import { CliError } from './cli-error.ts';
import { assertDataDirFree } from '../db/data-dir-lock.ts';

export interface BackupCommand {
  action: 'backup' | 'restore';
  file: string;
}

/** congdoan backup FILE | congdoan restore FILE */
export function parseBackupCommand(action: 'backup' | 'restore', args: string[]): BackupCommand {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) {
    throw new CliError(`Cú pháp: congdoan ${action} TỆP`);
  }
  const file = positionals[0];
  if (action === 'restore' && !fs.existsSync(file)) {
    throw new CliError(`Không thấy tệp ${file}`);
  }
  if (action === 'backup' && fs.existsSync(file)) {
    throw new CliError(`Tệp ${file} đã có: chọn tên khác để không ghi đè bản sao lưu cũ`);
  }
  return { action, file };
}

export async function runBackupCommand(config: Config, { action, file }: BackupCommand): Promise<void> {
  if (!config.databaseUrl) {
    // The embedded engine serves one process at a time: a running server must make the backup itself.
    assertDataDirFree(config.dataDir);
  }
  if (action === 'backup') {
    const handle = await openAndMigrate(config);
    try {
      const rows = await writeBackup(handle.db, fs.createWriteStream(file, { flags: 'wx' }));
      console.log(`Đã sao lưu ${rows} dòng dữ liệu vào ${file} / backed up ${rows} rows.`);
    } finally {
      await handle.close();
    }
    return;
  }
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const rows = await restoreBackup(handle.db, fs.createReadStream(file));
    console.log(`Đã khôi phục ${rows} dòng dữ liệu từ ${file} / restored ${rows} rows.`);
  } catch (err) {
    throw err instanceof BackupError ? new CliError(err.message) : err;
  } finally {
    await handle.close();
  }
}
