import type { Db } from '../db/client.ts';
import type { IssuerLevel } from '../modules/emulation/emulation.tables.ts';

// The enterprise union's emulation year 2026, judged under Luật Thi đua, khen thưởng 2022 and Nghị định 152/2025:
// 52 of the 60 members registered for LĐTT (the 05 contract workers and 03 workers on maternity or long sick leave did
// not), 02 of them also for CSTĐCS; every registered worker rated by the employer (05 HTXSNV, 45 HTTNV, 02 HTNV); one
// initiative recognised by the company director (grassroots level); the evaluation meeting of 04/12/2026; 50 LĐTT and
// 01 CSTĐCS (the initiative's author) proposed to the director; the other CSTĐCS registrant, rated HTTNV with no
// initiative, refused by Điều 23 Luật 2022; one Giấy khen of Công đoàn phường Hương Sơn proposed.
// Everything here is invented (the company is fictional): names of movements, the initiative, decision numbers and
// dates, ratings, leave, and vote counts.
const YEAR = 2026;
const code = (n: number) => `MHS${String(n).padStart(3, '0')}`;
/** Invented: on maternity leave (MHS017, MHS034) or long sick leave (MHS049) for most of the year. */
const onLeave = [code(17), code(34), code(49)];
/** MHS001–MHS055: managers and permanent workers; MHS056–MHS060 are on short contracts and did not register. */
const registered = Array.from({ length: 55 }, (_, i) => code(i + 1)).filter((c) => !onLeave.includes(c));
/** Tổ trưởng sản xuất, author of the initiative: proposed CSTĐCS. */
export const ENTERPRISE_INITIATIVE_AUTHOR_2026 = code(2);
/** Registered for CSTĐCS, rated HTTNV, no initiative: refused under Luật 2022 Điều 23. */
export const ENTERPRISE_REFUSED_CSTDCS_2026 = code(3);
const cstdcsCandidates = [ENTERPRISE_INITIATIVE_AUTHOR_2026, ENTERPRISE_REFUSED_CSTDCS_2026];
const excellent = [code(4), code(8), code(15), code(26), code(41)];
const satisfactory = [code(22), code(47)];
const ldtt = registered.filter((c) => !satisfactory.includes(c));
/** Proposed for the ward union's Giấy khen. */
const giayKhen = code(4);

const decisions: Record<string, { number: string; issuedOn: string; issuer: string; level: IssuerLevel }> = {
  ratings: { number: '112/QĐ-MHS', issuedOn: '2026-12-01', issuer: 'Giám đốc Công ty TNHH May Hương Sơn', level: 'grassroots' },
  initiative: { number: '97/QĐ-MHS', issuedOn: '2026-11-16', issuer: 'Giám đốc Công ty TNHH May Hương Sơn', level: 'grassroots' },
};

