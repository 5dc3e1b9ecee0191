import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { cellText, cellYesNo } from '../../core/xlsx/cell-values.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { upsertCulturalFamilies } from './activities.repo.ts';

// "Gia đình văn hóa" of the year workbook: each member's family recognised (or not) in the year.

const columns = [
  { field: 'memberCode', header: 'Mã đoàn viên', required: true, type: 'text', width: 12 },
  { field: 'recognised', header: 'Được công nhận', required: true, type: 'yesno', width: 14, note: 'Có / Không' },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 30 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { memberCode: string; recognised: boolean; note: string | null }

export const culturalFamiliesYearSheet: YearSheet<Row> = {
  name: 'Gia đình văn hóa',
  description: 'Gia đình đoàn viên được công nhận gia đình văn hóa trong năm.',
  columns,
  keyFields: ['memberCode', 'recognised'],
  readPermission: 'activities.read',
  writePermission: 'activities.write',

  async exportRows(db, orgId, year) {
    const rows = await db.selectFrom('cultural_families as f').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'f.org_id').onRef('m.id', '=', 'f.member_id'))
      .select(['m.code', 'f.recognised', 'f.note']).where('f.org_id', '=', orgId).where('f.year', '=', year).orderBy('m.sort_key').execute();
    return rows.map((r) => ({ memberCode: r.code, recognised: r.recognised, note: r.note }));
  },

  async prepare(ctx) {
    const { n } = await ctx.db.selectFrom('cultural_families').select(sql<number>`count(*)::int`.as('n'))
      .where('org_id', '=', ctx.orgId).where('year', '=', ctx.year).executeTakeFirstOrThrow();
    return { prepared: new Set<string>(), existing: Number(n) };
  },

  parseRow(cells, ctx, fail, seen: Set<string>) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    let ok = true;
    const memberCode = cellText(cell('memberCode'));
    if (!ctx.memberIds.has(memberCode) && !ctx.memberCodesInFile.has(memberCode)) {
      ok = false;
      fail('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn hay trong trang đoàn viên`);
    } else if (seen.has(memberCode)) {
      ok = false;
      fail('memberCode', `Đoàn viên mã «${memberCode}» đã ghi ở dòng trên`);
    }
    seen.add(memberCode);
    const recognised = cellYesNo(cell('recognised'));
    if (recognised === null || recognised === 'bad') {
      ok = false;
      fail('recognised', 'Ghi «Có» hoặc «Không»');
    }
    return ok ? { memberCode, recognised: recognised === true, note: cellText(cell('note')) || null } : null;
  },

  async apply(ctx, rows) {
    const marks = rows.map((r) => ({ memberId: ctx.memberIds.get(r.memberCode)!, recognised: r.recognised, note: r.note }));
    await upsertCulturalFamilies(ctx.db, ctx.orgId, ctx.year, marks);
    await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'cultural_families', entityId: ctx.year, after: marks });
  },
};
