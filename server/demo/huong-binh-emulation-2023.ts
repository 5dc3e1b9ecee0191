import type { Db } from '../db/client.ts';
import type { IssuerLevel } from '../modules/emulation/emulation.tables.ts';

// The seed report's emulation year 2023 (part A.II.1), as records: 30 registered (19 cán bộ-công chức for LĐTT,
// 03 of them also for CSTĐCS; 11 không chuyên trách for HTTNV), 19 LĐTT decided, 01 initiative recognised by
// UBND thị xã Hương Trà and its author CSTĐCS, 11 non-specialised staff rated HTTNV, the agency's Tập thể LĐTT,
// the digital transformation third prize, the union classified HTTNV, commendations of the provincial federation (01)
// and the town federation (03), and 03 proposed to UBND xã. Decision numbers and the HTXSNV ratings are invented.
const YEAR = 2023;
const civilServants = Array.from({ length: 19 }, (_, i) => `HB${String(i + 1).padStart(2, '0')}`);
const nonSpecialised = Array.from({ length: 11 }, (_, i) => `HB${String(i + 20)}`);
const cstdcsCandidates = ['HB07', 'HB09', 'HB11'];
const initiativeAuthor = 'HB07';
const excellent = ['HB07', 'HB03'];

const decisions: Record<string, { number: string; issuedOn: string; issuer: string; level: IssuerLevel }> = {
  ratings: { number: '245/QĐ-UBND', issuedOn: '2023-12-15', issuer: 'UBND xã Hương Bình', level: 'commune' },
  initiative: { number: '2950/QĐ-UBND', issuedOn: '2023-12-08', issuer: 'UBND thị xã Hương Trà', level: 'district' },
  ldtt: { number: '3015/QĐ-UBND', issuedOn: '2023-12-18', issuer: 'UBND thị xã Hương Trà', level: 'district' },
  cstdcs: { number: '3016/QĐ-UBND', issuedOn: '2023-12-18', issuer: 'UBND thị xã Hương Trà', level: 'district' },
  collective: { number: '3017/QĐ-UBND', issuedOn: '2023-12-18', issuer: 'UBND thị xã Hương Trà', level: 'district' },
  prize: { number: '2890/QĐ-UBND', issuedOn: '2023-11-30', issuer: 'UBND thị xã Hương Trà', level: 'district' },
  province: { number: '412/QĐ-LĐLĐ', issuedOn: '2023-12-12', issuer: 'LĐLĐ tỉnh Thừa Thiên Huế', level: 'province' },
  town: { number: '58/QĐ-LĐLĐ', issuedOn: '2023-12-14', issuer: 'LĐLĐ thị xã Hương Trà', level: 'district' },
  classification: { number: '61/QĐ-LĐLĐ', issuedOn: '2023-12-20', issuer: 'LĐLĐ thị xã Hương Trà', level: 'district' },
};

