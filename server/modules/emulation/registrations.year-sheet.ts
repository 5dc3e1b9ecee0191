import { sql } from 'kysely';
import { gradeLabels } from '../../../shared/contracts/emulation.contract.ts';
import type { YearCell, YearSheet } from '../year-workbook/year-sheet.ts';
import { inChunks, memberCodesById, memberIdOf, yearCells } from '../year-workbook/year-cells.ts';
import { findYear } from './emulation.repo.ts';
import type { GradeCode } from './emulation.tables.ts';

// Sổ năm, sheet "Đăng ký thi đua": each member's registrations of the year, one per row — a title (LĐTT, CSTĐCS)
// or, for staff rated rather than titled, the rating aimed at.

type Registered = 'ldtt' | 'cstdcs' | 'rating';
const registeredLabels: Record<Registered, string> = { ldtt: 'LĐTT', cstdcs: 'CSTĐCS', rating: 'Xếp loại' };
type Target = Exclude<GradeCode, 'khtnv'>;
const targetLabels: Record<Target, string> = { htxsnv: gradeLabels.htxsnv, httnv: gradeLabels.httnv, htnv: gradeLabels.htnv };

interface RegistrationRow { memberCode: string; title: Registered; targetRating: Target | null; registeredOn: string }

export const registrationsYearSheet: YearSheet<RegistrationRow, { seen: Set<string> }> = {
  name: 'Đăng ký thi đua',
  description: 'Đăng ký thi đua của đoàn viên trong năm: mỗi dòng một đăng ký (danh hiệu LĐTT, CSTĐCS, hoặc mức xếp loại phấn đấu).',
  columns: [
    { header: 'Mã đoàn viên', field: 'memberCode', required: true, type: 'text', width: 14, note: 'Mã trên trang «Đoàn viên».' },
    { header: 'Họ và tên', field: 'fullName', required: false, type: 'text', width: 26, note: 'Để dễ đọc; khi nhập chỉ mã đoàn viên được dùng.' },
    { header: 'Đăng ký', field: 'title', required: true, type: 'text', width: 12, note: 'LĐTT, CSTĐCS hoặc Xếp loại.' },
    { header: 'Mức xếp loại đăng ký', field: 'targetRating', required: false, type: 'text', width: 14,
      note: 'HTXSNV, HTTNV hoặc HTNV; bắt buộc khi Đăng ký là Xếp loại.' },
    { header: 'Ngày đăng ký', field: 'registeredOn', required: true, type: 'date', width: 14, note: 'dd/mm/yyyy, trong năm.' },
  ],
  keyFields: ['memberCode', 'title'],
  readPermission: 'emulation.read',
  writePermission: 'emulation.write',

  async exportRows(db, orgId, year) {
    const [y, codes] = await Promise.all([findYear(db, orgId, year), memberCodesById(db, orgId)]);
    return y.registrations.map((r): Record<string, YearCell> => ({
      memberCode: codes.get(r.memberId) ?? null, fullName: r.memberName, title: registeredLabels[r.title],
      targetRating: r.targetRating ? gradeLabels[r.targetRating] : null, registeredOn: r.registeredOn,
    }));
  },

  async prepare(ctx) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM emulation_registrations WHERE org_id = ${ctx.orgId} AND year = ${ctx.year}`.execute(ctx.db);
    return { prepared: { seen: new Set() }, existing: rows[0].n };
  },

  parseRow(cells, ctx, fail, prepared) {
    const cell = yearCells(cells, fail);
    const memberCode = cell.memberCode('memberCode', ctx);
    const title = cell.choice('title', registeredLabels, { required: true });
    const targetRating = cell.choice('targetRating', targetLabels);
    const registeredOn = cell.date('registeredOn', { required: true, year: ctx.year });
    if (!cell.ok) {
      return null;
    }
    if (title === 'rating' && targetRating === null) {
      fail('targetRating', 'Chọn mức xếp loại đăng ký (HTXSNV, HTTNV hoặc HTNV)');
      return null;
    }
    const key = `${memberCode}|${title}`;
    if (prepared.seen.has(key)) {
      fail('title', `Đoàn viên ${memberCode} đã có đăng ký ${registeredLabels[title!]} ở dòng trên`);
      return null;
    }
    prepared.seen.add(key);
    return { memberCode: memberCode!, title: title!, targetRating: title === 'rating' ? targetRating : null, registeredOn: registeredOn! };
  },

  async apply(ctx, rows) {
    await inChunks(rows, (part) => ctx.db.insertInto('emulation_registrations').values(part.map((r) => ({
      org_id: ctx.orgId, member_id: memberIdOf(ctx, r.memberCode), year: ctx.year, title: r.title, target_rating: r.targetRating,
      registered_on: r.registeredOn,
    }))).execute());
  },
};
