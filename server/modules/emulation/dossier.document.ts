// The proposal dossier (hồ sơ đề nghị, Luật Thi đua, khen thưởng 2022 Điều 84) for a title voted at a meeting:
// the tờ trình to the deciding body, the danh sách đề nghị with the votes, one báo cáo thành tích per candidate
// (Mẫu số 03, Phụ lục I Nghị định 98/2023; its headings as we know them, not checked against the published text),
// the biên bản of the meeting, and a báo cáo thành tích tập thể (Mẫu số 02) for each collective award of the year still
// proposed. Each an official .docx; bundled as one .zip.
import type { Db } from '../../db/client.ts';
import type { Caller } from '../../core/access.ts';
import { invalid } from '../../core/errors.ts';
import { writeZip } from '../../core/zip-write.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { padCount } from '../../../shared/vi/numbers.ts';
import { toSearchKey } from '../../../shared/vi/search-key.ts';
import type { TitleCode } from '../../../shared/contracts/emulation.contract.ts';
import type { CandidateView, DossierQuery, MeetingView } from '../../../shared/contracts/emulation-meetings.contract.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { Block, OfficialDocument } from '../reports/document/model.ts';
import { listRuleSets } from '../rules/rules.service.ts';
import { commendationWords, decisionWords, gradeWords, titleWords, voteWords, yearTable } from './document-words.ts';
import { proposedCollectiveReports } from './collective-achievement.document.ts';
import { findMemberRecord, type MemberRecord } from './dossier.repo.ts';
import { minutesDocument } from './meeting-minutes.document.ts';
import { getMeeting } from './meetings.service.ts';

type Head = Awaited<ReturnType<typeof listDocumentHead>>;
interface Candidate { view: CandidateView; record: MemberRecord }
const BLANK = '……………………………………';

/** Initiatives that count for the meeting: recognised by a decision on or before its date. */
const countedInitiatives = (r: MemberRecord, heldOn: string) =>
  r.initiatives.filter((i) => i.decision !== null && i.recognisedOn !== null && i.recognisedOn <= heldOn);

async function legalBasis(db: Db, caller: Caller, date: string): Promise<string[]> {
  const { items } = await listRuleSets(db, caller, { kind: 'individual_titles', date });
  return items.map((s) => `Căn cứ ${s.regulation.title} số ${s.regulation.number}${s.regulation.date ? ` ngày ${formatDateVi(s.regulation.date)}` : ''};`);
}

