import { type DecisionInput, gradeLabels } from '../../../shared/contracts/emulation.contract.ts';
import type { YearSheet } from '../year-workbook/year-sheet.ts';
import { yearCells } from '../year-workbook/year-cells.ts';
import { decisionCells, decisionColumns, decisionIdsFor, readDecision } from './decision.year-cells.ts';
import { findStoredClassification } from './classification.repo.ts';
import { findYear } from './emulation.repo.ts';
import type { GradeCode } from './emulation.tables.ts';

// Sổ năm, sheet "Xếp loại công đoàn": the union's own classification of the year (xếp loại CĐCS) — its
// self-assessment and the grade the upper level decided, with that decision. One row.

interface ClassificationRow { selfGrade: GradeCode | null; decidedGrade: GradeCode | null; decision: DecisionInput | null }

export const classificationYearSheet: YearSheet<ClassificationRow, { rows: number }> = {
  name: 'Xếp loại công đoàn',
  description: 'Xếp loại công đoàn cơ sở của năm (một dòng): mức tự đánh giá và mức cấp trên công nhận kèm quyết định.',
  columns: [
    { header: 'Tự đánh giá', field: 'selfGrade', required: false, type: 'text', width: 14, note: 'HTXSNV, HTTNV, HTNV hoặc KHTNV.' },
    { header: 'Xếp loại được công nhận', field: 'decidedGrade', required: false, type: 'text', width: 16,
      note: 'HTXSNV, HTTNV, HTNV hoặc KHTNV; ghi cùng quyết định của cấp trên.' },
    ...decisionColumns,
  ],
  keyFields: ['selfGrade', 'decidedGrade'],
  readPermission: 'emulation.read',
  writePermission: 'emulation.decide',

  async exportRows(db, orgId, year) {
    const c = (await findYear(db, orgId, year)).classification;
    return c ? [{ selfGrade: c.selfGrade ? gradeLabels[c.selfGrade] : null, decidedGrade: c.decidedGrade ? gradeLabels[c.decidedGrade] : null,
      ...decisionCells(c.decision) }] : [];
  },

  async prepare(ctx) {
    return { prepared: { rows: 0 }, existing: (await findStoredClassification(ctx.db, ctx.orgId, ctx.year)) ? 1 : 0 };
  },

  parseRow(cells, _ctx, fail, prepared) {
    const cell = yearCells(cells, fail);
    const selfGrade = cell.choice('selfGrade', gradeLabels);
    const decidedGrade = cell.choice('decidedGrade', gradeLabels);
    const decision = readDecision(cell);
    prepared.rows += 1;
    if (prepared.rows > 1) {
      fail('decidedGrade', 'Trang chỉ có một dòng xếp loại của năm');
      return null;
    }
    if (cell.ok && (decidedGrade === null) !== (decision === null)) {
      fail(decidedGrade === null ? 'decidedGrade' : 'decisionNumber', 'Xếp loại được công nhận ghi cùng quyết định công nhận');
      return null;
    }
    return cell.ok ? { selfGrade, decidedGrade, decision } : null;
  },

  async apply(ctx, [row]) {
    const [decisionId] = await decisionIdsFor(ctx.db, ctx.orgId, [row.decision]);
    await ctx.db.insertInto('union_classifications').values({
      org_id: ctx.orgId, year: ctx.year, self_grade: row.selfGrade, decided_grade: row.decidedGrade, decision_id: decisionId,
    }).execute();
  },
};
