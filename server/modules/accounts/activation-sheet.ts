// Phiếu kích hoạt tài khoản: the printable sheet of usernames and one-time codes, in the official format.
import type { Db } from '../../db/client.ts';
import { today } from '../../core/clock.ts';
import { formatDateVi, todayIso } from '../../../shared/vi/dates.ts';
import type { SheetEntry } from '../../../shared/contracts/users.contract.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { OfficialDocument } from '../reports/document/model.ts';

/** "dd/mm/yyyy hh:mm" in Vietnam. */
export function formatExpiryVi(iso: string): string {
  const d = new Date(iso);
  const time = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return `${formatDateVi(todayIso('Asia/Ho_Chi_Minh', d))} ${time}`;
}

export async function activationSheetDocx(db: Db, orgId: number, entries: SheetEntry[], activationUrl: string): Promise<Buffer> {
  const date = today();
  const { org, head } = await listDocumentHead(db, orgId, date);
  const doc: OfficialDocument = {
    ...head,
    summary: ['Tài khoản sử dụng phần mềm quản lý công đoàn', `(${entries.length} tài khoản, mã kích hoạt dùng một lần)`],
    blocks: [
      { kind: 'paragraph', text: 'Cách kích hoạt tài khoản:' },
      { kind: 'bullet', text: `Mở trang ${activationUrl} trên điện thoại hoặc máy tính;` },
      { kind: 'bullet', text: 'Nhập tên đăng nhập và mã kích hoạt của mình (không phân biệt chữ hoa, chữ thường);' },
      { kind: 'bullet', text: 'Tự chọn mật khẩu (tối thiểu 10 ký tự, không chứa tên đăng nhập), rồi đăng nhập bằng mật khẩu đó.' },
      { kind: 'paragraph', text: 'Mỗi mã chỉ dùng được một lần và hết hạn vào thời điểm ghi bên cạnh; quá hạn, đề nghị liên hệ Ban Chấp hành để được cấp mã mới. Không đưa mã cho người khác.' },
      {
        kind: 'table',
        columns: [
          { header: 'TT', widthPct: 6, align: 'center' },
          { header: 'Họ và tên', widthPct: 30 },
          { header: 'Tên đăng nhập', widthPct: 22 },
          { header: 'Mã kích hoạt', widthPct: 20, align: 'center' },
          { header: 'Hết hạn', widthPct: 22, align: 'center' },
        ],
        rows: entries.map((e, i) => [String(i + 1), e.fullName, e.username, e.code, formatExpiryVi(e.expiresAt)]),
      },
    ],
    recipients: ['Đoàn viên có tên trên', 'Lưu: VT'],
    signer: { onBehalf: 'TM. BAN CHẤP HÀNH', title: org.signerTitle, name: org.signerName ?? '' },
  };
  return renderDocx(doc);
}
