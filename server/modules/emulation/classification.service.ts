// Xếp loại CĐCS as a form: the scale in force for the year (a rule set), the union's points per indicator with their
// evidence, the figures congdoan holds for each, the total and the grade the thresholds give. The thresholds are the
// scale's unless an upper level set its own for the unions beneath it.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatPercent } from '../../../shared/vi/numbers.ts';
import type {
  ClassificationForm, ClassificationScoresInput, ThresholdsInput, ThresholdsList,
} from '../../../shared/contracts/classification.contract.ts';
import type { ClassificationScheme, EvidenceKey, Rating } from '../../../shared/contracts/rule-content.contract.ts';
import { memberCountsOf } from '../members/members.service.ts';
import { assertWritable, requireOrgAt } from '../orgs/orgs.service.ts';
import { annualReportStatusesOf } from '../reports/reports.service.ts';
import { classificationSchemeOn, schemeForKind, scoreClassification, type GradeThreshold } from '../rules/evaluate/classification.ts';
import { loadRuleSets } from '../rules/rules.service.ts';
import {
  findOwnThresholds, findScores, findStoredClassification, findThresholdsFor, findYearFacts, insertThresholds, replaceScores, storeSelfResult,
} from './classification.repo.ts';
import type { GradeCode } from './emulation.tables.ts';

const yearEnd = (year: number) => `${year}-12-31`;
const upper = (g: GradeCode | null) => (g ? (g.toUpperCase() as Rating) : null);

async function scaleFor(db: Db, orgId: number, year: number) {
  const date = yearEnd(year);
  const [sets, org] = await Promise.all([loadRuleSets(db), requireOrgAt(db, orgId, date)]);
  const found = classificationSchemeOn(sets, date);
  if (!found) {
    throw new AppError('NOT_FOUND', `Chưa có thang điểm xếp loại công đoàn cơ sở có hiệu lực ngày ${formatDateVi(date)}: quản trị viên cần thêm bộ quy định`);
  }
  return { org, set: found.set, scheme: schemeForKind(found.scheme, org.kind), thresholds: await thresholdsOn(db, orgId, date, found.scheme) };
}

/** The thresholds that judge a union on `date`: an upper level's own, else the scale's. */
async function thresholdsOn(db: Db, orgId: number, date: string, scheme: Pick<ClassificationScheme, 'grades'>) {
  const own = await findThresholdsFor(db, orgId, date);
  if (own) {
    return {
      grades: [{ grade: 'HTXSNV', minPoints: own.htxsnv_min }, { grade: 'HTTNV', minPoints: own.httnv_min }, { grade: 'HTNV', minPoints: own.htnv_min }] as GradeThreshold[],
      source: 'upper_level' as const,
      setBy: { orgId: own.org_id, orgName: own.org_name, validFrom: own.valid_from, note: own.note },
      unverified: false,
    };
  }
  return {
    grades: scheme.grades.map((g) => ({ grade: g.grade, minPoints: g.minPoints })),
    source: 'rules' as const, setBy: null, unverified: scheme.grades.some((g) => g.unverified ?? false),
  };
}

async function factTexts(db: Db, orgId: number, year: number): Promise<Record<EvidenceKey, string>> {
  const date = yearEnd(year);
  const [facts, counts, reports] = await Promise.all([
    findYearFacts(db, orgId, year), memberCountsOf(db, [orgId], date), annualReportStatusesOf(db, [orgId], year),
  ]);
  const members = counts.get(orgId)?.members ?? 0;
  const report = reports.get(orgId);
  return {
    'members.total': `Đoàn viên ngày ${formatDateVi(date)}: ${members}`,
    'members.admitted': `Kết nạp mới trong năm: ${facts.admitted} đoàn viên`,
    'members.left': `Ra khỏi công đoàn, chuyển đi trong năm: ${facts.left}`,
    'emulation.meetings': `Họp bình xét thi đua năm ${year}: ${facts.meetings} cuộc`,
    'emulation.ldttShare': `Lao động tiên tiến (đã có quyết định): ${facts.ldtt}/${members} đoàn viên${members > 0 ? ` (${formatPercent(facts.ldtt / members)})` : ''}`,
    'emulation.cstdcs': `Chiến sĩ thi đua cơ sở (đã có quyết định): ${facts.cstdcs}`,
    'emulation.initiatives': `Sáng kiến, đề tài được công nhận trong năm: ${facts.initiatives}`,
    'reports.annualSubmitted': report?.submittedAt
      ? `Báo cáo tổng kết năm ${year} đã gửi cấp trên ngày ${formatDateVi(report.submittedAt.slice(0, 10))}`
      : `Báo cáo tổng kết năm ${year}: chưa gửi cấp trên`,
  };
}

