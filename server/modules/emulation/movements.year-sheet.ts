import { writeAudit } from '../../core/audit.ts';
import { cellDate, cellLines, cellNumber, cellText } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { movementInput } from '../../../shared/contracts/emulation.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';

// "Phong trào thi đua" of the year workbook: the movements of the year and of the next (part B of the year's report
// lists the movements launched for the next year), which activities and plan targets name. A movement the union
// already has (same year and name) is used as it is.

const columns = [
  { field: 'year', header: 'Năm', required: true, type: 'number', width: 8, note: 'Năm của sổ, hoặc năm sau' },
  { field: 'name', header: 'Tên phong trào', required: true, type: 'text', width: 50 },
  { field: 'launchedOn', header: 'Ngày phát động', required: true, type: 'date', width: 13 },
  { field: 'content', header: 'Nội dung', required: false, type: 'text', width: 60 },
  { field: 'targets', header: 'Chỉ tiêu', required: false, type: 'text', width: 50, note: 'Mỗi chỉ tiêu một dòng trong ô (Alt+Enter)' },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

interface Row { year: number; name: string; launchedOn: string; content: string | null; targets: string[]; known: boolean }

const keyOf = (year: number, name: string) => `${year}|${matchKey(name)}`;

export const movementsYearSheet: YearSheet<Row, Set<string>> = {
  name: 'Phong trào thi đua',
  description: 'Các phong trào thi đua của năm và phong trào phát động cho năm sau.',
  columns,
  keyFields: ['year', 'name'],
  readPermission: 'emulation.read',
  writePermission: 'emulation.write',

  async exportRows(db, orgId, year) {
    const rows = await db.selectFrom('emulation_movements').select(['year', 'name', 'launched_on', 'content', 'targets'])
      .where('org_id', '=', orgId).where('year', 'in', [year, year + 1]).orderBy('year').orderBy('launched_on').orderBy('id').execute();
    return rows.map((r) => ({ year: r.year, name: r.name, launchedOn: r.launched_on, content: r.content, targets: (r.targets ?? []).join('\n') || null }));
  },

  async prepare(ctx) {
    const rows = await ctx.db.selectFrom('emulation_movements').select(['year', 'name']).where('org_id', '=', ctx.orgId)
      .where('year', 'in', [ctx.year, ctx.year + 1]).execute();
    return { prepared: new Set(rows.map((r) => keyOf(r.year, r.name))), existing: 0 };
  },

  parseRow(cells, ctx, fail, known) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const year = cellNumber(cell('year'));
    if (year !== ctx.year && year !== ctx.year + 1) {
      fail('year', `Năm là ${ctx.year} hoặc ${ctx.year + 1}`);
      return null;
    }
    const launchedOn = cellDate(cell('launchedOn'));
    if (launchedOn === null || launchedOn === 'bad' || launchedOn < `${year - 1}-01-01` || launchedOn > `${year}-12-31`) {
      fail('launchedOn', launchedOn === null || launchedOn === 'bad' ? 'Ngày không hợp lệ (dd/mm/yyyy)' : `Ngày phát động phải trong năm ${year} hoặc năm trước đó`);
      return null;
    }
    const content = cellLines(cell('content')).join('\n') || null;
    const parsed = movementInput.safeParse({ year, name: cellText(cell('name')), launchedOn, content, targets: cellLines(cell('targets')) });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.message));
      return null;
    }
    const { name, targets } = parsed.data;
    return { year, name, launchedOn, content: parsed.data.content ?? null, targets, known: known.has(keyOf(year, name)) };
  },

  async apply(ctx, rows) {
    for (const { known: _k, ...m } of rows.filter((r) => !r.known)) {
      const { id } = await ctx.db.insertInto('emulation_movements').values({
        org_id: ctx.orgId, year: m.year, name: m.name, content: m.content, launched_on: m.launchedOn, targets: JSON.stringify(m.targets),
      }).returning('id').executeTakeFirstOrThrow();
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'emulation_movement', entityId: id, after: m });
    }
  },
};
