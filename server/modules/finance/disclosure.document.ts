// The statement of công khai tài chính, for the notice board: a .docx through the one .docx toolkit (one table per
// fund: carried in, receipts and payments by category, carried out) and an .xlsx of the same lines.
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatDongPlain } from '../../../shared/vi/money.ts';
import type { DisclosureView } from '../../../shared/contracts/finance.contract.ts';
import type { Db } from '../../db/client.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { Block } from '../reports/document/model.ts';

const period = (d: DisclosureView) => `từ ngày ${formatDateVi(d.from)} đến ngày ${formatDateVi(d.to)}`;

/** Rows of a fund's table: [what, receipts, payments]. */
function fundRows(f: DisclosureView['funds'][number]): string[][] {
  return [
    ['Tồn đầu kỳ', formatDongPlain(f.opening), ''],
    ...f.lines.map((l) => [`${l.direction === 'receipt' ? 'Thu' : 'Chi'}: ${l.label}`,
      l.direction === 'receipt' ? formatDongPlain(l.amount) : '', l.direction === 'payment' ? formatDongPlain(l.amount) : '']),
    ['Cộng phát sinh trong kỳ', formatDongPlain(f.receipts), formatDongPlain(f.payments)],
    ['Tồn cuối kỳ', formatDongPlain(f.closing), ''],
  ];
}

export async function disclosureDocx(db: Db, d: DisclosureView): Promise<Buffer> {
  const { org, head } = await listDocumentHead(db, d.org.id, d.to);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Ban Chấp hành ${org.name} công khai tình hình thu, chi tài chính ${period(d)} như sau (đơn vị tính: đồng):` },
    ...d.funds.flatMap((f, i): Block[] => [
      { kind: 'heading', level: 'arabic', text: `${i + 1}. ${f.name}` },
      { kind: 'table', columns: [{ header: 'Nội dung', widthPct: 50 }, { header: 'Thu', widthPct: 25, align: 'right' }, { header: 'Chi', widthPct: 25, align: 'right' }],
        rows: fundRows(f) },
    ]),
    { kind: 'paragraph', text: `Tổng cộng các quỹ: tồn đầu kỳ ${formatDongPlain(d.totals.opening)} đồng; thu ${formatDongPlain(d.totals.receipts)} đồng; chi ${formatDongPlain(d.totals.payments)} đồng; tồn cuối kỳ ${formatDongPlain(d.totals.closing)} đồng.` },
    { kind: 'paragraph', text: 'Mọi ý kiến về các khoản thu, chi xin gửi Ban Chấp hành công đoàn hoặc Ủy ban kiểm tra trong thời gian niêm yết.' },
  ];
  return renderDocx({
    ...head, numberSuffix: 'TB-CĐCS', docType: 'THÔNG BÁO', summary: [`Công khai tài chính ${period(d)}`], blocks,
    recipients: ['Đoàn viên công đoàn (niêm yết)', 'Lưu: VT'],
    signer: { onBehalf: 'TM. BAN CHẤP HÀNH', title: org.signerTitle, name: org.signerName ?? '' },
  });
}

export async function disclosureWorkbook(d: DisclosureView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congdoan';
  workbook.title = `Công khai tài chính — ${d.org.name}`;
  const sheet = workbook.addWorksheet('Công khai tài chính', { pageSetup: { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 14 }, { width: 48 }, { width: 18 }, { width: 18 }];
  sheet.addRow([`${d.org.name} — công khai tài chính ${period(d)}`]).font = { bold: true };
  sheet.addRow(['Quỹ', 'Nội dung', 'Thu (đồng)', 'Chi (đồng)']).font = { bold: true };
  for (const f of d.funds) {
    sheet.addRow([f.name, 'Tồn đầu kỳ', f.opening, null]);
    for (const l of f.lines) {
      sheet.addRow([f.name, `${l.direction === 'receipt' ? 'Thu' : 'Chi'}: ${l.label}`, l.direction === 'receipt' ? l.amount : null, l.direction === 'payment' ? l.amount : null]);
    }
    sheet.addRow([f.name, 'Tồn cuối kỳ', f.closing, null]).font = { bold: true };
  }
  sheet.getColumn(3).numFmt = '#,##0';
  sheet.getColumn(4).numFmt = '#,##0';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
