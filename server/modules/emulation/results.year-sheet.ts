import { sql } from 'kysely';
import { type DecisionInput, gradeLabels } from '../../../shared/contracts/emulation.contract.ts';
import type { YearCell, YearSheet } from '../year-workbook/year-sheet.ts';
import { inChunks, memberCodesById, memberIdOf, yearCells } from '../year-workbook/year-cells.ts';
import { decisionCells, decisionColumns, decisionIdsFor, readDecision } from './decision.year-cells.ts';
import { findYear } from './emulation.repo.ts';
import type { GradeCode, TitleCode } from './emulation.tables.ts';

// Sổ năm, sheet "Kết quả thi đua": what each member achieved in the year — a title (LĐTT, CSTĐCS), decided when the
// row has its decision and proposed otherwise, or the staff rating (đánh giá, xếp loại cán bộ) with its decision.

type Kind = TitleCode | 'rating';
const kindLabels: Record<Kind, string> = { ldtt: 'LĐTT', cstdcs: 'CSTĐCS', rating: 'Xếp loại' };

interface ResultRow { memberCode: string; kind: Kind; grade: GradeCode | null; cashAmount: number | null; decision: DecisionInput | null }

export const resultsYearSheet: YearSheet<ResultRow, { seen: Set<string> }> = {
  name: 'Kết quả thi đua',
  description: 'Kết quả thi đua cuối năm: mỗi dòng một danh hiệu (LĐTT, CSTĐCS) hoặc một kết quả xếp loại cán bộ; có số quyết định là đã công nhận, để trống là đề nghị.',
  columns: [
    { header: 'Mã đoàn viên', field: 'memberCode', required: true, type: 'text', width: 14, note: 'Mã trên trang «Đoàn viên».' },
    { header: 'Họ và tên', field: 'fullName', required: false, type: 'text', width: 26, note: 'Để dễ đọc; khi nhập chỉ mã đoàn viên được dùng.' },
    { header: 'Kết quả', field: 'kind', required: true, type: 'text', width: 12, note: 'LĐTT, CSTĐCS hoặc Xếp loại.' },
    { header: 'Mức xếp loại', field: 'grade', required: false, type: 'text', width: 12,
      note: 'HTXSNV, HTTNV, HTNV hoặc KHTNV; bắt buộc khi Kết quả là Xếp loại.' },
    { header: 'Tiền thưởng', field: 'cashAmount', required: false, type: 'money', width: 14, note: 'Số đồng nguyên, nếu có.' },
    ...decisionColumns,
  ],
  keyFields: ['memberCode', 'kind'],
  readPermission: 'emulation.read',
  writePermission: 'emulation.decide',

  async exportRows(db, orgId, year) {
    const [y, codes] = await Promise.all([findYear(db, orgId, year), memberCodesById(db, orgId)]);
    return [
      ...y.results.map((r): Record<string, YearCell> => ({
        memberCode: codes.get(r.memberId) ?? null, fullName: r.memberName, kind: kindLabels[r.title], grade: null,
        cashAmount: r.cashAmount, ...decisionCells(r.decision),
      })),
      ...y.ratings.map((r): Record<string, YearCell> => ({
        memberCode: codes.get(r.memberId) ?? null, fullName: r.memberName, kind: kindLabels.rating, grade: gradeLabels[r.grade],
        cashAmount: null, ...decisionCells(r.decision),
      })),
    ];
  },

  async prepare(ctx) {
    const { rows } = await sql<{ n: number }>`
      SELECT (SELECT count(*) FROM emulation_results WHERE org_id = ${ctx.orgId} AND year = ${ctx.year})::int
        + (SELECT count(*) FROM staff_ratings WHERE org_id = ${ctx.orgId} AND year = ${ctx.year})::int AS n`.execute(ctx.db);
    return { prepared: { seen: new Set() }, existing: rows[0].n };
  },

  parseRow(cells, ctx, fail, prepared) {
    const cell = yearCells(cells, fail);
    const memberCode = cell.memberCode('memberCode', ctx);
    const kind = cell.choice('kind', kindLabels, { required: true });
    const grade = cell.choice('grade', gradeLabels);
    const cashAmount = cell.amount('cashAmount');
    const decision = readDecision(cell);
    if (!cell.ok) {
      return null;
    }
    if (kind === 'rating' && grade === null) {
      fail('grade', 'Chọn mức xếp loại (HTXSNV, HTTNV, HTNV hoặc KHTNV)');
      return null;
    }
    const key = `${memberCode}|${kind}`;
    if (prepared.seen.has(key)) {
      fail('kind', `Đoàn viên ${memberCode} đã có kết quả ${kindLabels[kind!]} ở dòng trên`);
      return null;
    }
    prepared.seen.add(key);
    return { memberCode: memberCode!, kind: kind!, grade: kind === 'rating' ? grade : null, cashAmount, decision };
  },

  async apply(ctx, rows) {
    const ids = await decisionIdsFor(ctx.db, ctx.orgId, rows.map((r) => r.decision));
    const decided = rows.map((r, i) => ({ ...r, decisionId: ids[i] }));
    const titles = decided.filter((r) => r.kind !== 'rating');
    const ratings = decided.filter((r) => r.kind === 'rating');
    await inChunks(titles, (part) => ctx.db.insertInto('emulation_results').values(part.map((r) => ({
      org_id: ctx.orgId, member_id: memberIdOf(ctx, r.memberCode), year: ctx.year, title: r.kind as TitleCode,
      status: r.decisionId === null ? 'proposed' as const : 'decided' as const, decision_id: r.decisionId, cash_amount: r.cashAmount,
    }))).execute());
    await inChunks(ratings, (part) => ctx.db.insertInto('staff_ratings').values(part.map((r) => ({
      org_id: ctx.orgId, member_id: memberIdOf(ctx, r.memberCode), year: ctx.year, grade: r.grade!, decision_id: r.decisionId,
    }))).execute());
  },
};
