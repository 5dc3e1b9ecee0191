import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import { SYSTEM_CALLER } from '../core/access.ts';
import { AppError } from '../core/errors.ts';
import { type ImportMode, importMode } from '../../shared/contracts/members.contract.ts';
import { exportMembers, importMembers } from '../modules/members/members.excel.ts';
import { CliError } from './cli-error.ts';

async function orgIdByCode(db: Db, code: string): Promise<number> {
  const org = await db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirst();
  if (!org) {
    throw new CliError(`Không có tổ chức mã "${code}"`);
  }
  return org.id;
}

export interface MembersCommand {
  command: 'import' | 'export';
  file: string;
  org: string;
  dryRun: boolean;
  mode: ImportMode;
}

export function parseMembersCommand(command: 'import' | 'export', args: string[]): MembersCommand {
  const { positionals, values } = parseArgs({
    args, allowPositionals: true,
    options: { org: { type: 'string' }, 'dry-run': { type: 'boolean' }, mode: { type: 'string' } },
  });
  const [what, file] = positionals;
  if (what !== 'members' || !file || positionals.length !== 2) {
    throw new CliError(`Cú pháp: congdoan ${command} members FILE --org MÃ${command === 'import' ? ' [--dry-run] [--mode create|update|upsert]' : ''}`);
  }
  if (!values.org) {
    throw new CliError('Thiếu --org MÃ (mã tổ chức)');
  }
  if (command === 'import' && !fs.existsSync(file)) {
    throw new CliError(`Không tìm thấy tệp ${file}`);
  }
  const mode = importMode.safeParse(values.mode ?? 'create');
  if (!mode.success) {
    throw new CliError('--mode phải là create (chỉ thêm mới), update (chỉ cập nhật) hoặc upsert (thêm và cập nhật)');
  }
  return { command, file, org: values.org, dryRun: values['dry-run'] ?? false, mode: mode.data };
}

export async function runMembersCommand(db: Db, { command, file, org, dryRun, mode }: MembersCommand): Promise<void> {
  const orgId = await orgIdByCode(db, org);
  if (command === 'export') {
    const buffer = await exportMembers(db, SYSTEM_CALLER, orgId, { status: 'all' });
    fs.writeFileSync(file, buffer);
    console.log(`Đã xuất danh sách đoàn viên ra ${file}`);
    return;
  }
  const bytes = fs.readFileSync(file);
  try {
    const result = await importMembers(db, SYSTEM_CALLER, orgId, bytes, { dryRun, mode });
    const counts = `${result.created} thêm mới, ${result.updated} cập nhật, ${result.unchanged} không đổi`;
    console.log(dryRun ? `Tệp hợp lệ: ${result.rows} dòng (${counts})` : `Đã nhập ${result.imported} đoàn viên (${counts})`);
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION' && err.details) {
      const details = err.details as { errors: { row: number; column: string; message: string; sheet?: string }[]; errorCount?: number };
      for (const e of details.errors) {
        console.error(`  ${e.sheet ? `Trang "${e.sheet}", d` : 'D'}òng ${e.row}, cột "${e.column}": ${e.message}`);
      }
      if (details.errorCount && details.errorCount > details.errors.length) {
        console.error(`  … và ${details.errorCount - details.errors.length} lỗi khác`);
      }
    }
    throw err;
  }
}
