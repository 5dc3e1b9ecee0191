import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { categoriesOf } from '../orgs/orgs.service.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { OfficialDocument } from '../reports/document/model.ts';
import { findAllMembers } from './members.repo.ts';

/** Danh sách đoàn viên: the members active on a date, as an official landscape document. */
export async function memberListDocx(db: Db, caller: Caller, orgId: number, date: string): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'members.read', today());
  const { org, head } = await listDocumentHead(db, orgId, date);
  const categories = new Map((await categoriesOf(db, orgId)).map((c) => [c.code, c.name]));
  const members = await findAllMembers(db, orgId, { status: 'current' }, date);
  const doc: OfficialDocument = {
    ...head,
    summary: [`Đoàn viên ${org.name}`, `(tính đến ngày ${formatDateVi(date)}: ${members.length} đoàn viên)`],
    orientation: 'landscape',
    blocks: [{
      kind: 'table',
      columns: [
        { header: 'TT', widthPct: 5, align: 'center' },
        { header: 'Họ và tên', widthPct: 20 },
        { header: 'Năm sinh Nam', widthPct: 8, align: 'center' },
        { header: 'Năm sinh Nữ', widthPct: 8, align: 'center' },
        { header: 'Chức vụ', widthPct: 22 },
        { header: 'Đối tượng', widthPct: 14 },
        { header: 'Tổ công đoàn', widthPct: 11 },
        { header: 'Ngày vào Công đoàn', widthPct: 12, align: 'center' },
      ],
      rows: members.map((m, i) => [
        String(i + 1),
        m.fullName,
        m.sex === 'male' ? (m.birthDate?.slice(0, 4) ?? '') : '',
        m.sex === 'female' ? (m.birthDate?.slice(0, 4) ?? '') : '',
        m.position ?? '',
        categories.get(m.category) ?? m.category,
        m.groupName ?? '',
        formatDateVi(m.joinedOn),
      ]),
    }],
    recipients: ['Lưu: VT'],
    signer: { onBehalf: 'TM. BAN CHẤP HÀNH', title: org.signerTitle, name: org.signerName ?? '' },
  };
  return renderDocx(doc);
}
