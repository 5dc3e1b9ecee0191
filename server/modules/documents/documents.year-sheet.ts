import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../core/audit.ts';
import { cellDate, cellLabel, cellText, labelList } from '../../core/xlsx/cell-values.ts';
import { documentInput, type DocumentInput, type DocumentStatus } from '../../../shared/contracts/documents.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { insertDocument } from './documents.repo.ts';

// "Văn bản chỉ đạo" of the year workbook: the documents received in the year, and those received earlier whose deadline
// falls in it (the on-time rate counts by deadline). Attached files do not travel.

const statusLabels: Record<DocumentStatus, string> = { pending: 'Chưa xử lý', in_progress: 'Đang xử lý', done: 'Hoàn thành' };

const columns = [
  { field: 'numberSymbol', header: 'Số, ký hiệu', required: true, type: 'text', width: 18 },
  { field: 'issuer', header: 'Cơ quan ban hành', required: true, type: 'text', width: 28 },
  { field: 'issuedOn', header: 'Ngày ban hành', required: true, type: 'date', width: 13 },
  { field: 'receivedOn', header: 'Ngày nhận', required: true, type: 'date', width: 13 },
  { field: 'summary', header: 'Trích yếu', required: true, type: 'text', width: 50 },
  { field: 'deadline', header: 'Hạn xử lý', required: false, type: 'date', width: 13 },
  { field: 'assignee', header: 'Mã người thực hiện', required: false, type: 'text', note: 'Mã đoàn viên được giao thực hiện' },
  { field: 'status', header: 'Trạng thái', required: false, type: 'text', width: 14, note: `${labelList(statusLabels)}; để trống là «Chưa xử lý»` },
  { field: 'completedOn', header: 'Ngày hoàn thành', required: false, type: 'date', width: 13, note: 'Chỉ ghi khi trạng thái là «Hoàn thành»' },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 30, note: 'Tệp văn bản đính kèm không đi theo sổ năm; tải lên lại sau khi nhập' },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

/** Received in the year, or falling due in it. */
function ofYear(db: Db, orgId: number, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return db.selectFrom('directive_documents as d').where('d.org_id', '=', orgId)
    .where((eb) => eb.or([eb.between('d.received_on', from, to), eb.between('d.deadline', from, to)]));
}

export const documentsYearSheet: YearSheet<DocumentInput & { assigneeCode: string | null }> = {
  name: 'Văn bản chỉ đạo',
  description: 'Văn bản chỉ đạo nhận trong năm và văn bản năm trước có hạn xử lý trong năm; tệp đính kèm không đi theo.',
  columns,
  keyFields: ['numberSymbol', 'issuer'],
  readPermission: 'documents.read',
  writePermission: 'documents.write',

  async exportRows(db, orgId, year) {
    const rows = await ofYear(db, orgId, year).leftJoin('members as m', (j) => j.onRef('m.org_id', '=', 'd.org_id').onRef('m.id', '=', 'd.assignee_member_id'))
      .select(['d.number_symbol', 'd.issuer', 'd.issued_on', 'd.received_on', 'd.summary', 'd.deadline', 'm.code', 'd.status', 'd.completed_on', 'd.note'])
      .orderBy('d.received_on').orderBy('d.id').execute();
    return rows.map((r) => ({
      numberSymbol: r.number_symbol, issuer: r.issuer, issuedOn: r.issued_on, receivedOn: r.received_on, summary: r.summary,
      deadline: r.deadline, assignee: r.code, status: statusLabels[r.status], completedOn: r.completed_on, note: r.note,
    }));
  },

  async prepare(ctx) {
    const { n } = await ofYear(ctx.db, ctx.orgId, ctx.year).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    return { prepared: null, existing: Number(n) };
  },

  parseRow(cells, ctx, fail) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const date = (f: Field, required: boolean) => {
      const d = cellDate(cell(f));
      if (d === 'bad' || (d === null && required)) {
        fail(f, d === 'bad' ? 'Ngày không hợp lệ (dd/mm/yyyy)' : 'Cần ghi ngày');
        return undefined;
      }
      return d;
    };
    const status = cellLabel(cell('status'), statusLabels);
    if (status === 'bad') {
      fail('status', `Trạng thái «${cellText(cell('status'))}» không có; dùng: ${labelList(statusLabels)}`);
    }
    const assigneeCode = cellText(cell('assignee')) || null;
    if (assigneeCode !== null && !ctx.memberIds.has(assigneeCode) && !ctx.memberCodesInFile.has(assigneeCode)) {
      fail('assignee', `Không có đoàn viên mã «${assigneeCode}» trong công đoàn hay trong trang đoàn viên`);
    }
    const raw = {
      numberSymbol: cellText(cell('numberSymbol')), issuer: cellText(cell('issuer')), issuedOn: date('issuedOn', true),
      receivedOn: date('receivedOn', true), summary: cellText(cell('summary')), deadline: date('deadline', false),
      status: status === 'bad' || status === null ? 'pending' : status, completedOn: date('completedOn', false), note: cellText(cell('note')) || null,
    };
    if (Object.values(raw).includes(undefined) || status === 'bad') {
      return null;
    }
    const parsed = documentInput.safeParse(raw);
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0] ?? 'numberSymbol'), issue.message));
      return null;
    }
    return { ...parsed.data, assigneeCode };
  },

  async apply(ctx, rows) {
    for (const { assigneeCode, ...row } of rows) {
      const input: DocumentInput = { ...row, assigneeMemberId: assigneeCode === null ? null : ctx.memberIds.get(assigneeCode)! };
      const id = await insertDocument(ctx.db, ctx.orgId, input, ctx.userId);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'directive_document', entityId: id, after: input });
    }
  },
};
