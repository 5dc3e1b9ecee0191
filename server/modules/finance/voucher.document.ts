// Phiếu thu / phiếu chi of a ledger entry, printed through the one .docx toolkit: the union's head, the voucher's
// number and date, who paid or received, what for, the amount in figures and in words, and the signatures.
import type { Db } from '../../db/client.ts';
import type { Caller } from '../../core/access.ts';
import { dongInWords, formatDong } from '../../../shared/vi/money.ts';
import { categoryLabels, type EntryView } from '../../../shared/contracts/finance.contract.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { Block, OfficialDocument } from '../reports/document/model.ts';
import { getEntry } from './ledger.service.ts';

const BLANK = '……………………………………';

/** "Kèm theo: … chứng từ gốc", with the files kept in the book counted and named. */
function attachedText(entry: EntryView): string {
  const files = entry.attachments;
  if (files.length === 0) {
    return `Kèm theo: ${entry.documentRef ?? BLANK} chứng từ gốc.`;
  }
  const count = String(files.length).padStart(2, '0');
  return `Kèm theo: ${entry.documentRef ? `${entry.documentRef}; ` : ''}${count} chứng từ gốc (${files.map((f) => f.fileName).join(', ')}).`;
}

export function voucherDocument(head: Awaited<ReturnType<typeof listDocumentHead>>, entry: EntryView): OfficialDocument {
  const { org } = head;
  const receipt = entry.direction === 'receipt';
  const person = entry.memberName ?? entry.counterparty;
  const amount = Math.abs(entry.amount);
  const sign = entry.amount < 0 ? '−' : '';
  const lines: Block[] = [
    { kind: 'paragraph', text: `${receipt ? 'Họ và tên người nộp tiền' : 'Họ và tên người nhận tiền'}: ${person ?? BLANK}` },
    { kind: 'paragraph', text: `${receipt ? 'Lý do nộp' : 'Lý do chi'}: ${entry.description}` },
    { kind: 'paragraph', text: `Khoản mục: ${categoryLabels[entry.category]} — quỹ: ${entry.fundName}${entry.account === 'bank' ? ' (tiền gửi ngân hàng)' : ''}` },
    { kind: 'paragraph', text: `Số tiền: ${sign}${formatDong(amount)} (viết bằng chữ: ${sign ? 'âm ' : ''}${dongInWords(amount)}).` },
    { kind: 'paragraph', text: attachedText(entry) },
  ];
  if (entry.reversesId !== null) {
    lines.push({ kind: 'paragraph', text: `Chứng từ điều chỉnh (ghi âm) của ${entry.documentRef ?? 'chứng từ gốc'}.` });
  }
  lines.push({
    kind: 'table',
    columns: ['Người lập phiếu', 'Thủ quỹ', receipt ? 'Người nộp tiền' : 'Người nhận tiền'].map((header) => ({ header, widthPct: 33, align: 'center' as const })),
    rows: [['(Ký, họ tên)', '(Ký, họ tên)', '(Ký, họ tên)'], ['\n\n\n', '', ''], [entry.recordedBy ?? '', '', person ?? '']],
  });
  return {
    ...head.head,
    number: entry.number,
    numberSuffix: receipt ? 'PT' : 'PC',
    docType: receipt ? 'PHIẾU THU' : 'PHIẾU CHI',
    date: entry.entryDate,
    summary: [],
    blocks: lines,
    recipients: [],
    signer: { onBehalf: null, title: `${org.signerTitle} (DUYỆT)`, name: org.signerName ?? '' },
  };
}

export async function voucherDocx(db: Db, caller: Caller, orgId: number, entryId: number) {
  const entry = await getEntry(db, caller, orgId, entryId);
  const doc = voucherDocument(await listDocumentHead(db, orgId, entry.entryDate), entry);
  return { docx: await renderDocx(doc), fileName: `${entry.number}.docx` };
}
