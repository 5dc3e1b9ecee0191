import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import { SYSTEM_CALLER } from '../core/access.ts';
import { annualDraftDocx } from '../modules/reports/reports.service.ts';
import { convertDocxToPdf, findSoffice } from '../modules/reports/document/pdf-convert.ts';
import { CliError } from './cli-error.ts';

export interface ReportCommand {
  org: string;
  year: number;
  out: string;
  pdf: boolean;
}

/** congdoan report annual --org CODE --year 2023 --out FILE.docx [--pdf] */
export function parseReportCommand(args: string[]): ReportCommand {
  const { positionals, values } = parseArgs({
    args, allowPositionals: true,
    options: { org: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'boolean' } },
  });
  if (positionals.join(' ') !== 'annual') {
    throw new CliError('Cú pháp: congdoan report annual --org MÃ --year NĂM --out TỆP.docx [--pdf]');
  }
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new CliError('--year phải là năm từ 1990 đến 2100');
  }
  if (!values.org || !values.out) {
    throw new CliError('Thiếu --org MÃ hoặc --out TỆP');
  }
  if (values.pdf && !findSoffice()) {
    throw new CliError('Chưa cài LibreOffice (soffice) nên không xuất được PDF; bỏ --pdf để lấy tệp .docx');
  }
  return { org: values.org, year, out: values.out, pdf: values.pdf ?? false };
}

export async function runReportCommand(db: Db, { org: code, year, out, pdf }: ReportCommand): Promise<void> {
  const org = await db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirst();
  if (!org) {
    throw new CliError(`Không có tổ chức mã "${code}"`);
  }
  const docx = await annualDraftDocx(db, SYSTEM_CALLER, org.id, year);
  fs.writeFileSync(out, pdf ? await convertDocxToPdf(docx) : docx);
  console.log(`Đã ghi báo cáo tổng kết năm ${year} vào ${out}`);
}
