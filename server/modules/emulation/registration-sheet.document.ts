// Bản đăng ký thi đua: the union's registrations of a year, one row per member, printable for signatures.
// No official form was found (../shared/domain/emulation.md): the official layout and the seed's register.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { padCount } from '../../../shared/vi/numbers.ts';
import { gradeLabels, titleLabels } from '../../../shared/contracts/emulation.contract.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { Block, OfficialDocument } from '../reports/document/model.ts';
import { findCollectiveGoals, findRegistrationSheet } from './dossier.repo.ts';

const holderWords = { union: 'Công đoàn cơ sở', host: 'Cơ quan, đơn vị' } as const;

export async function registrationSheetDocx(db: Db, caller: Caller, orgId: number, year: number): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  const { rows, lastRegisteredOn } = await findRegistrationSheet(db, orgId, year);
  const goals = await findCollectiveGoals(db, orgId, year);
  // Dated when the list was complete: the upper body in the header is the one of that day.
  const date = lastRegisteredOn ?? today();
  const { org, head } = await listDocumentHead(db, orgId, date);
  const blocks: Block[] = [
    { kind: 'heading', level: 'roman', text: 'I. Cá nhân đăng ký' },
    {
      kind: 'table',
      columns: [
        { header: 'TT', widthPct: 5, align: 'center' },
        { header: 'Họ và tên', widthPct: 20 },
        { header: 'Chức vụ', widthPct: 24 },
        { header: 'Đối tượng', widthPct: 14 },
        { header: 'Danh hiệu đăng ký', widthPct: 19 },
        { header: 'Mức xếp loại đăng ký', widthPct: 9, align: 'center' },
        { header: 'Ký tên', widthPct: 9 },
      ],
      rows: rows.map((r, i) => [
        String(i + 1), r.fullName, r.position ?? '', r.category, r.titles.map((t) => titleLabels[t]).join(', '),
        r.targetRating ? gradeLabels[r.targetRating] : '', '',
      ]),
    },
  ];
  if (goals.length > 0) {
    blocks.push(
      { kind: 'heading', level: 'roman', text: 'II. Tập thể đăng ký' },
      ...goals.map((g): Block => ({ kind: 'bullet', text: `${holderWords[g.holder]}: ${g.goal};` })),
    );
  }
  const doc: OfficialDocument = {
    ...head,
    numberSuffix: 'ĐK-CĐCS',
    docType: 'BẢN ĐĂNG KÝ THI ĐUA',
    summary: [`Năm ${year}`, `(${padCount(rows.length)} đoàn viên đăng ký)`],
    orientation: 'landscape',
    blocks,
    recipients: ['Lưu: VT'],
    signer: { onBehalf: 'TM. BAN CHẤP HÀNH', title: org.signerTitle, name: org.signerName ?? '' },
  };
  return renderDocx(doc);
}
