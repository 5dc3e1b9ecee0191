// The roll-up's files: the workbook (one row per union, subtotals, totals) and the báo cáo tổng hợp (.docx). Same
// access as the view (officers of the upper level), the tree and figures of the date.
import type { Db } from '../../db/client.ts';
import type { Caller } from '../../core/access.ts';
import { listKinds, requireOrgAt } from '../orgs/orgs.service.ts';
import { assertFederationRead, getSubordinates } from './federation.service.ts';
import { rollupColumns } from './rollup-table.ts';
import { writeRollupXlsx } from './rollup.xlsx.ts';
import { writeRollupDocx } from './rollup.docx.ts';

async function headOf(db: Db, orgId: number, date: string) {
  const org = await requireOrgAt(db, orgId, date);
  const parent = org.parentId === null ? null : await requireOrgAt(db, org.parentId, date);
  return { org, upperBody: parent?.shortName ?? null };
}

const fileName = (code: string, year: number, date: string, ext: string) => `tong-hop-${code}-nam-${year}-ngay-${date}.${ext}`;

export async function exportRollupXlsx(db: Db, caller: Caller, orgId: number, date: string, year: number, keepIn: Db = db) {
  await assertFederationRead(db, caller, orgId);
  const [view, { org, upperBody }, kinds] = await Promise.all([getSubordinates(db, caller, orgId, date, year, keepIn), headOf(db, orgId, date), listKinds(db)]);
  const xlsx = await writeRollupXlsx(view, { upperBody, name: org.name }, new Map(kinds.map((k) => [k.code, k.name])));
  return { xlsx, fileName: fileName(org.code, year, date, 'xlsx') };
}

export async function exportRollupDocx(db: Db, caller: Caller, orgId: number, date: string, year: number, keepIn: Db = db) {
  await assertFederationRead(db, caller, orgId);
  const [view, { org, upperBody }] = await Promise.all([getSubordinates(db, caller, orgId, date, year, keepIn), headOf(db, orgId, date)]);
  const docx = await writeRollupDocx(view, org, upperBody, rollupColumns.map((c) => c.header));
  return { docx, fileName: fileName(org.code, year, date, 'docx') };
}
