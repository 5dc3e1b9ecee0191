import { writeAudit } from '../../core/audit.ts';
import { cellDate, cellLabel, cellText, labelList } from '../../core/xlsx/cell-values.ts';
import { disclosureMadeInput, disclosurePlaceLabels, type DisclosureMadeInput } from '../../../shared/contracts/finance.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { findDisclosuresMade, insertDisclosureMade } from './disclosure.repo.ts';

// "Công khai tài chính" of the year workbook: the statements of the year's periods recorded as made public, and how
// (the report judges "đảm bảo công khai" by the quarters covered).

const columns = [
  { field: 'from', header: 'Từ ngày', required: true, type: 'date', width: 12 },
  { field: 'to', header: 'Đến ngày', required: true, type: 'date', width: 12 },
  { field: 'publishedOn', header: 'Ngày công khai', required: true, type: 'date', width: 13 },
  { field: 'place', header: 'Hình thức', required: true, type: 'text', width: 26, note: labelList(disclosurePlaceLabels) },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 30 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

export const disclosuresYearSheet: YearSheet<DisclosureMadeInput> = {
  name: 'Công khai tài chính',
  description: 'Các lần công khai tài chính của các kỳ trong năm: kỳ, ngày công khai và hình thức.',
  columns,
  keyFields: ['from', 'publishedOn'],
  readPermission: 'finance.read',
  writePermission: 'finance.disclosure',

  async exportRows(db, orgId, year) {
    return (await findDisclosuresMade(db, orgId, year)).map((d) => ({
      from: d.from, to: d.to, publishedOn: d.publishedOn, place: disclosurePlaceLabels[d.place], note: d.note,
    }));
  },

  async prepare(ctx) {
    return { prepared: null, existing: (await findDisclosuresMade(ctx.db, ctx.orgId, ctx.year)).length };
  },

  parseRow(cells, ctx, fail) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    let ok = true;
    const date = (f: Field) => {
      const d = cellDate(cell(f));
      if (d === null || d === 'bad') {
        ok = false;
        fail(f, 'Ngày không hợp lệ (dd/mm/yyyy)');
      }
      return d;
    };
    const [from, to, publishedOn] = [date('from'), date('to'), date('publishedOn')];
    const place = cellLabel(cell('place'), disclosurePlaceLabels);
    if (place === null || place === 'bad') {
      ok = false;
      fail('place', `Hình thức «${cellText(cell('place'))}» không có; dùng: ${labelList(disclosurePlaceLabels)}`);
    }
    if (!ok) {
      return null;
    }
    const parsed = disclosureMadeInput.safeParse({ from, to, publishedOn, place, note: cellText(cell('note')) || null });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.message));
      return null;
    }
    if (parsed.data.from > `${ctx.year}-12-31` || parsed.data.to < `${ctx.year}-01-01`) {
      fail('from', `Kỳ công khai phải thuộc năm ${ctx.year}`);
      return null;
    }
    return parsed.data;
  },

  async apply(ctx, rows) {
    for (const d of rows) {
      const id = await insertDisclosureMade(ctx.db, ctx.orgId, d, ctx.userId);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'finance_disclosure', entityId: id, after: d });
    }
  },
};