function proposalLetter(
  { org, head }: Head, meeting: MeetingView, title: TitleCode, candidates: Candidate[], to: string | undefined, basis: string[],
): OfficialDocument {
  const initiatives = candidates.flatMap((c) => countedInitiatives(c.record, meeting.heldOn)
    .map((i) => `${decisionWords(i.decision!)} công nhận sáng kiến “${i.title}” (tác giả: ${c.view.memberName});`));
  return {
    ...head,
    numberSuffix: 'TTr-CĐCS',
    docType: 'TỜ TRÌNH',
    summary: [`Về việc đề nghị công nhận ${titleWords(title)} năm ${meeting.year}`],
    blocks: [
      { kind: 'paragraph', text: `Kính gửi: ${to ?? BLANK}` },
      ...basis.map((text): Block => ({ kind: 'paragraph', text })),
      { kind: 'paragraph', text: `Căn cứ biên bản họp bình xét thi đua năm ${meeting.year} ngày ${formatDateVi(meeting.heldOn)} của ${org.name};` },
      { kind: 'paragraph', text: `Ban Chấp hành ${org.name} kính đề nghị ${to ?? BLANK} xem xét, công nhận ${titleWords(title)} năm ${meeting.year} cho ${padCount(candidates.length)} cá nhân (có danh sách kèm theo).` },
      { kind: 'paragraph', text: 'Hồ sơ kèm theo:' },
      { kind: 'bullet', text: 'Danh sách cá nhân đề nghị;' },
      { kind: 'bullet', text: `Báo cáo thành tích cá nhân (${padCount(candidates.length)} bản);` },
      { kind: 'bullet', text: `Biên bản họp bình xét ngày ${formatDateVi(meeting.heldOn)};` },
      ...initiatives.map((text): Block => ({ kind: 'bullet', text })),
      { kind: 'paragraph', text: 'Kính đề nghị xem xét, quyết định.' },
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: { onBehalf: 'TM. BAN CHẤP HÀNH', title: org.signerTitle, name: org.signerName ?? '' },
  };
}

function candidateList({ org, head }: Head, meeting: MeetingView, title: TitleCode, candidates: Candidate[]): OfficialDocument {
  return {
    ...head,
    docType: 'DANH SÁCH',
    summary: [`Đề nghị công nhận ${titleWords(title)} năm ${meeting.year}`, `(Kèm theo Tờ trình của Ban Chấp hành ${org.shortName})`],
    blocks: [{
      kind: 'table',
      columns: [
        { header: 'TT', widthPct: 6, align: 'center' },
        { header: 'Họ và tên', widthPct: 22 },
        { header: 'Chức vụ, đơn vị công tác', widthPct: 27 },
        { header: 'Số phiếu đồng ý / phiếu bầu (tỷ lệ)', widthPct: 17, align: 'center' },
        { header: 'Ghi chú', widthPct: 28 },
      ],
      rows: candidates.map((c, i) => [
        String(i + 1), c.view.memberName, [c.view.position, org.hostName].filter(Boolean).join(', '),
        voteWords(c.view.votesFor, c.view.votesCast),
        countedInitiatives(c.record, meeting.heldOn).map((s) => `Sáng kiến “${s.title}”, ${decisionWords(s.decision!)}`).join('; '),
      ]),
    }],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: { onBehalf: 'TM. BAN CHẤP HÀNH', title: org.signerTitle, name: org.signerName ?? '' },
  };
}

/** Mẫu số 03: báo cáo thành tích of one candidate, pre-filled from the records; the narrative is theirs to complete. */
function achievementReport({ org, head }: Head, meeting: MeetingView, title: TitleCode, c: Candidate, date: string): OfficialDocument {
  const r = c.record;
  const achievements: Block[] = [
    ...(r.rating ? [{ kind: 'bullet', text: `Năm ${meeting.year} được đánh giá, xếp loại ${gradeWords[r.rating.grade]}${r.rating.decision ? ` (${decisionWords(r.rating.decision)})` : ''};` } as const] : []),
    ...r.initiatives.map((i): Block => ({ kind: 'bullet', text: i.decision
      ? `Tác giả sáng kiến “${i.title}” (năm ${i.year}), được công nhận tại ${decisionWords(i.decision)};`
      : `Tác giả sáng kiến “${i.title}” (năm ${i.year}), chưa có quyết định công nhận;` })),
    { kind: 'bullet', text: `Được hội nghị bình xét ngày ${formatDateVi(meeting.heldOn)} đề nghị công nhận ${titleWords(title)} với ${voteWords(c.view.votesFor, c.view.votesCast)}.` },
  ];
  return {
    ...head,
    personal: true,
    date,
    docType: 'BÁO CÁO THÀNH TÍCH',
    summary: [`Đề nghị công nhận ${titleWords(title)} năm ${meeting.year}`],
    blocks: [
      { kind: 'heading', level: 'roman', text: 'I. SƠ LƯỢC LÝ LỊCH' },
      { kind: 'bullet', text: `Họ tên: ${r.fullName}` },
      { kind: 'bullet', text: `Sinh ngày, tháng, năm: ${r.birthDate ? formatDateVi(r.birthDate) : BLANK}; Giới tính: ${r.sex === 'male' ? 'Nam' : 'Nữ'}` },
      { kind: 'bullet', text: `Quê quán: ${BLANK}` },
      { kind: 'bullet', text: `Trú quán: ${BLANK}` },
      { kind: 'bullet', text: `Đơn vị công tác: ${org.hostName ?? org.name}` },
      { kind: 'bullet', text: `Chức vụ (Đảng, chính quyền, đoàn thể): ${r.position ?? BLANK}` },
      { kind: 'bullet', text: `Trình độ chuyên môn, nghiệp vụ: ${r.education ?? BLANK}` },
      { kind: 'heading', level: 'roman', text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' },
      { kind: 'heading', level: 'arabic', text: '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận' },
      { kind: 'paragraph', text: r.position ? `${r.position}, ${org.hostName ?? org.name}.` : BLANK },
      { kind: 'heading', level: 'arabic', text: '2. Thành tích đạt được của cá nhân' },
      ...achievements,
      { kind: 'heading', level: 'roman', text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG' },
      { kind: 'heading', level: 'arabic', text: '1. Danh hiệu thi đua' },
      yearTable('Danh hiệu thi đua', r.titles.filter((t) => t.year < meeting.year)
        .map((t) => [String(t.year), titleWords(t.title).replace(/^danh hiệu /, ''), decisionWords(t.decision)])),
      { kind: 'heading', level: 'arabic', text: '2. Hình thức khen thưởng' },
      yearTable('Hình thức khen thưởng', r.commendations
        .map((k) => [String(k.year), `${commendationWords[k.form] ?? k.form}${k.reason ? `: ${k.reason}` : ''}`, decisionWords(k.decision)])),
    ],
    recipients: [],
    signer: { onBehalf: null, title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', name: r.fullName },
    coSigner: { title: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', name: org.signerName ?? '' },
  };
}

export async function dossierZip(db: Db, caller: Caller, orgId: number, meetingId: number, q: DossierQuery): Promise<Buffer> {
  const meeting = await getMeeting(db, caller, orgId, meetingId);
  const views = meeting.candidates.filter((c) => c.title === q.title && c.passed && (q.memberId === undefined || c.memberId === q.memberId));
  if (views.length === 0) {
    throw invalid(q.memberId === undefined
      ? `title: Không có đồng chí nào đạt số phiếu đề nghị ${titleWords(q.title)} tại cuộc họp này`
      : `memberId: Đồng chí này không có tên trong số đạt số phiếu đề nghị ${titleWords(q.title)} tại cuộc họp này`);
  }
  const candidates = await Promise.all(views.map(async (view) => ({ view, record: (await findMemberRecord(db, orgId, view.memberId, meeting.year))! })));
  const date = q.date ?? meeting.heldOn;
  if (date < meeting.heldOn) {
    throw invalid(`date: Ngày lập hồ sơ không thể trước ngày họp bình xét (${formatDateVi(meeting.heldOn)})`);
  }
  const head = await listDocumentHead(db, orgId, date);
  const files: [string, OfficialDocument][] = [
    ['01-to-trinh.docx', proposalLetter(head, meeting, q.title, candidates, q.to, await legalBasis(db, caller, meeting.heldOn))],
    ['02-danh-sach-de-nghi.docx', candidateList(head, meeting, q.title, candidates)],
    ...candidates.map((c, i): [string, OfficialDocument] => [
      `03-bao-cao-thanh-tich-${String(i + 1).padStart(2, '0')}-${toSearchKey(c.view.memberName).replace(/[^a-z0-9]+/g, '-')}.docx`,
      achievementReport(head, meeting, q.title, c, date),
    ]),
    ['04-bien-ban-hop-binh-xet.docx', await minutesDocument(db, orgId, meeting)],
    ...await proposedCollectiveReports(db, caller, orgId, meeting.year, head),
  ];
  return writeZip(await Promise.all(files.map(async ([name, doc]) => ({ name, data: await renderDocx(doc) }))));
}

export async function minutesDocx(db: Db, caller: Caller, orgId: number, meetingId: number): Promise<Buffer> {
  return renderDocx(await minutesDocument(db, orgId, await getMeeting(db, caller, orgId, meetingId)));
}
