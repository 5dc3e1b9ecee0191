// Biên bản họp bình xét: the minutes of the evaluation meeting, in the official format. No official form was found
// for a grassroots meeting's minutes (../shared/domain/emulation.md), so they follow NĐ 30/2020's layout: time and
// place, attendees, content, the vote table per title, the conclusion, and the secretary's and chair's signatures.
import type { Db } from '../../db/client.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatPercent, padCount } from '../../../shared/vi/numbers.ts';
import { titleCode, type TitleCode } from '../../../shared/contracts/emulation.contract.ts';
import type { CandidateView, MeetingView } from '../../../shared/contracts/emulation-meetings.contract.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import type { Block, OfficialDocument } from '../reports/document/model.ts';
import { titleWords } from './document-words.ts';

export function voteTable(candidates: readonly CandidateView[]): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'TT', widthPct: 6, align: 'center' },
      { header: 'Họ và tên', widthPct: 24 },
      { header: 'Chức vụ', widthPct: 26 },
      { header: 'Phiếu đồng ý', widthPct: 11, align: 'center' },
      { header: 'Phiếu bầu', widthPct: 10, align: 'center' },
      { header: 'Tỷ lệ', widthPct: 10, align: 'center' },
      { header: 'Kết quả', widthPct: 13, align: 'center' },
    ],
    rows: candidates.map((c, i) => [
      String(i + 1), c.memberName, c.position ?? '', String(c.votesFor), String(c.votesCast), formatPercent(c.share),
      c.passed ? 'Đạt' : 'Không đạt',
    ]),
  };
}

function conclusion(title: TitleCode, candidates: readonly CandidateView[], year: number): string {
  const passed = candidates.filter((c) => c.passed);
  const failed = candidates.filter((c) => !c.passed);
  const proposal = passed.length > 0
    ? `Hội nghị thống nhất đề nghị công nhận ${titleWords(title)} năm ${year} cho ${padCount(passed.length)} đồng chí có số phiếu đạt tiêu chuẩn: ${passed.map((c) => c.memberName).join(', ')}.`
    : `Không có đồng chí nào đạt tiêu chuẩn để đề nghị công nhận ${titleWords(title)} năm ${year}.`;
  const notPassed = failed.length > 0
    ? ` ${padCount(failed.length)} đồng chí chưa đủ số phiếu: ${failed.map((c) => c.memberName).join(', ')}.`
    : '';
  return proposal + notPassed;
}

export async function minutesDocument(db: Db, orgId: number, meeting: MeetingView): Promise<OfficialDocument> {
  const { org, head } = await listDocumentHead(db, orgId, meeting.heldOn);
  const present = meeting.membersTotal === null ? `${meeting.attendeeCount}` : `${meeting.attendeeCount}/${meeting.membersTotal}`;
  const named = meeting.attendees.length > 0 ? `: ${meeting.attendees.map((a) => a.memberName).join(', ')}` : '';
  const byTitle = titleCode.options
    .map((title) => ({ title, candidates: meeting.candidates.filter((c) => c.title === title) }))
    .filter((g) => g.candidates.length > 0);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Vào ngày ${formatDateVi(meeting.heldOn)}, tại ${meeting.place}, ${org.name} tổ chức họp bình xét thi đua năm ${meeting.year}.` },
    { kind: 'heading', level: 'roman', text: 'I. Thành phần' },
    { kind: 'bullet', text: `Chủ trì: đồng chí ${meeting.chairName};` },
    { kind: 'bullet', text: `Thư ký: đồng chí ${meeting.secretaryName};` },
    { kind: 'bullet', text: `Đoàn viên dự họp: ${present} đồng chí${named}.` },
    { kind: 'heading', level: 'roman', text: 'II. Nội dung' },
    { kind: 'paragraph', text: meeting.content ?? `Hội nghị nghe báo cáo kết quả thực hiện phong trào thi đua năm ${meeting.year} và danh sách cá nhân đăng ký thi đua; thảo luận, bình xét và bỏ phiếu kín đề nghị công nhận danh hiệu thi đua năm ${meeting.year}.` },
    { kind: 'paragraph', text: `Tiêu chuẩn đạt theo quy định của Công đoàn cơ sở: được ${meeting.threshold.label} đồng ý.` },
    { kind: 'heading', level: 'roman', text: 'III. Kết quả bỏ phiếu' },
    ...(byTitle.length === 0 ? [{ kind: 'paragraph', text: 'Chưa ghi kết quả bỏ phiếu.' } as const] : []),
    ...byTitle.flatMap(({ title, candidates }, i): Block[] => [
      { kind: 'heading', level: 'arabic', text: `${i + 1}. Bình xét ${titleWords(title)}` },
      voteTable(candidates),
    ]),
    { kind: 'heading', level: 'roman', text: 'IV. Kết luận' },
    ...byTitle.map(({ title, candidates }): Block => ({ kind: 'paragraph', text: conclusion(title, candidates, meeting.year) })),
    { kind: 'paragraph', text: 'Biên bản đã được đọc lại trước hội nghị và được hội nghị thống nhất thông qua.' },
  ];
  return {
    ...head,
    numberSuffix: 'BB-CĐCS',
    docType: 'BIÊN BẢN',
    summary: [`Họp bình xét thi đua năm ${meeting.year}`],
    blocks,
    recipients: [],
    signer: { onBehalf: null, title: 'CHỦ TRÌ', name: meeting.chairName },
    coSigner: { title: 'THƯ KÝ', name: meeting.secretaryName },
  };
}
