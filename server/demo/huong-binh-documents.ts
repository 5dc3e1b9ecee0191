import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { addDays } from '../../shared/vi/dates.ts';
import type { DocumentStatus } from '../../shared/contracts/documents.contract.ts';

// The seed union's directive documents (văn bản chỉ đạo đến): in 2023 every one done by its deadline (the seed's
// 2024 target "100 % văn bản chỉ đạo … thực hiện đúng hạn" starts from there), the first with its file attached;
// and the current year's, placed around the day the demo is loaded so the dashboard shows one overdue and one due
// within the week. Numbers and summaries are invented in the register of such documents.

type Doc = [numberSymbol: string, issuer: string, issuedOn: string, receivedOn: string, summary: string, deadline: string | null,
  assignee: string | null, status: DocumentStatus, completedOn: string | null];

const UPPER = 'LĐLĐ thị xã Hương Trà';
const PARTY = 'Đảng ủy xã Hương Bình';

const docs2023: Doc[] = [
  ['05/KH-LĐLĐ', UPPER, '2023-01-10', '2023-01-12', 'Kế hoạch tổ chức các hoạt động chăm lo Tết Nguyên đán Quý Mão 2023 cho đoàn viên, người lao động', '2023-01-18', 'HB01', 'done', '2023-01-17'],
  ['18/HD-LĐLĐ', UPPER, '2023-02-20', '2023-02-22', 'Hướng dẫn tổ chức phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2023', '2023-03-15', 'HB04', 'done', '2023-03-10'],
  ['125/KH-LĐLĐ', UPPER, '2023-04-03', '2023-04-05', 'Kế hoạch tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2023', '2023-05-31', 'HB01', 'done', '2023-05-26'],
  ['246-CV/ĐU', PARTY, '2023-06-12', '2023-06-13', 'Về việc tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XIII', '2023-07-15', 'HB02', 'done', '2023-07-14'],
  ['210/CV-LĐLĐ', UPPER, '2023-09-05', '2023-09-07', 'Về việc vận động đoàn viên ủng hộ Quỹ "Mái ấm Công đoàn" năm 2023', '2023-10-15', 'HB06', 'done', '2023-10-12'],
  ['265/HD-LĐLĐ', UPPER, '2023-11-02', '2023-11-03', 'Hướng dẫn đánh giá, xếp loại công đoàn cơ sở và tổng kết hoạt động công đoàn năm 2023', '2023-12-20', 'HB01', 'done', '2023-12-18'],
];

/** This year's documents, dated from `on` (the day the demo is loaded). */
function currentDocs(on: string): Doc[] {
  const year = on.slice(0, 4);
  return [
    [`12/KH-LĐLĐ`, 'LĐLĐ thành phố Huế', `${year}-01-08`, `${year}-01-09`, `Kế hoạch chăm lo Tết cho đoàn viên, người lao động năm ${year}`, `${year}-01-20`, 'HB01', 'done', `${year}-01-19`],
    [`97/CV-LĐLĐ`, 'LĐLĐ thành phố Huế', addDays(on, -40), addDays(on, -38), 'Về việc rà soát, cập nhật dữ liệu đoàn viên trên phần mềm quản lý đoàn viên', addDays(on, -10), 'HB11', 'in_progress', null],
    [`104/HD-LĐLĐ`, 'LĐLĐ thành phố Huế', addDays(on, -20), addDays(on, -18), 'Hướng dẫn tổng kết công tác công đoàn và đánh giá, xếp loại công đoàn cơ sở', addDays(on, 4), 'HB04', 'pending', null],
    [`318-CV/ĐU`, PARTY, addDays(on, -5), addDays(on, -4), 'Về việc góp ý dự thảo văn kiện Đại hội Đảng bộ', null, null, 'pending', null],
  ];
}

const FILE_TEXT = 'LIÊN ĐOÀN LAO ĐỘNG THỊ XÃ HƯƠNG TRÀ\nSố: 05/KH-LĐLĐ\n\nKẾ HOẠCH\nTổ chức các hoạt động chăm lo Tết Nguyên đán Quý Mão 2023 cho đoàn viên, người lao động\n';

export async function loadHuongBinhDocuments(tx: Db, orgId: number, memberIds: Map<string, number>, on: string): Promise<void> {
  const content = Buffer.from(FILE_TEXT, 'utf8');
  const file = await tx.insertInto('attachments').values({
    org_id: orgId, purpose: 'document', file_name: '05-KH-LĐLĐ Kế hoạch chăm lo Tết 2023.txt', content_type: 'text/plain; charset=utf-8',
    byte_size: content.byteLength, sha256: createHash('sha256').update(content).digest('hex'), content, uploaded_by: null,
  }).returning('id').executeTakeFirstOrThrow();
  for (const [i, [numberSymbol, issuer, issuedOn, receivedOn, summary, deadline, assignee, status, completedOn]] of [...docs2023, ...currentDocs(on)].entries()) {
    await tx.insertInto('directive_documents').values({
      org_id: orgId, number_symbol: numberSymbol, issuer, issued_on: issuedOn, received_on: receivedOn, summary,
      attachment_id: i === 0 ? file.id : null, deadline, assignee_member_id: assignee ? memberIds.get(assignee)! : null,
      status, completed_on: completedOn, note: null, created_by: null,
    }).execute();
  }
}
