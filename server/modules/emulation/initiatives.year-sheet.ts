import { sql } from 'kysely';
import type { DecisionInput } from '../../../shared/contracts/emulation.contract.ts';
import type { YearCell, YearSheet } from '../year-workbook/year-sheet.ts';
import { memberCodesById, memberIdOf, yearCells } from '../year-workbook/year-cells.ts';
import { decisionCells, decisionColumns, decisionIdsFor, readDecision } from './decision.year-cells.ts';
import { findYear } from './emulation.repo.ts';

// Sổ năm, sheet "Sáng kiến": the year's initiatives (sáng kiến, đề tài) with their authors and, once recognised,
// the decision recognising them (its level is the recognition's level in the report).

interface InitiativeRow { title: string; authorCodes: string[]; recognisedOn: string | null; decision: DecisionInput | null }

export const initiativesYearSheet: YearSheet<InitiativeRow, null> = {
  name: 'Sáng kiến',
  description: 'Sáng kiến, đề tài của năm: mỗi dòng một sáng kiến với các tác giả; có số quyết định là đã được công nhận.',
  columns: [
    { header: 'Tên sáng kiến', field: 'title', required: true, type: 'text', width: 60, note: 'Từ 2 đến 500 ký tự.' },
    { header: 'Tác giả', field: 'authors', required: true, type: 'text', width: 20,
      note: 'Mã đoàn viên của các tác giả, cách nhau dấu phẩy (tối đa 20).' },
    { header: 'Ngày công nhận', field: 'recognisedOn', required: false, type: 'date', width: 14,
      note: 'dd/mm/yyyy; để trống thì lấy ngày quyết định.' },
    ...decisionColumns,
  ],
  keyFields: ['title', 'authors'],
  readPermission: 'emulation.read',
  writePermission: 'emulation.decide',

  async exportRows(db, orgId, year) {
    const [y, codes] = await Promise.all([findYear(db, orgId, year), memberCodesById(db, orgId)]);
    return y.initiatives.map((i): Record<string, YearCell> => ({
      title: i.title, authors: i.authors.map((a) => codes.get(a.memberId) ?? '').join(', '), recognisedOn: i.recognisedOn,
      ...decisionCells(i.decision),
    }));
  },

  async prepare(ctx) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM initiatives WHERE org_id = ${ctx.orgId} AND year = ${ctx.year}`.execute(ctx.db);
    return { prepared: null, existing: rows[0].n };
  },

  parseRow(cells, ctx, fail) {
    const cell = yearCells(cells, fail);
    const title = cell.text('title', { required: true, min: 2, max: 500 });
    const authorText = cell.text('authors', { required: true, max: 1000 });
    const recognisedOn = cell.date('recognisedOn');
    const decision = readDecision(cell);
    const authorCodes = [...new Set((authorText ?? '').split(/[,;]/).map((c) => c.trim()).filter((c) => c !== ''))];
    const unknown = authorCodes.filter((c) => !ctx.memberIds.has(c) && !ctx.memberCodesInFile.has(c));
    if (unknown.length > 0) {
      fail('authors', `Mã đoàn viên ${unknown.map((c) => `'${c}'`).join(', ')} không có trong danh sách đoàn viên của công đoàn hay trang «Đoàn viên» của tệp`);
      return null;
    }
    if (authorText !== null && (authorCodes.length === 0 || authorCodes.length > 20)) {
      fail('authors', 'Ghi từ 1 đến 20 mã tác giả');
      return null;
    }
    if (recognisedOn !== null && decision === null && cell.ok) {
      fail('decisionNumber', 'Sáng kiến có ngày công nhận phải có quyết định công nhận');
      return null;
    }
    return cell.ok ? { title: title!, authorCodes, recognisedOn: decision ? (recognisedOn ?? decision.issuedOn) : null, decision } : null;
  },

  async apply(ctx, rows) {
    const ids = await decisionIdsFor(ctx.db, ctx.orgId, rows.map((r) => r.decision));
    for (const [i, r] of rows.entries()) {
      const { id } = await ctx.db.insertInto('initiatives').values({
        org_id: ctx.orgId, year: ctx.year, title: r.title, decision_id: ids[i], recognised_on: r.recognisedOn,
      }).returning('id').executeTakeFirstOrThrow();
      await ctx.db.insertInto('initiative_authors')
        .values(r.authorCodes.map((code) => ({ org_id: ctx.orgId, initiative_id: id, member_id: memberIdOf(ctx, code) }))).execute();
    }
  },
};
