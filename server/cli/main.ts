import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openAndMigrate, startServer } from '../main.ts';
import { demoAccountsText, loadDemo } from '../demo/load-demo.ts';
import { parseMembersCommand, runMembersCommand } from './members-command.ts';
import { parseUserCommand, runUserCommand } from './user-command.ts';
import { parseReportCommand, runReportCommand } from './report-command.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { CliError } from './cli-error.ts';
import { ensureWebBuild } from '../web-build.ts';
import { parseBackupCommand, runBackupCommand } from './backup-command.ts';
import { parseRulesCommand, runRulesCommand } from './rules-command.ts';
import { parseYearCommand, runYearCommand } from './year-command.ts';

const USAGE = `Cách dùng / usage: congdoan <lệnh>
  serve                                   chạy máy chủ web (PORT, CONGDOAN_DATA_DIR, DATABASE_URL)
  demo [--serve]                          nạp dữ liệu mẫu vào thư mục dữ liệu riêng (mặc định ./data-demo)
  import members FILE --org MÃ [--dry-run] [--mode create|update|upsert]
                                          nhập danh sách đoàn viên từ Excel (mặc định create: chỉ thêm mới)
  export members FILE --org MÃ            xuất danh sách đoàn viên ra Excel
  import year FILE --org MÃ [--year NĂM] [--dry-run]
                                          nhập sổ năm (mọi hồ sơ của một năm, một tệp Excel) vào năm chưa có dữ liệu
  export year FILE --org MÃ --year NĂM    xuất sổ năm ra Excel
  report annual --org MÃ --year NĂM --out TỆP.docx [--pdf]   báo cáo tổng kết năm (PDF cần LibreOffice)
  backup TỆP                              sao lưu toàn bộ dữ liệu vào một tệp (.gz)
  restore TỆP                             khôi phục bản sao lưu vào cơ sở dữ liệu trống
  rules list [--date YYYY-MM-DD]         liệt kê các bộ quy định (luật, nghị định dưới dạng dữ liệu)
  rules add TỆP.json                      thêm một bộ quy định mới (văn bản mới = bộ mới, không sửa mã nguồn)
  user add --username U --name "Họ tên" [--admin] [--role ROLE --org MÃ] [--password P]
                                          (mật khẩu: --password, biến CONGDOAN_PASSWORD, hoặc nhập khi được hỏi)`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();

  switch (command) {
    case 'serve': {
      parseArgs({ args: rest, options: {}, allowPositionals: false });
      const [handle] = await Promise.all([openAndMigrate(config), ensureWebBuild()]);
      await startServer(handle, config.port, config.host);
      return;
    }
    case 'demo': {
      const { values } = parseArgs({ args: rest, options: { serve: { type: 'boolean' } }, allowPositionals: false });
      const dataDir = process.env.CONGDOAN_DATA_DIR ? config.dataDir : path.resolve('data-demo');
      // The web build (when its sources changed) and the database start side by side.
      const [handle] = await Promise.all([openAndMigrate(config, dataDir), values.serve ? ensureWebBuild() : undefined]);
      const loaded = await handle.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
      if (loaded) {
        console.log('Dữ liệu mẫu đã có sẵn / demo data already loaded.');
      } else {
        await loadDemo(handle.db);
        console.log('Đã nạp dữ liệu mẫu / demo data loaded.');
      }
      console.log(demoAccountsText());
      if (values.serve) {
        await startServer(handle, config.port, config.host);
      } else {
        await handle.close();
      }
      return;
    }
    case 'import':
    case 'export': {
      if (rest[0] === 'year') {
        const year = parseYearCommand(command, rest);
        return withDatabase(config, (db) => runYearCommand(db, year));
      }
      const parsed = parseMembersCommand(command, rest);
      return withDatabase(config, (db) => runMembersCommand(db, parsed));
    }
    case 'user': {
      const parsed = await parseUserCommand(rest);
      return withDatabase(config, (db) => runUserCommand(db, parsed));
    }
    case 'rules': {
      const parsed = parseRulesCommand(rest);
      return withDatabase(config, (db) => runRulesCommand(db, parsed));
    }
    case 'report': {
      const parsed = parseReportCommand(rest);
      return withDatabase(config, (db) => runReportCommand(db, parsed));
    }
    case 'backup':
    case 'restore':
      return runBackupCommand(config, parseBackupCommand(command, rest));
    case undefined:
    case '--help':
    case 'help':
      console.log(USAGE);
      return;
    default:
      throw new CliError(`Lệnh không hợp lệ: ${command}`);
  }
}

/** Arguments are checked before this, so a typo does not wait for the database. */
async function withDatabase(config: Config, work: (db: Db) => Promise<void>): Promise<void> {
  const handle = await openAndMigrate(config);
  try {
    await work(handle.db);
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CliError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`Lỗi: ${(err as Error).message}\n\n${USAGE}`);
  } else {
    console.error(`Lỗi: ${(err as Error).message ?? err}`);
  }
  process.exit(2);
});

