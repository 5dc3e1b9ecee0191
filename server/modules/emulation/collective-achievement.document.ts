// The collective achievement report (báo cáo thành tích tập thể, Mẫu số 02, Phụ lục I Nghị định 98/2023) for a
// collective award of the year: the union's own or its host agency's. Its headings follow Mẫu 02 as we know it, not
// checked against the published text. Pre-filled from the records congdoan holds (members on 31/12, the year's titles,
// initiatives, ratings, commendations, collective awards and the union's classification); the narrative is theirs.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatPercent, padCount } from '../../../shared/vi/numbers.ts';
import { toSearchKey } from '../../../shared/vi/search-key.ts';
import { gradeCode, type EmulationYear, type IssuerLevel, type TitleCode } from '../../../shared/contracts/emulation.contract.ts';
import { getMemberStats } from '../members/members.service.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import type { Block, OfficialDocument } from '../reports/document/model.ts';
import {
  findCollectiveAwards, findCollectiveCommendations, type CollectiveAwardRecord, type CollectiveCommendation,
} from './collective-achievement.repo.ts';
import { commendationWords, decisionWords, gradeWords, titleWords, yearTable } from './document-words.ts';
import type { DecisionRef } from './dossier.repo.ts';
import { findYear } from './emulation.repo.ts';

type Head = Awaited<ReturnType<typeof listDocumentHead>>;
type Org = Head['org'];
const BLANK = '……………………………………';
const LEVEL_ORDER: IssuerLevel[] = ['central', 'province', 'district', 'commune', 'grassroots'];

/** What every collective report of a union's year is built from, loaded once for all the awards of a dossier. */
export interface CollectiveFacts {
  emulation: EmulationYear;
  members: Awaited<ReturnType<typeof getMemberStats>>;
  /** Decided collective awards up to the year. */
  awards: CollectiveAwardRecord[];
  commendations: CollectiveCommendation[];
}

export async function loadCollectiveFacts(db: Db, caller: Caller, orgId: number, year: number): Promise<CollectiveFacts> {
  const [emulation, members, awards, commendations] = await Promise.all([
    findYear(db, orgId, year),
    getMemberStats(db, caller, orgId, `${year}-12-31`),
    findCollectiveAwards(db, orgId, { upToYear: year, status: 'decided' }),
    findCollectiveCommendations(db, orgId, year),
  ]);
  return { emulation, members, awards, commendations };
}

/** danh hiệu “Tập thể Lao động tiên tiến”; giải thưởng “Chuyển đổi số” (giải ba) */
const awardWords = (a: CollectiveAwardRecord) =>
  (a.kind === 'title' ? `danh hiệu “${a.name}”` : `giải thưởng “${a.name}”${a.prizeRank ? ` (${a.prizeRank})` : ''}`);
const collectiveName = (org: Org, holder: CollectiveAwardRecord['holder']) => (holder === 'host' ? org.hostName ?? BLANK : org.name);
const decisionsOf = (ds: (DecisionRef | null)[]) => {
  const seen = new Map(ds.filter((d): d is DecisionRef => d !== null).map((d) => [`${d.number}|${d.issuedOn}`, d]));
  return seen.size > 0 ? ` (${[...seen.values()].map(decisionWords).join('; ')})` : '';
};
const ofMembers = (n: number, total: number) => `${padCount(n)}/${total} đoàn viên${total > 0 ? ` (${formatPercent(n / total)})` : ''}`;

