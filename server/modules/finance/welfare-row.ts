// One beneficiary row of a welfare event in Excel (date, kind, member, child or relative, amount, what for): the
// columns and checks shared by the welfare import and the year workbook's "Phúc lợi" sheet. The child is named, not
// chosen: each caller finds them in the member's record.
import type { CellContent } from '../../core/xlsx/cell-content.ts';
import { cellDate, cellMoney, cellText } from '../../core/xlsx/cell-values.ts';
import { matchKey } from '../../core/xlsx/match-key.ts';
import { childKinds, welfareKind, welfareKindLabels, type WelfareKind } from '../../../shared/contracts/welfare.contract.ts';

export const welfareColumns = [
  { field: 'date', header: 'Ngày', required: true, type: 'date', width: 12 },
  { field: 'kind', header: 'Loại', required: true, type: 'text', width: 22, note: Object.values(welfareKindLabels).join('; ') },
  { field: 'fund', header: 'Quỹ', required: true, type: 'text', width: 22 },
  { field: 'memberCode', header: 'Mã đoàn viên', required: true, type: 'text', width: 12 },
  { field: 'recipient', header: 'Con / người thân', required: false, type: 'text', width: 24, note: 'Tên người con (quà 1/6, Trung thu, học giỏi) hoặc người thân' },
  { field: 'relation', header: 'Quan hệ', required: false, type: 'text', width: 12, note: 'Quan hệ của người thân: Bố đẻ, Vợ…' },
  { field: 'amount', header: 'Số tiền', required: true, type: 'money', width: 14 },
  { field: 'description', header: 'Nội dung', required: true, type: 'text', width: 44 },
] as const;
export type WelfareField = (typeof welfareColumns)[number]['field'];

export interface WelfareRow {
  eventDate: string; kind: WelfareKind; memberCode: string; amount: number; description: string;
  /** A child of the member (child kinds: to be found in their record), or a relative with their relation. */
  child: string | null; relativeName: string | null; relation: string | null;
}

const kindByKey = new Map<string, WelfareKind>(welfareKind.options.flatMap((k) => [[matchKey(welfareKindLabels[k]), k], [matchKey(k), k]]));

/** Checks one row (but its fund, which each caller reads its own way); `fail` for each bad cell, in Vietnamese. */
export function parseWelfareRow(
  cell: (field: WelfareField) => CellContent | undefined, fail: (field: WelfareField, message: string) => void,
  memberKnown: (code: string) => boolean,
): WelfareRow | null {
  let ok = true;
  const bad = (field: WelfareField, message: string) => {
    ok = false;
    fail(field, message);
  };
  const date = cellDate(cell('date'));
  if (date === null || date === 'bad') {
    bad('date', 'Ngày không hợp lệ (dd/mm/yyyy)');
  }
  const kind = kindByKey.get(matchKey(cellText(cell('kind'))));
  if (!kind) {
    bad('kind', `Loại «${cellText(cell('kind'))}» không có; dùng: ${Object.values(welfareKindLabels).join('; ')}`);
  }
  const memberCode = cellText(cell('memberCode'));
  if (!memberKnown(memberCode)) {
    bad('memberCode', `Không có đoàn viên mã «${memberCode}» trong công đoàn`);
  }
  const amount = cellMoney(cell('amount'));
  if (amount === null || amount === 'bad') {
    bad('amount', 'Số tiền là số đồng nguyên lớn hơn 0');
  }
  const description = cellText(cell('description'));
  if (description.length < 2 || description.length > 1000) {
    bad('description', 'Nội dung từ 2 đến 1000 ký tự');
  }
  const recipient = cellText(cell('recipient'));
  const relation = cellText(cell('relation'));
  const forChild = kind !== undefined && childKinds.includes(kind);
  if (forChild && !recipient) {
    bad('recipient', 'Ghi tên người con nhận quà, thưởng');
  } else if (!forChild && recipient && !relation) {
    bad('relation', 'Ghi quan hệ của người thân (Bố đẻ, Vợ …)');
  }
  if (!ok) {
    return null;
  }
  return {
    eventDate: date as string, kind: kind!, memberCode, amount: amount as number, description,
    child: forChild ? recipient : null, relativeName: !forChild && recipient ? recipient : null, relation: !forChild && recipient ? relation : null,
  };
}
