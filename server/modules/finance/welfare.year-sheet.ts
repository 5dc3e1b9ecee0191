import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { AppError } from '../../core/errors.ts';
import { cellText } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { childKinds, welfareKindLabels, type WelfareKind } from '../../../shared/contracts/welfare.contract.ts';
import { formatDong } from '../../../shared/vi/money.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { voucherRefs } from './finance-year-refs.ts';
import { voucherNumber } from './ledger.repo.ts';
import { findEventTotals, insertEvent } from './welfare.repo.ts';
import { checkedLines } from './welfare.service.ts';
import { parseWelfareRow, welfareColumns, type WelfareField, type WelfareRow } from './welfare-row.ts';

// "Phúc lợi" of the year workbook: the welfare events of the year, one row per beneficiary (the welfare import's
// columns and row checks), each event naming its payment in "Sổ quỹ" by "Số phiếu" instead of a fund. Each event is
// checked against the records as the form checks it (member active, child theirs and young enough, a woman for 8/3)
// and its lines must add up to the payment, when applied.

const columns = [
  { field: 'number', header: 'Số phiếu', required: true, type: 'text', width: 13, note: 'Số phiếu chi trong trang «Sổ quỹ»; các dòng cùng phiếu là một đợt' },
  ...welfareColumns.filter((c) => c.field !== 'fund'),
] as const satisfies readonly YearSheetColumn[];
type Field = WelfareField | 'number';

interface Row extends WelfareRow { number: string }
type Events = Map<string, { eventDate: string; kind: WelfareKind; description: string }>;

export const welfareYearSheet: YearSheet<Row, Events> = {
  name: 'Phúc lợi',
  description: 'Thăm hỏi, hiếu hỷ, quà và khen thưởng của năm: mỗi dòng một người nhận, các dòng cùng phiếu chi là một đợt.',
  columns,
  keyFields: ['number', 'memberCode'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const { rows } = await sql<{
      year: number; seq: number; event_date: string; kind: WelfareKind; code: string; child_id: number | null; relative_name: string | null; relation: string | null;
      amount: string; description: string;
    }>`
      SELECT e.year, e.seq, w.event_date, w.kind, m.code, b.child_id, b.relative_name, b.relation, b.amount, w.description
      FROM welfare_events w JOIN ledger_entries e ON e.org_id = w.org_id AND e.id = w.ledger_entry_id JOIN welfare_beneficiaries b ON b.org_id = w.org_id AND b.event_id = w.id
        JOIN members m ON m.org_id = b.org_id AND m.id = b.member_id
      WHERE w.org_id = ${orgId} AND w.event_date BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
      ORDER BY w.event_date, w.id, m.sort_key COLLATE "C", b.id`.execute(db);
    return rows.map((r) => ({
      number: voucherNumber('payment', r.year, r.seq), date: r.event_date, kind: welfareKindLabels[r.kind], memberCode: r.code,
      recipient: r.relative_name, relation: r.child_id !== null && childKinds.includes(r.kind) ? null : r.relation, amount: Number(r.amount), description: r.description,
    }));
  },

  async prepare(ctx) {
    const { n } = await ctx.db.selectFrom('welfare_events').select(sql<number>`count(*)::int`.as('n')).where('org_id', '=', ctx.orgId)
      .where('event_date', '>=', `${ctx.year}-01-01`).where('event_date', '<=', `${ctx.year}-12-31`).executeTakeFirstOrThrow();
    return { prepared: new Map(), existing: Number(n) };
  },

  parseRow(cells, ctx, fail, events) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const number = cellText(cell('number'));
    const voucher = voucherRefs.read(ctx).get(number);
    if (voucher === null) {
      return null; // its voucher is reported wrong already
    }
    const parsed = parseWelfareRow(cell, fail, (code) => ctx.memberIds.has(code) || ctx.memberCodesInFile.has(code));
    if (!voucher || voucher.direction !== 'payment') {
      fail('number', voucher ? `Phiếu «${number}» không phải phiếu chi` : `Không có phiếu «${number}» trong trang «Sổ quỹ»`);
      return null;
    }
    if (!parsed) {
      return null;
    }
    const event = events.get(number);
    if (event && (event.eventDate !== parsed.eventDate || event.kind !== parsed.kind || matchKey(event.description) !== matchKey(parsed.description))) {
      fail('description', `Các dòng của phiếu «${number}» là một đợt: cùng ngày, loại và nội dung`);
      return null;
    }
    if (parsed.eventDate !== voucher.entryDate) {
      fail('date', `Ngày khác ngày của phiếu «${number}»`);
      return null;
    }
    events.set(number, { eventDate: parsed.eventDate, kind: parsed.kind, description: parsed.description });
    return { ...parsed, number };
  },

  async apply(ctx, rows) {
    const ids = voucherRefs.written(ctx);
    const byVoucher = new Map<string, Row[]>();
    rows.forEach((r) => byVoucher.set(r.number, [...(byVoucher.get(r.number) ?? []), r]));
    const memberIds = [...new Set(rows.map((r) => ctx.memberIds.get(r.memberCode)!))];
    const children = await ctx.db.selectFrom('member_children').select(['id', 'member_id', 'full_name'])
      .where('org_id', '=', ctx.orgId).where('member_id', 'in', memberIds.length > 0 ? memberIds : [0]).execute();
    for (const [number, lines] of byVoucher) {
      const failed = (message: string) => new AppError('VALIDATION', `Trang «Phúc lợi», phiếu ${number}: ${message.replace(/^[\w.]+: /, '')}`);
      const { eventDate, kind, description } = lines[0];
      const beneficiaries = lines.map((l) => {
        const memberId = ctx.memberIds.get(l.memberCode)!;
        const childId = l.child === null ? null : children.find((c) => c.member_id === memberId && matchKey(c.full_name) === matchKey(l.child!))?.id;
        if (childId === undefined) {
          throw failed(`Không có người con tên «${l.child}» trong hồ sơ của đoàn viên mã ${l.memberCode}`);
        }
        return { memberId, childId, relativeName: l.relativeName, relation: l.relation, amount: l.amount };
      });
      const entryId = ids.get(number)!;
      const input = {
        kind, eventDate, description, fundId: 0, account: 'cash' as const, amount: 0, counterparty: null, documentRef: null, beneficiaries,
      };
      const checked = await checkedLines(ctx.db, ctx.orgId, input).catch((err: unknown) => {
        throw err instanceof AppError ? failed(err.message) : err;
      });
      const eventId = await insertEvent(ctx.db, ctx.orgId, { kind, eventDate, description, entryId }, ctx.userId, checked);
      const totals = await findEventTotals(ctx.db, ctx.orgId, eventId);
      if (totals.lines !== totals.payment) {
        throw failed(`tổng tiền người nhận (${formatDong(totals.lines)}) khác số tiền phiếu chi (${formatDong(totals.payment)})`);
      }
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'welfare_event', entityId: eventId,
        after: { kind, eventDate, description, entryNumber: number, beneficiaries: checked } });
    }
  },
};
