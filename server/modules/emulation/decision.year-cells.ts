import type { Db } from '../../db/client.ts';
import type { DecisionInput, DecisionView, IssuerLevel } from '../../../shared/contracts/emulation.contract.ts';
import type { YearCell, YearSheetColumn } from '../year-workbook/year-sheet.ts';
import type { YearCells } from '../year-workbook/year-cells.ts';

// The decision (quyết định) columns the emulation sheets of the year workbook share: a row with a decision is
// decided, one without is proposed. Decisions are found again by issuer and number (unique in a union), so the
// same decision on many rows is recorded once.

export const issuerLevelLabels: Readonly<Record<IssuerLevel, string>> = {
  central: 'Trung ương', province: 'Tỉnh', district: 'Huyện', commune: 'Xã', grassroots: 'Cơ sở',
};
const levelNote = `Ghi một trong: ${Object.values(issuerLevelLabels).join(', ')}.`;

export const decisionColumns: readonly YearSheetColumn[] = [
  { header: 'Số quyết định', field: 'decisionNumber', required: false, type: 'text', width: 16,
    note: 'Để trống khi chưa có quyết định (đề nghị).' },
  { header: 'Ngày quyết định', field: 'decisionDate', required: false, type: 'date', width: 14, note: 'dd/mm/yyyy; bắt buộc khi có số quyết định.' },
  { header: 'Cơ quan quyết định', field: 'decisionIssuer', required: false, type: 'text', width: 28,
    note: 'Ví dụ: UBND thị xã Hương Trà; bắt buộc khi có số quyết định.' },
  { header: 'Cấp quyết định', field: 'decisionLevel', required: false, type: 'text', width: 12, note: `${levelNote} Bắt buộc khi có số quyết định.` },
];

export function decisionCells(d: Pick<DecisionView, 'number' | 'issuedOn' | 'issuer' | 'issuerLevel'> | null): Record<string, YearCell> {
  return {
    decisionNumber: d?.number ?? null, decisionDate: d?.issuedOn ?? null,
    decisionIssuer: d?.issuer ?? null, decisionLevel: d ? issuerLevelLabels[d.issuerLevel] : null,
  };
}

/** The row's decision, or null when its number is empty; a number without date, issuer or level is a bad row. */
export function readDecision(cell: YearCells): DecisionInput | null {
  const number = cell.text('decisionNumber', { max: 60 });
  if (number === null) {
    return null;
  }
  const issuedOn = cell.date('decisionDate', { required: true });
  const issuer = cell.text('decisionIssuer', { required: true, min: 2, max: 200 });
  const issuerLevel = cell.choice('decisionLevel', issuerLevelLabels, { required: true });
  return issuedOn && issuer && issuerLevel ? { number, issuedOn, issuer, issuerLevel } : null;
}

/** The decision's id in the union, recorded now when it is not yet. Inside the import's transaction. */
async function decisionIdFor(tx: Db, orgId: number, d: DecisionInput | null): Promise<number | null> {
  if (d === null) {
    return null;
  }
  const found = await tx.selectFrom('emulation_decisions').select('id')
    .where('org_id', '=', orgId).where('issuer', '=', d.issuer).where('number', '=', d.number).executeTakeFirst();
  if (found) {
    return found.id;
  }
  return (await tx.insertInto('emulation_decisions').values({
    org_id: orgId, number: d.number, issued_on: d.issuedOn, issuer: d.issuer, issuer_level: d.issuerLevel,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** The ids of the rows' decisions, one after another (rows sharing a decision record it once). */
export async function decisionIdsFor(tx: Db, orgId: number, decisions: readonly (DecisionInput | null)[]): Promise<(number | null)[]> {
  const known = new Map<string, number | null>();
  const ids: (number | null)[] = [];
  for (const d of decisions) {
    const key = d ? `${d.issuer}|${d.number}` : '';
    if (!known.has(key)) {
      known.set(key, await decisionIdFor(tx, orgId, d));
    }
    ids.push(known.get(key) ?? null);
  }
  return ids;
}
