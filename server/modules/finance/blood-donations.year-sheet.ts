import { sql } from 'kysely';
import { writeAudit } from '../../core/audit.ts';
import { cellDate, cellNumber, cellText } from '../../core/xlsx/cell-values.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { bloodDonationInput, priorCountInput } from '../../../shared/contracts/welfare.contract.ts';
import type { YearSheet, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import { insertDonation, upsertPriorCount } from './blood-donations.repo.ts';

// "Hiến máu" of the year workbook: the year's donations, and for every donor the count before the year (the report's
// "đã hiến máu từ 15 lần" counts to the year's end), as a row without a date. A union that already holds a member's
// earlier count (the previous year moved in) keeps it: the file's must then agree.

const columns = [
  { field: 'memberCode', header: 'Mã đoàn viên', required: true, type: 'text', width: 12 },
  { field: 'donatedOn', header: 'Ngày hiến', required: false, type: 'date', width: 12, note: 'Để trống ở dòng ghi số lần trước năm' },
  { field: 'place', header: 'Nơi hiến máu', required: false, type: 'text', width: 32 },
  { field: 'volumeMl', header: 'Lượng máu (ml)', required: false, type: 'number', width: 10, note: '250, 350, 450…' },
  { field: 'priorCount', header: 'Số lần trước năm', required: false, type: 'number', width: 12,
    note: 'Dòng không có ngày hiến: số lần đoàn viên đã hiến máu trước ngày 01/01 của năm' },
  { field: 'note', header: 'Ghi chú', required: false, type: 'text', width: 30 },
] as const satisfies readonly YearSheetColumn[];
type Field = (typeof columns)[number]['field'];

type Row =
  | { kind: 'donation'; memberCode: string; donatedOn: string; place: string; volumeMl: number }
  | { kind: 'prior'; memberCode: string; count: number; note: string | null; known: boolean };

/** Each member's count before 1/1 of the year: the prior count and the donations recorded before it. */
function countsBefore(db: Parameters<YearSheet['exportRows']>[0], orgId: number, year: number) {
  return sql<{ code: string; before: number; note: string | null }>`
    SELECT m.code, COALESCE(p.count, 0) + (SELECT count(*)::int FROM blood_donations d WHERE d.org_id = m.org_id AND d.member_id = m.id AND d.donated_on < ${`${year}-01-01`}::date)
      AS before, p.note
    FROM members m LEFT JOIN blood_donation_prior_counts p ON p.org_id = m.org_id AND p.member_id = m.id
    WHERE m.org_id = ${orgId} ORDER BY m.sort_key COLLATE "C", m.id`.execute(db);
}

export const bloodDonationsYearSheet: YearSheet<Row, Map<string, number>> = {
  name: 'Hiến máu',
  description: 'Các lần hiến máu trong năm, và số lần mỗi đoàn viên đã hiến trước năm (dòng không có ngày).',
  columns,
  keyFields: ['memberCode', 'donatedOn'],
  readPermission: 'finance.read',
  writePermission: 'finance.write',

  async exportRows(db, orgId, year) {
    const [{ rows: before }, donations] = await Promise.all([
      countsBefore(db, orgId, year),
      db.selectFrom('blood_donations as d').innerJoin('members as m', (j) => j.onRef('m.org_id', '=', 'd.org_id').onRef('m.id', '=', 'd.member_id'))
        .select(['m.code', 'd.donated_on', 'd.place', 'd.volume_ml'])
        .where('d.org_id', '=', orgId).where('d.donated_on', '>=', `${year}-01-01`).where('d.donated_on', '<=', `${year}-12-31`)
        .orderBy('d.donated_on').orderBy('m.sort_key').execute(),
    ]);
    return [
      ...before.filter((r) => r.before > 0).map((r) => ({ memberCode: r.code, priorCount: r.before, note: r.note })),
      ...donations.map((d) => ({ memberCode: d.code, donatedOn: d.donated_on, place: d.place, volumeMl: d.volume_ml })),
    ];
  },

  async prepare(ctx) {
    const [{ rows }, counted] = await Promise.all([
      countsBefore(ctx.db, ctx.orgId, ctx.year),
      ctx.db.selectFrom('blood_donations').select(sql<number>`count(*)::int`.as('n')).where('org_id', '=', ctx.orgId)
        .where('donated_on', '>=', `${ctx.year}-01-01`).where('donated_on', '<=', `${ctx.year}-12-31`).executeTakeFirstOrThrow(),
    ]);
    return { prepared: new Map(rows.map((r) => [r.code, r.before])), existing: Number(counted.n) };
  },

  parseRow(cells, ctx, fail, before) {
    const cell = (f: Field) => cells.get(columns.find((c) => c.field === f)!);
    const memberCode = cellText(cell('memberCode'));
    if (!ctx.memberIds.has(memberCode) && !ctx.memberCodesInFile.has(memberCode)) {
      fail('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn hay trong trang đoàn viên`);
      return null;
    }
    const donatedOn = cellDate(cell('donatedOn'));
    if (donatedOn === 'bad' || (donatedOn !== null && !donatedOn.startsWith(`${ctx.year}-`))) {
      fail('donatedOn', donatedOn === 'bad' ? 'Ngày không hợp lệ (dd/mm/yyyy)' : `Ngày hiến phải trong năm ${ctx.year}; lần trước năm ghi vào cột «Số lần trước năm»`);
      return null;
    }
    if (donatedOn === null) {
      const count = cellNumber(cell('priorCount'));
      if (count === 'bad') {
        fail('priorCount', 'Số lần là số nguyên từ 0 đến 300');
        return null;
      }
      const prior = priorCountInput.safeParse({ count, countedBefore: `${ctx.year}-01-01`, note: cellText(cell('note')) });
      if (count === null || !prior.success) {
        fail(count === null ? 'donatedOn' : 'priorCount', count === null ? 'Ghi ngày hiến, hoặc số lần trước năm' : prior.error!.issues[0].message);
        return null;
      }
      const known = before.get(memberCode) ?? 0;
      if (known > 0 && known !== prior.data.count) {
        fail('priorCount', `Sổ của công đoàn đã có ${known} lần trước ${formatDateVi(`${ctx.year}-01-01`)}; số trong tệp phải khớp`);
        return null;
      }
      return { kind: 'prior', memberCode, count: prior.data.count, note: prior.data.note, known: known > 0 };
    }
    const volume = cellNumber(cell('volumeMl'));
    if (volume === null || volume === 'bad') {
      fail('volumeMl', 'Lượng máu là số ml, từ 50 đến 1000');
      return null;
    }
    // The API's contract checks the row; the member's id stands in until resolved on apply (the code may be new).
    const parsed = bloodDonationInput.safeParse({ memberId: 1, donatedOn, place: cellText(cell('place')), volumeMl: volume });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => fail(String(issue.path[0]), issue.message));
      return null;
    }
    return { kind: 'donation', memberCode, donatedOn, place: parsed.data.place, volumeMl: parsed.data.volumeMl };
  },

  async apply(ctx, rows) {
    for (const r of rows) {
      const memberId = ctx.memberIds.get(r.memberCode)!;
      if (r.kind === 'prior') {
        if (!r.known) {
          const prior = { count: r.count, countedBefore: `${ctx.year}-01-01`, note: r.note };
          await upsertPriorCount(ctx.db, ctx.orgId, memberId, prior);
          await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'blood_donation_prior_count', entityId: memberId, after: prior });
        }
        continue;
      }
      const input = { memberId, donatedOn: r.donatedOn, place: r.place, volumeMl: r.volumeMl };
      const id = await insertDonation(ctx.db, ctx.orgId, input, ctx.userId);
      await writeAudit(ctx.db, { orgId: ctx.orgId, userId: ctx.userId, action: 'import', entity: 'blood_donation', entityId: id, after: input });
    }
  },
};
