import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import { SYSTEM_CALLER } from '../core/access.ts';
import { AppError } from '../core/errors.ts';
import type { YearImportResult } from '../../shared/contracts/year-workbook.contract.ts';
import { openImportWorkbook } from '../core/xlsx/open-import-workbook.ts';
import { exportYearWorkbook, importYearWorkbook, readGuideYear } from '../modules/year-workbook/year-workbook.service.ts';
import { firstYear, lastYear } from '../modules/year-workbook/year-workbook.year.ts';
import { CliError } from './cli-error.ts';

// congdoan import year FILE --org MÃ [--year NĂM] [--dry-run] · congdoan export year FILE --org MÃ --year NĂM:
// a union's year (sổ năm) out to one .xlsx and back in, acting as the system.

export interface YearCommand {
  command: 'import' | 'export';
  file: string;
  org: string;
  /** null on import: read from the file's guide sheet. */
  year: number | null;
  dryRun: boolean;
}

const syntax = {
  import: 'congdoan import year FILE --org MÃ [--year NĂM] [--dry-run]',
  export: 'congdoan export year FILE --org MÃ --year NĂM',
};

export function parseYearCommand(command: 'import' | 'export', args: string[]): YearCommand {
  const { positionals, values } = parseArgs({
    args, allowPositionals: true,
    options: { org: { type: 'string' }, year: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  const [what, file] = positionals;
  if (what !== 'year' || !file || positionals.length !== 2) {
    throw new CliError(`Cú pháp: ${syntax[command]}`);
  }
  if (!values.org) {
    throw new CliError('Thiếu --org MÃ (mã tổ chức)');
  }
  const year = values.year === undefined ? null : Number(values.year);
  if (year !== null && !(Number.isInteger(year) && year >= firstYear && year <= lastYear)) {
    throw new CliError(`--year phải là năm từ ${firstYear} đến ${lastYear}`);
  }
  if (command === 'export' && year === null) {
    throw new CliError('Thiếu --year NĂM (năm cần xuất)');
  }
  if (command === 'import' && !fs.existsSync(file)) {
    throw new CliError(`Không tìm thấy tệp ${file}`);
  }
  return { command, file, org: values.org, year, dryRun: values['dry-run'] ?? false };
}

export async function runYearCommand(db: Db, { command, file, org, year, dryRun }: YearCommand): Promise<void> {
  const found = await db.selectFrom('organisations').select('id').where('code', '=', org).executeTakeFirst();
  if (!found) {
    throw new CliError(`Không có tổ chức mã "${org}"`);
  }
  if (command === 'export') {
    const { xlsx } = await exportYearWorkbook(db, SYSTEM_CALLER, found.id, year!);
    fs.writeFileSync(file, xlsx);
    console.log(`Đã xuất sổ năm ${year} ra ${file}`);
    return;
  }
  const bytes = fs.readFileSync(file);
  const fileYear = year ?? (await readGuideYear(await openImportWorkbook(bytes)));
  if (fileYear === null) {
    throw new CliError('Tệp không ghi năm ở trang «Hướng dẫn»; hãy thêm --year NĂM');
  }
  const result = await importYearWorkbook(db, SYSTEM_CALLER, found.id, fileYear, bytes, { dryRun }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'VALIDATION' && err.details) {
      printErrors(err.details as YearImportResult);
    }
    throw err;
  });
  if (!result.valid) {
    printErrors(result);
    throw new CliError(`Tệp có ${result.errorCount} lỗi; chưa ghi dòng nào`);
  }
  const counts = result.sheets.map((s) => `${s.name}: ${s.rows} dòng`).join('; ');
  console.log(dryRun ? `Tệp hợp lệ, sổ năm ${fileYear} (${counts})` : `Đã nhập sổ năm ${fileYear} (${counts})`);
}

function printErrors({ errors, errorCount }: Pick<YearImportResult, 'errors' | 'errorCount'>): void {
  for (const e of errors) {
    console.error(`  Trang "${e.sheet ?? ''}", dòng ${e.row}${e.column ? `, cột "${e.column}"` : ''}: ${e.message}`);
  }
  if (errorCount > errors.length) {
    console.error(`  … và ${errorCount - errors.length} lỗi khác`);
  }
}