function characteristics(org: Org, award: CollectiveAwardRecord, f: CollectiveFacts): Block[] {
  const m = f.members;
  const founded = award.holder === 'union'
    ? `thành lập ngày ${formatDateVi(org.establishedOn)}${org.establishedDecision ? ` theo Quyết định số ${org.establishedDecision}` : ''}; ${BLANK}`
    : BLANK;
  return [
    { kind: 'heading', level: 'roman', text: 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH' },
    { kind: 'heading', level: 'arabic', text: '1. Đặc điểm, tình hình' },
    { kind: 'bullet', text: `Tên tập thể: ${collectiveName(org, award.holder)}` },
    { kind: 'bullet', text: `Địa chỉ trụ sở: ${org.address ?? BLANK}` },
    ...(award.holder === 'host' ? [{ kind: 'bullet', text: `Tổ chức công đoàn: ${org.name}` } as const] : []),
    { kind: 'bullet', text: `Quá trình thành lập và phát triển: ${founded}` },
    { kind: 'bullet', text: `Tổng số đoàn viên công đoàn đến ngày 31/12/${award.year}: ${padCount(m.total)} đồng chí, trong đó nữ ${padCount(m.women)} đồng chí` },
    ...(m.byCategory.length > 0
      ? [{ kind: 'bullet', text: `Cơ cấu đoàn viên: ${m.byCategory.map((c) => `${c.name} ${padCount(c.count)} đồng chí`).join('; ')}.` } as const]
      : []),
    { kind: 'heading', level: 'arabic', text: '2. Chức năng, nhiệm vụ' },
    { kind: 'paragraph', text: BLANK },
  ];
}

function titleLines(y: EmulationYear, total: number): Block[] {
  return (['ldtt', 'cstdcs'] as TitleCode[]).flatMap((title): Block[] => {
    const rows = y.results.filter((r) => r.title === title);
    const decided = rows.filter((r) => r.status === 'decided');
    const proposed = rows.length - decided.length;
    if (rows.length === 0) {
      return [];
    }
    return [{ kind: 'bullet', text: `${ofMembers(decided.length, total)} đạt ${titleWords(title)}${decisionsOf(decided.map((r) => r.decision))}`
      + `${proposed > 0 ? `; ${padCount(proposed)} đồng chí đang được đề nghị` : ''};` }];
  });
}

function initiativeLines(y: EmulationYear): Block[] {
  return y.initiatives.filter((i) => i.decision !== null).map((i): Block => ({
    kind: 'bullet',
    text: `Sáng kiến “${i.title}” (tác giả: ${i.authors.map((a) => a.memberName).join(', ')}) được công nhận tại ${decisionWords(i.decision!)};`,
  }));
}

function ratingLines(y: EmulationYear): Block[] {
  if (y.ratings.length === 0) {
    return [];
  }
  const grades = gradeCode.options.map((g) => [g, y.ratings.filter((r) => r.grade === g).length] as const).filter(([, n]) => n > 0);
  return [{ kind: 'bullet', text: `Đánh giá, xếp loại cán bộ năm ${y.year}: ${grades.map(([g, n]) => `${padCount(n)} đồng chí ${gradeWords[g]}`).join(', ')}`
    + `${decisionsOf(y.ratings.map((r) => r.decision))};` }];
}

/** Decided commendations of the year, by issuing level (highest first), then by form and decision. */
function commendationLines(y: EmulationYear): Block[] {
  const decided = y.commendations.filter((c) => c.status === 'decided')
    .sort((a, b) => LEVEL_ORDER.indexOf(a.issuerLevel) - LEVEL_ORDER.indexOf(b.issuerLevel));
  const groups = new Map<string, typeof decided>();
  for (const c of decided) {
    const key = [c.issuerLevel, c.form, c.issuer, c.decision?.number ?? '', c.memberId === null ? c.collectiveName : ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map(([c, ...rest]): Block => {
    const form = `${commendationWords[c.form] ?? c.form} của ${c.issuer}`;
    const whom = c.memberId === null ? `Tập thể ${c.collectiveName}` : `${padCount(rest.length + 1)} cá nhân`;
    return { kind: 'bullet', text: `${whom} được tặng ${form}${decisionsOf([c.decision])};` };
  });
}

function achievements(org: Org, award: CollectiveAwardRecord, f: CollectiveFacts): Block[] {
  const y = f.emulation;
  const recent = f.awards.filter((a) => a.id !== award.id && a.year >= award.year - 2);
  const cls = y.classification;
  const grade = cls?.decidedGrade ?? cls?.selfGrade;
  return [
    { kind: 'heading', level: 'roman', text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC' },
    { kind: 'heading', level: 'arabic', text: `1. Kết quả thực hiện nhiệm vụ và phong trào thi đua năm ${award.year}` },
    { kind: 'paragraph', text: BLANK },
    ...y.movements.map((m): Block => ({ kind: 'bullet', text: `${m.name}, phát động ngày ${formatDateVi(m.launchedOn)};` })),
    ...titleLines(y, f.members.total),
    ...initiativeLines(y),
    ...ratingLines(y),
    ...commendationLines(y),
    { kind: 'heading', level: 'arabic', text: '2. Danh hiệu, giải thưởng tập thể và xếp loại công đoàn' },
    ...recent.map((a): Block => ({
      kind: 'bullet', text: `Năm ${a.year}: ${collectiveName(org, a.holder)} đạt ${awardWords(a)}${decisionsOf([a.decision])};`,
    })),
    { kind: 'bullet', text: grade
      ? `Năm ${award.year}: ${org.name} ${cls?.decidedGrade ? 'được xếp loại' : 'tự đánh giá, xếp loại'} “${gradeWords[grade]}”`
        + `${cls?.decidedGrade ? decisionsOf([cls.decision]) : ''}.`
      : `Năm ${award.year}: ${org.name} chưa được xếp loại.` },
    { kind: 'heading', level: 'arabic', text: '3. Những biện pháp hoặc nguyên nhân đạt được thành tích' },
    { kind: 'paragraph', text: BLANK },
  ];
}

/** Mục III: what the collective already holds (its titles; its prizes and the commendations to collectives). */
function pastHonours(award: CollectiveAwardRecord, f: CollectiveFacts): Block[] {
  const own = f.awards.filter((a) => a.id !== award.id && a.holder === award.holder);
  const row = (year: number, what: string, d: DecisionRef | null) => [String(year), what, d ? decisionWords(d) : ''];
  return [
    { kind: 'heading', level: 'roman', text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG' },
    { kind: 'heading', level: 'arabic', text: '1. Danh hiệu thi đua' },
    yearTable('Danh hiệu thi đua', own.filter((a) => a.kind === 'title').map((a) => row(a.year, a.name, a.decision))),
    { kind: 'heading', level: 'arabic', text: '2. Hình thức khen thưởng' },
    yearTable('Hình thức khen thưởng', [
      ...own.filter((a) => a.kind === 'prize').map((a) => row(a.year, `Giải thưởng “${a.name}”${a.prizeRank ? ` (${a.prizeRank})` : ''}`, a.decision)),
      ...f.commendations.map((k) => row(k.year, `${commendationWords[k.form] ?? k.form} của ${k.issuer} (tập thể ${k.collectiveName})`, k.decision)),
    ].sort((a, b) => Number(a[0]) - Number(b[0]))),
  ];
}

/** Mẫu số 02 for one award, issued by the collective that holds it: the union, or its host agency. */
export function collectiveAchievementReport({ org, head }: Head, f: CollectiveFacts, award: CollectiveAwardRecord): OfficialDocument {
  const byHost = award.holder === 'host';
  return {
    ...head,
    // The host agency's own upper body and its head are not in the union's records: left blank to be written in.
    ...(byHost ? { upperBody: '', issuer: org.hostName ?? '', numberSuffix: 'BC' } : { numberSuffix: 'BC-CĐCS' }),
    docType: 'BÁO CÁO THÀNH TÍCH',
    summary: [`Đề nghị ${award.kind === 'title' ? 'công nhận' : 'tặng'} ${awardWords(award)} năm ${award.year}`, collectiveName(org, award.holder)],
    blocks: [...characteristics(org, award, f), ...achievements(org, award, f), ...pastHonours(award, f)],
    recipients: [],
    signer: { onBehalf: null, title: 'THỦ TRƯỞNG ĐƠN VỊ', name: byHost ? '' : org.signerName ?? '' },
    coSigner: { title: 'THỦ TRƯỞNG CƠ QUAN CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN', name: '' },
  };
}

/** The dossier's Mẫu 02 files: one per collective award of the year still proposed. */
export async function proposedCollectiveReports(db: Db, caller: Caller, orgId: number, year: number, head: Head): Promise<[string, OfficialDocument][]> {
  const proposed = await findCollectiveAwards(db, orgId, { year, status: 'proposed' });
  if (proposed.length === 0) {
    return [];
  }
  const facts = await loadCollectiveFacts(db, caller, orgId, year);
  const used = new Set<string>();
  return proposed.map((award) => {
    const base = toSearchKey(award.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const slug = used.has(base) ? `${base}-${award.id}` : base;
    used.add(slug);
    return [`05-bao-cao-thanh-tich-tap-the-${slug}.docx`, collectiveAchievementReport(head, facts, award)];
  });
}

/** Mẫu số 02 for one award, dated `date` (by default 31/12 of its year, or today while the year runs). */
export async function collectiveAchievementDocx(db: Db, caller: Caller, orgId: number, awardId: number, date?: string): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  const [award] = await findCollectiveAwards(db, orgId, { id: awardId });
  if (!award) {
    throw notFound('Không tìm thấy danh hiệu, giải thưởng tập thể');
  }
  const yearEnd = `${award.year}-12-31`;
  const head = await listDocumentHead(db, orgId, date ?? (today() < yearEnd ? today() : yearEnd));
  return renderDocx(collectiveAchievementReport(head, await loadCollectiveFacts(db, caller, orgId, award.year), award));
}