export async function loadEnterpriseEmulation2026(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  const member = (c: string) => memberIds.get(c)!;
  const decisionIds: Record<string, number> = {};
  for (const [key, d] of Object.entries(decisions)) {
    decisionIds[key] = (await tx.insertInto('emulation_decisions').values({
      org_id: orgId, number: d.number, issued_on: d.issuedOn, issuer: d.issuer, issuer_level: d.level,
    }).returning('id').executeTakeFirstOrThrow()).id;
  }
  await tx.insertInto('emulation_movements').values([
    { org_id: orgId, year: YEAR, name: 'Phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2026', launched_on: '2026-01-15',
      content: 'Thi đua hoàn thành kế hoạch sản xuất, bảo đảm chất lượng và thời hạn giao hàng; phát huy sáng kiến cải tiến kỹ thuật',
      targets: JSON.stringify(['100 % kế hoạch sản xuất năm', 'Mỗi tổ sản xuất có ít nhất 01 sáng kiến cải tiến kỹ thuật', 'Không để xảy ra tai nạn lao động']) },
    { org_id: orgId, year: YEAR, name: 'Phong trào “Xanh – sạch – đẹp, bảo đảm an toàn, vệ sinh lao động”', launched_on: '2026-03-02', content: null },
  ]).execute();
  const registeredOn = '2026-02-10';
  await tx.insertInto('emulation_collective_registrations').values([
    { org_id: orgId, year: YEAR, holder: 'host', goal: 'Tập thể Lao động tiên tiến', registered_on: registeredOn },
    { org_id: orgId, year: YEAR, holder: 'union', goal: 'CĐCS hoàn thành tốt nhiệm vụ', registered_on: registeredOn },
  ]).execute();
  await tx.insertInto('emulation_registrations').values([
    ...registered.map((c) => ({ org_id: orgId, member_id: member(c), year: YEAR, title: 'ldtt' as const, target_rating: null, registered_on: registeredOn })),
    ...cstdcsCandidates.map((c) => ({ org_id: orgId, member_id: member(c), year: YEAR, title: 'cstdcs' as const, target_rating: null, registered_on: registeredOn })),
  ]).execute();
  // The employer's assessment of its workers (đánh giá, xếp loại người lao động), by the director's decision.
  await tx.insertInto('staff_ratings').values(registered.map((c) => ({
    org_id: orgId, member_id: member(c), year: YEAR,
    grade: excellent.includes(c) ? 'htxsnv' as const : satisfactory.includes(c) ? 'htnv' as const : 'httnv' as const,
    decision_id: decisionIds.ratings,
  }))).execute();
  const { id: initiativeId } = await tx.insertInto('initiatives').values({
    org_id: orgId, year: YEAR, title: 'Cải tiến cữ gá may túi quần, rút ngắn thời gian công đoạn may túi từ 90 giây xuống 65 giây',
    decision_id: decisionIds.initiative, recognised_on: decisions.initiative.issuedOn,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('initiative_authors').values({ org_id: orgId, initiative_id: initiativeId, member_id: member(ENTERPRISE_INITIATIVE_AUTHOR_2026) }).execute();
  // Proposed to the company director, who decides LĐTT and CSTĐCS for the enterprise (no decision yet).
  await tx.insertInto('emulation_results').values([
    ...ldtt.map((c) => ({ org_id: orgId, member_id: member(c), year: YEAR, title: 'ldtt' as const, status: 'proposed' as const, decision_id: null })),
    { org_id: orgId, member_id: member(ENTERPRISE_INITIATIVE_AUTHOR_2026), year: YEAR, title: 'cstdcs', status: 'proposed', decision_id: null },
  ]).execute();
  await loadEvaluationMeeting(tx, orgId, member);
  await tx.insertInto('commendations').values({
    org_id: orgId, year: YEAR, member_id: member(giayKhen), collective_name: null, form: 'giay_khen',
    issuer: 'Công đoàn phường Hương Sơn', issuer_level: 'commune',
    reason: 'Có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2026',
    status: 'proposed', decision_id: null, cash_amount: null,
  }).execute();
}

// The year-end evaluation meeting (họp bình xét) of 04/12/2026, after the initiative's recognition (16/11) and the
// ratings (01/12): 56 of the 60 members present, secret ballot, the union's default threshold (more than 1/2).
// The 50 LĐTT candidates and the CSTĐCS candidate with the initiative pass. Vote counts are invented.
async function loadEvaluationMeeting(tx: Db, orgId: number, member: (c: string) => number): Promise<void> {
  const absent = [...onLeave, code(58)];
  const attendees = Array.from({ length: 60 }, (_, i) => code(i + 1)).filter((c) => !absent.includes(c));
  const cast = attendees.length;
  const { id } = await tx.insertInto('emulation_meetings').values({
    org_id: orgId, year: YEAR, held_on: '2026-12-04', place: 'Hội trường Công ty TNHH May Hương Sơn', chair_name: 'Nguyễn Thị Hoa',
    secretary_name: 'Lê Thị Mai', members_total: 60, attendee_count: cast, threshold_numerator: 1, threshold_denominator: 2,
    threshold_inclusive: false,
    content: 'Hội nghị nghe báo cáo kết quả phong trào thi đua năm 2026, danh sách 52 đồng chí đăng ký thi đua và kết quả đánh giá, xếp loại người lao động của Công ty; thảo luận, bình xét và bỏ phiếu kín. Trong 02 đồng chí đăng ký danh hiệu “Chiến sĩ thi đua cơ sở”, 01 đồng chí có sáng kiến được Giám đốc Công ty công nhận nên được đưa ra bình xét; 01 đồng chí xếp loại Hoàn thành tốt nhiệm vụ, không có sáng kiến, chưa đủ tiêu chuẩn theo Điều 23 Luật Thi đua, khen thưởng 2022.',
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('emulation_meeting_attendees').values(attendees.map((c) => ({ org_id: orgId, meeting_id: id, member_id: member(c) }))).execute();
  await tx.insertInto('emulation_votes').values([
    ...ldtt.map((c, i) => ({ org_id: orgId, meeting_id: id, member_id: member(c), title: 'ldtt' as const, votes_for: cast - ((i * 7) % 9), votes_cast: cast })),
    { org_id: orgId, meeting_id: id, member_id: member(ENTERPRISE_INITIATIVE_AUTHOR_2026), title: 'cstdcs', votes_for: 51, votes_cast: cast },
  ]).execute();
}