export async function loadHuongBinhEmulation2023(tx: Db, orgId: number, memberIds: ReadonlyMap<string, number>): Promise<void> {
  const member = (code: string) => memberIds.get(code)!;
  const decisionIds: Record<string, number> = {};
  for (const [key, d] of Object.entries(decisions)) {
    decisionIds[key] = (await tx.insertInto('emulation_decisions').values({
      org_id: orgId, number: d.number, issued_on: d.issuedOn, issuer: d.issuer, issuer_level: d.level,
    }).returning('id').executeTakeFirstOrThrow()).id;
  }
  await tx.insertInto('emulation_movements').values([
    { org_id: orgId, year: YEAR, name: 'Phong trào thi đua yêu nước năm 2023', launched_on: '2023-01-10',
      content: 'Thi đua thực hiện thắng lợi Nghị quyết Đảng ủy, HĐND xã và nhiệm vụ công tác năm 2023',
      targets: JSON.stringify(['100 % đoàn viên đăng ký thi đua', 'Cơ quan đạt Tập thể Lao động tiên tiến', 'CĐCS hoàn thành tốt nhiệm vụ']) },
    { org_id: orgId, year: YEAR, name: 'Ngày “Chủ nhật xanh” – cơ quan “Sáng, xanh, sạch, đẹp”', launched_on: '2023-02-03', content: null },
  ]).execute();
  await tx.insertInto('emulation_collective_registrations').values([
    { org_id: orgId, year: YEAR, holder: 'host', goal: 'Tập thể Lao động tiên tiến', registered_on: '2023-01-20' },
    { org_id: orgId, year: YEAR, holder: 'union', goal: 'CĐCS hoàn thành tốt nhiệm vụ', registered_on: '2023-01-20' },
  ]).execute();
  const registeredOn = '2023-01-20';
  await tx.insertInto('emulation_registrations').values([
    ...civilServants.map((c) => ({ org_id: orgId, member_id: member(c), year: YEAR, title: 'ldtt' as const, target_rating: null, registered_on: registeredOn })),
    ...cstdcsCandidates.map((c) => ({ org_id: orgId, member_id: member(c), year: YEAR, title: 'cstdcs' as const, target_rating: null, registered_on: registeredOn })),
    ...nonSpecialised.map((c) => ({ org_id: orgId, member_id: member(c), year: YEAR, title: 'rating' as const, target_rating: 'httnv' as const, registered_on: registeredOn })),
  ]).execute();
  await tx.insertInto('staff_ratings').values([...civilServants, ...nonSpecialised].map((c) => ({
    org_id: orgId, member_id: member(c), year: YEAR, grade: excellent.includes(c) ? 'htxsnv' as const : 'httnv' as const,
    decision_id: decisionIds.ratings,
  }))).execute();
  const { id: initiativeId } = await tx.insertInto('initiatives').values({
    org_id: orgId, year: YEAR, title: 'Ứng dụng phần mềm quản lý hồ sơ địa chính trên nền tảng số tại xã Hương Bình',
    decision_id: decisionIds.initiative, recognised_on: decisions.initiative.issuedOn,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('initiative_authors').values({ org_id: orgId, initiative_id: initiativeId, member_id: member(initiativeAuthor) }).execute();
  await tx.insertInto('emulation_results').values([
    ...civilServants.map((c) => ({ org_id: orgId, member_id: member(c), year: YEAR, title: 'ldtt' as const, status: 'decided' as const, decision_id: decisionIds.ldtt })),
    { org_id: orgId, member_id: member(initiativeAuthor), year: YEAR, title: 'cstdcs', status: 'decided', decision_id: decisionIds.cstdcs },
  ]).execute();
  await loadEvaluationMeeting(tx, orgId, member);
  const commendation = (code: string, form: 'giay_khen' | 'bang_khen', key: string | null, issuer: string, level: IssuerLevel, reason: string) => ({
    org_id: orgId, year: YEAR, member_id: member(code), collective_name: null, form, issuer, issuer_level: level, reason,
    status: key ? 'decided' as const : 'proposed' as const, decision_id: key ? decisionIds[key] : null, cash_amount: null,
  });
  const movementsReason = 'Có thành tích xuất sắc trong các phong trào của Công đoàn năm 2023';
  await tx.insertInto('commendations').values([
    commendation('HB01', 'giay_khen', 'province', decisions.province.issuer, 'province', movementsReason),
    ...['HB06', 'HB13', 'HB20'].map((c) => commendation(c, 'giay_khen', 'town', decisions.town.issuer, 'district', movementsReason)),
    ...['HB09', 'HB21', 'HB25'].map((c) => commendation(c, 'giay_khen', null, 'UBND xã Hương Bình', 'commune', 'Hoàn thành tốt nhiệm vụ năm 2023')),
  ]).execute();
  await tx.insertInto('collective_awards').values([
    { org_id: orgId, year: YEAR, holder: 'host', kind: 'title', name: 'Tập thể Lao động tiên tiến', prize_rank: null,
      issuer: decisions.collective.issuer, issuer_level: 'district', status: 'decided', decision_id: decisionIds.collective },
    { org_id: orgId, year: YEAR, holder: 'host', kind: 'prize', name: 'Chuyển đổi số', prize_rank: 'giải ba',
      issuer: decisions.prize.issuer, issuer_level: 'district', status: 'decided', decision_id: decisionIds.prize },
  ]).execute();
  await tx.insertInto('union_classifications').values({
    org_id: orgId, year: YEAR, self_grade: 'httnv', decided_grade: 'httnv', decision_id: decisionIds.classification,
  }).execute();
}

// The year-end evaluation meeting (họp bình xét) of 11/12/2023, after the initiative's recognition (08/12) and before
// the town's decisions (18/12): 28 of 30 members present, secret ballot, the union's default threshold (more than 1/2).
// The 19 LĐTT candidates and the one CSTĐCS candidate with a recognised initiative all pass. Vote counts are invented.
const ldttVotesFor = [28, 27, 26, 28, 25, 27, 28, 26, 27, 24, 28, 26, 27, 25, 28, 27, 26, 28, 27];
async function loadEvaluationMeeting(tx: Db, orgId: number, member: (code: string) => number): Promise<void> {
  const absent = ['HB24', 'HB27'];
  const attendees = [...civilServants, ...nonSpecialised].filter((c) => !absent.includes(c));
  const { id } = await tx.insertInto('emulation_meetings').values({
    org_id: orgId, year: YEAR, held_on: '2023-12-11', place: 'Hội trường UBND xã Hương Bình', chair_name: 'Trần Văn Hùng',
    secretary_name: 'Võ Thị Ánh', members_total: 30, attendee_count: attendees.length, threshold_numerator: 1, threshold_denominator: 2,
    threshold_inclusive: false,
    content: 'Hội nghị nghe báo cáo kết quả thực hiện phong trào thi đua năm 2023 và danh sách 30 đồng chí đăng ký thi đua; thảo luận, bình xét và bỏ phiếu kín. Trong 03 đồng chí đăng ký danh hiệu “Chiến sĩ thi đua cơ sở”, 01 đồng chí có sáng kiến được UBND thị xã công nhận nên được đưa ra bình xét.',
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('emulation_meeting_attendees').values(attendees.map((c) => ({ org_id: orgId, meeting_id: id, member_id: member(c) }))).execute();
  await tx.insertInto('emulation_votes').values([
    ...civilServants.map((c, i) => ({ org_id: orgId, meeting_id: id, member_id: member(c), title: 'ldtt' as const, votes_for: ldttVotesFor[i], votes_cast: 28 })),
    { org_id: orgId, meeting_id: id, member_id: member(initiativeAuthor), title: 'cstdcs', votes_for: 26, votes_cast: 28 },
  ]).execute();
}
