import type { StatusKind } from '../../../shared/contracts/members.contract.ts';
import { statusEventProblem, statusKindLabels } from '../../../shared/contracts/member-rules.ts';
import { today } from '../../core/clock.ts';
import type { YearCell, YearSheet } from '../year-workbook/year-sheet.ts';
import { memberIdOf, yearCells } from '../year-workbook/year-cells.ts';
import { findHistories, findMemberIdsByCode } from './member-import.repo.ts';
import { joinedOnInFile, membersYearSheet } from './members.year-sheet.ts';

// Sổ năm, sheet "Biến động đoàn viên": the status changes of the year's members up to the year's end (tạm dừng,
// trở lại, chuyển đi, thôi sinh hoạt …), so a member who left counts as they did. The first event (the admission on
// the join date) comes with the member. A change already recorded (same member, kind and date) is left as it is;
// every other is checked against the member's history as the member page checks it.

type Changed = Exclude<StatusKind, 'admitted'>;
const { admitted: _admitted, ...changeLabels } = statusKindLabels;

interface StatusRow { memberCode: string; kind: Changed; onDate: string; reason: string | null }
interface Prepared { today: string; histories: Map<string, { kind: StatusKind; onDate: string }[]> }

export const statusChangesYearSheet: YearSheet<StatusRow, Prepared> = {
  name: 'Biến động đoàn viên',
  description: 'Thay đổi trạng thái của đoàn viên đến hết năm (tạm dừng, trở lại sinh hoạt, chuyển đi, thôi sinh hoạt, khai trừ …), mỗi dòng một lần.',
  columns: [
    { header: 'Mã đoàn viên', field: 'memberCode', required: true, type: 'text', width: 14, note: 'Mã trên trang «Đoàn viên».' },
    { header: 'Họ và tên', field: 'fullName', required: false, type: 'text', width: 26, note: 'Để dễ đọc; khi nhập chỉ mã đoàn viên được dùng.' },
    { header: 'Biến động', field: 'kind', required: true, type: 'text', width: 20, note: `Ghi một trong: ${Object.values(changeLabels).join(', ')}.` },
    { header: 'Ngày', field: 'onDate', required: true, type: 'date', width: 12, note: 'dd/mm/yyyy, đến hết năm của sổ.' },
    { header: 'Lý do', field: 'reason', required: false, type: 'text', width: 40, note: 'Tối đa 300 ký tự.' },
  ],
  keyFields: ['memberCode', 'kind'],
  readPermission: 'members.read',
  writePermission: 'members.write',

  async exportRows(db, orgId, year) {
    const listed = await membersYearSheet.exportRows(db, orgId, year);
    const ids = await findMemberIdsByCode(db, orgId);
    const rows: Record<string, YearCell>[] = [];
    const histories = await findHistories(db, listed.map((m) => ids.get(String(m.code))!));
    for (const m of listed) {
      for (const e of (histories.get(ids.get(String(m.code))!) ?? []).slice(1).filter((x) => x.onDate <= `${year}-12-31`)) {
        rows.push({ memberCode: m.code, fullName: m.fullName, kind: statusKindLabels[e.kind], onDate: e.onDate, reason: e.reason });
      }
    }
    return rows;
  },

  async prepare(ctx) {
    const byId = await findHistories(ctx.db, [...ctx.memberIds.values()]);
    const histories = new Map([...ctx.memberIds].map(([code, id]) => [code, (byId.get(id) ?? []).map(({ kind, onDate }) => ({ kind, onDate }))]));
    return { prepared: { today: today(), histories }, existing: 0 };
  },

  parseRow(cells, ctx, fail, prepared) {
    const cell = yearCells(cells, fail);
    const memberCode = cell.memberCode('memberCode', ctx);
    const kind = cell.choice('kind', changeLabels, { required: true });
    const onDate = cell.date('onDate', { required: true });
    const reason = cell.text('reason', { max: 300 });
    if (!cell.ok) {
      return null;
    }
    if (onDate! > `${ctx.year}-12-31`) {
      fail('onDate', `Ngày phải đến hết năm ${ctx.year}`);
      return null;
    }
    const joinedOn = joinedOnInFile.get(ctx)?.get(memberCode!);
    const history = prepared.histories.get(memberCode!) ?? (joinedOn ? [{ kind: 'admitted' as const, onDate: joinedOn }] : []);
    const recorded = history.some((e) => e.kind === kind && e.onDate === onDate);
    const problem = recorded ? null : statusEventProblem(history, { kind: kind!, onDate: onDate! }, prepared.today);
    if (problem) {
      fail('kind', problem);
      return null;
    }
    prepared.histories.set(memberCode!, recorded ? history : [...history, { kind: kind!, onDate: onDate! }]);
    return { memberCode: memberCode!, kind: kind!, onDate: onDate!, reason };
  },

  async apply(ctx, rows) {
    const byId = await findHistories(ctx.db, [...new Set(rows.map((r) => memberIdOf(ctx, r.memberCode)))]);
    const added = rows.filter((r) => !(byId.get(memberIdOf(ctx, r.memberCode)) ?? []).some((e) => e.kind === r.kind && e.onDate === r.onDate));
    for (const r of added.sort((a, b) => a.onDate.localeCompare(b.onDate))) {
      await ctx.db.insertInto('member_status_events')
        .values({ org_id: ctx.orgId, member_id: memberIdOf(ctx, r.memberCode), kind: r.kind, on_date: r.onDate, reason: r.reason }).execute();
    }
  },
};