/** The form of a year, filled with what is stored; officers above the union read it too. */
export async function getClassificationForm(db: Db, caller: Caller, orgId: number, year: number): Promise<ClassificationForm> {
  await assertCan(db, caller, orgId, 'emulation.read', today());
  const [{ org, set, scheme, thresholds }, scores, stored, facts] = await Promise.all([
    scaleFor(db, orgId, year), findScores(db, orgId, year), findStoredClassification(db, orgId, year), factTexts(db, orgId, year),
  ]);
  const byCode = new Map(scores.map((s) => [s.indicator, s]));
  const scored = scoreClassification(scheme, new Map(scores.map((s) => [s.indicator, s.points])), thresholds.grades);
  return {
    year,
    kind: org.kind,
    scale: {
      key: set.key, version: set.version, name: set.name, verified: set.verified,
      regulation: `${set.regulation.title} số ${set.regulation.number}${set.regulation.date ? ` ngày ${formatDateVi(set.regulation.date)}` : ''}`,
    },
    groups: scheme.groups.map((g, i) => ({
      code: g.code, name: g.name, maxPoints: g.maxPoints, bonus: g.bonus ?? false, points: scored.groups[i].points, capped: scored.groups[i].capped,
      indicators: g.indicators.map((ind) => ({
        code: ind.code, text: ind.text, maxPoints: ind.maxPoints, unverified: (ind.unverified ?? false) || !set.verified,
        points: byCode.get(ind.code)?.points ?? null, evidence: byCode.get(ind.code)?.evidence ?? null,
        fact: ind.evidence ? { key: ind.evidence, text: facts[ind.evidence] } : null,
      })),
    })),
    total: scored.total,
    grade: scored.grade,
    thresholds,
    selfGrade: upper(stored?.self_grade ?? null),
    selfPoints: stored?.self_points === null || stored?.self_points === undefined ? null : Number(stored.self_points),
    decidedGrade: upper(stored?.decided_grade ?? null),
    decision: stored?.number ? { number: stored.number, issuedOn: stored.issued_on!, issuer: stored.issuer! } : null,
  };
}

/** The committee's points: checked against the scale for the union's kind, then the total and grade are stored. */
export async function saveClassificationScores(db: Db, caller: Caller, orgId: number, year: number, input: ClassificationScoresInput) {
  await assertCan(db, caller, orgId, 'emulation.write', today());
  await assertWritable(db, orgId);
  const { set, scheme, thresholds } = await scaleFor(db, orgId, year);
  const indicators = new Map(scheme.groups.flatMap((g) => g.indicators.map((i) => [i.code, i] as const)));
  const seen = new Set<string>();
  input.scores.forEach((s, i) => {
    const indicator = indicators.get(s.indicator);
    if (!indicator) {
      throw invalid(`scores.${i}.indicator: Chỉ tiêu ${s.indicator} không có trong thang điểm áp dụng cho công đoàn này`);
    }
    if (seen.has(s.indicator)) {
      throw invalid(`scores.${i}.indicator: Chỉ tiêu ${s.indicator} được chấm hai lần`);
    }
    seen.add(s.indicator);
    if (s.points > indicator.maxPoints) {
      throw invalid(`scores.${i}.points: Chỉ tiêu ${s.indicator} tối đa ${String(indicator.maxPoints).replace('.', ',')} điểm`);
    }
  });
  const scored = scoreClassification(scheme, new Map(input.scores.map((s) => [s.indicator, s.points])), thresholds.grades);
  await db.transaction().execute(async (tx) => {
    const before = await findScores(tx, orgId, year);
    await replaceScores(tx, orgId, year, input.scores, caller.userId);
    await storeSelfResult(tx, orgId, year, {
      grade: scored.grade.toLowerCase() as GradeCode, points: scored.total, scaleKey: set.key, scaleVersion: set.version,
    });
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'update', entity: 'union_classification', entityId: year,
      before: { scores: before }, after: { scores: input.scores, total: scored.total, grade: scored.grade, scale: `${set.key}@${set.version}` },
    });
  });
  return getClassificationForm(db, caller, orgId, year);
}

/** The thresholds that apply beneath an organisation on a date, and those it set itself. */
export async function listThresholds(db: Db, caller: Caller, orgId: number, date: string): Promise<ThresholdsList> {
  await assertCan(db, caller, orgId, 'org.read', today());
  const found = classificationSchemeOn(await loadRuleSets(db), date);
  const effective = found ? await thresholdsOn(db, orgId, date, found.scheme)
    : { grades: [], source: 'rules' as const, setBy: null, unverified: true };
  return { effective, own: await findOwnThresholds(db, orgId) };
}

/** An upper level's officer sets the thresholds for the unions beneath it, from a date; earlier years keep theirs. */
export async function setThresholds(db: Db, caller: Caller, orgId: number, input: ThresholdsInput) {
  await assertCan(db, caller, orgId, 'classification.thresholds', today());
  const org = await requireOrgAt(db, orgId, input.validFrom).catch(() => requireOrgAt(db, orgId, today()));
  if (!org.isUpperLevel) {
    throw invalid('Ngưỡng xếp loại do công đoàn cấp trên đặt cho các công đoàn cơ sở trực thuộc');
  }
  try {
    return await db.transaction().execute(async (tx) => {
      const id = await insertThresholds(tx, orgId, input, caller.userId);
      await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'classification_thresholds', entityId: id, after: input });
      return { id };
    });
  } catch (err) {
    if ((err as { code?: string } | null)?.code === '23505') {
      throw new AppError('CONFLICT', `Đã có ngưỡng xếp loại áp dụng từ ngày ${formatDateVi(input.validFrom)}: chọn ngày khác`);
    }
    throw err;
  }
}
