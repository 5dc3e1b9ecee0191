import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import { SYSTEM_CALLER } from '../core/access.ts';
import { isIsoDate, formatDateVi } from '../../shared/vi/dates.ts';
import { addRuleSet, listRuleSets } from '../modules/rules/rules.service.ts';
import { CliError } from './cli-error.ts';

export type RulesCommand = { action: 'add'; file: string } | { action: 'list'; date?: string };

/** congdoan rules add FILE.json | congdoan rules list [--date YYYY-MM-DD] */
export function parseRulesCommand(args: string[]): RulesCommand {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { date: { type: 'string' } } });
  const [action, file, ...extra] = positionals;
  if (action === 'add' && file && extra.length === 0 && !values.date) {
    if (!fs.existsSync(file)) {
      throw new CliError(`Không tìm thấy tệp ${file}`);
    }
    return { action, file };
  }
  if (action === 'list' && !file) {
    if (values.date && !isIsoDate(values.date)) {
      throw new CliError('--date phải có dạng YYYY-MM-DD');
    }
    return { action, date: values.date };
  }
  throw new CliError('Cú pháp: congdoan rules add TỆP.json | congdoan rules list [--date YYYY-MM-DD]');
}

export async function runRulesCommand(db: Db, command: RulesCommand): Promise<void> {
  if (command.action === 'add') {
    let body: unknown;
    try {
      body = JSON.parse(fs.readFileSync(command.file, 'utf8'));
    } catch {
      throw new CliError(`${command.file}: không phải JSON hợp lệ`);
    }
    const added = await addRuleSet(db, SYSTEM_CALLER, body);
    console.log(`Đã thêm bộ quy định ${added.key}: ${added.name} (hiệu lực ${period(added.validFrom, added.validTo)})`);
    return;
  }
  const { items } = await listRuleSets(db, SYSTEM_CALLER, { date: command.date });
  for (const s of items) {
    const flags = [s.verified ? null : 'CHƯA ĐỐI CHIẾU', s.source === 'admin' ? `sửa bởi quản trị, bản ${s.version}` : null].filter(Boolean);
    console.log(`${s.key}\t${period(s.validFrom, s.validTo)}\t${s.regulation.number}\t${s.name}${flags.length ? ` [${flags.join('; ')}]` : ''}`);
  }
  console.log(`${items.length} bộ quy định${command.date ? ` có hiệu lực ngày ${formatDateVi(command.date)}` : ''}`);
}

const period = (from: string, to: string | null) => `${formatDateVi(from)} – ${to ? formatDateVi(to) : 'nay'}`;
