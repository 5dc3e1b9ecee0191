import { sql } from 'kysely';
import type { DecisionInput, IssuerLevel } from '../../../shared/contracts/emulation.contract.ts';
import type { YearCell, YearSheet } from '../year-workbook/year-sheet.ts';
import { yearCells } from '../year-workbook/year-cells.ts';
import { decisionCells, decisionColumns, decisionIdsFor, issuerLevelLabels, readDecision } from './decision.year-cells.ts';
import { findYear } from './emulation.repo.ts';

// Sổ năm, sheet "Danh hiệu tập thể": the collective titles and prizes of the union and of its host agency or
// employer (the report's "Cơ quan được công nhận Tập thể LĐTT", "giải ba Chuyển đổi số").

type Holder = 'union' | 'host';
type Kind = 'title' | 'prize';
const holderLabels: Record<Holder, string> = { host: 'Cơ quan, đơn vị', union: 'Công đoàn' };
const kindLabels: Record<Kind, string> = { title: 'Danh hiệu', prize: 'Giải thưởng' };

interface AwardRow {
  holder: Holder; kind: Kind; name: string; prizeRank: string | null; issuer: string; issuerLevel: IssuerLevel; decision: DecisionInput | null;
}

export const collectiveAwardsYearSheet: YearSheet<AwardRow, { seen: Set<string> }> = {
  name: 'Danh hiệu tập thể',
  description: 'Danh hiệu và giải thưởng tập thể của công đoàn hoặc của cơ quan, đơn vị trong năm; có số quyết định là đã công nhận, để trống là đề nghị.',
  columns: [
    { header: 'Của', field: 'holder', required: true, type: 'text', width: 16, note: 'Cơ quan, đơn vị hoặc Công đoàn.' },
    { header: 'Loại', field: 'kind', required: true, type: 'text', width: 12, note: 'Danh hiệu hoặc Giải thưởng.' },
    { header: 'Tên danh hiệu, giải thưởng', field: 'name', required: true, type: 'text', width: 34, note: 'Ví dụ: Tập thể Lao động tiên tiến.' },
    { header: 'Hạng giải', field: 'prizeRank', required: false, type: 'text', width: 12, note: 'Chỉ với giải thưởng, ví dụ: giải ba.' },
    { header: 'Nơi công nhận', field: 'issuer', required: true, type: 'text', width: 28, note: 'Ví dụ: UBND thị xã Hương Trà.' },
    { header: 'Cấp công nhận', field: 'issuerLevel', required: true, type: 'text', width: 12,
      note: `Ghi một trong: ${Object.values(issuerLevelLabels).join(', ')}.` },
    ...decisionColumns,
  ],
  keyFields: ['holder', 'name'],
  readPermission: 'emulation.read',
  writePermission: 'emulation.decide',

  async exportRows(db, orgId, year) {
    return (await findYear(db, orgId, year)).collectiveAwards.map((a): Record<string, YearCell> => ({
      holder: holderLabels[a.holder], kind: kindLabels[a.kind], name: a.name, prizeRank: a.prizeRank, issuer: a.issuer,
      issuerLevel: issuerLevelLabels[a.issuerLevel], ...decisionCells(a.decision),
    }));
  },

  async prepare(ctx) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM collective_awards WHERE org_id = ${ctx.orgId} AND year = ${ctx.year}`.execute(ctx.db);
    return { prepared: { seen: new Set() }, existing: rows[0].n };
  },

  parseRow(cells, _ctx, fail, prepared) {
    const cell = yearCells(cells, fail);
    const holder = cell.choice('holder', holderLabels, { required: true });
    const kind = cell.choice('kind', kindLabels, { required: true });
    const name = cell.text('name', { required: true, min: 2, max: 200 });
    const prizeRank = cell.text('prizeRank', { min: 2, max: 60 });
    const issuer = cell.text('issuer', { required: true, min: 2, max: 200 });
    const issuerLevel = cell.choice('issuerLevel', issuerLevelLabels, { required: true });
    const decision = readDecision(cell);
    if (!cell.ok) {
      return null;
    }
    if (kind === 'title' && prizeRank !== null) {
      fail('prizeRank', 'Hạng giải chỉ ghi cho giải thưởng');
      return null;
    }
    const key = `${holder}|${kind}|${name}`;
    if (prepared.seen.has(key)) {
      fail('name', `${kindLabels[kind!]} «${name}» đã có ở dòng trên`);
      return null;
    }
    prepared.seen.add(key);
    return { holder: holder!, kind: kind!, name: name!, prizeRank, issuer: issuer!, issuerLevel: issuerLevel!, decision };
  },

  async apply(ctx, rows) {
    const ids = await decisionIdsFor(ctx.db, ctx.orgId, rows.map((r) => r.decision));
    await ctx.db.insertInto('collective_awards').values(rows.map((r, i) => ({
      org_id: ctx.orgId, year: ctx.year, holder: r.holder, kind: r.kind, name: r.name, prize_rank: r.prizeRank, issuer: r.issuer,
      issuer_level: r.issuerLevel, status: ids[i] === null ? 'proposed' as const : 'decided' as const, decision_id: ids[i],
    }))).execute();
  },
};
