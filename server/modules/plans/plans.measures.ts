// The measures of a plan's targets, computed from the year's records (gathered by plans.repo.ts `findPlanData`),
// without the database. Each gives the facts plans.evaluate.ts judges, and rate measures a month-by-month series.
//
//   title_share         share (%) of the members đang sinh hoạt in the year — all, or one category (CBCC) — who reach a
//                       title: LĐTT / CSTĐCS from the year's individual results (proposed or decided), HTTNV / HTXSNV
//                       from the staff ratings (HTTNV counts those rated HTTNV or better). No result of that title yet:
//                       no value; the forecast is the share registered for it (đăng ký thi đua).
//   title_count         the same members counted ("2–3 CSTĐCS").
//   classification      the union's grade as a rank (1 KHTNV … 4 HTXSNV): the upper level's decision (final), else the
//                       self-assessment.
//   documents_on_time   the on-time rate of directive documents (documents/on-time.ts), in percent.
//   attendance_rate     present / expected at the activities of one kind held by the day (cancelled ones not counted).
//   registration_share  share of the members registered for emulation (any title or rating) by the day.
//   manual              the latest reading entered by hand.
import { onTimeRate, type DeadlineFacts } from '../documents/on-time.ts';
import { GRADE_RANK, monthEnds, share, type GradeCode, type MeasureFacts } from './plans.evaluate.ts';

export type Measure = 'title_share' | 'title_count' | 'classification' | 'documents_on_time' | 'attendance_rate' | 'registration_share' | 'manual';
export type PlanTitle = 'ldtt' | 'cstdcs' | 'httnv' | 'htxsnv';
export interface TargetParams { title?: PlanTitle; category?: string; kind?: string }

export interface PlanData {
  year: number;
  /** Members đang sinh hoạt at some time in the year. */
  members: readonly { id: number; category: string }[];
  results: readonly { memberId: number; title: 'ldtt' | 'cstdcs' }[];
  ratings: readonly { memberId: number; grade: GradeCode }[];
  registrations: readonly { memberId: number; title: 'ldtt' | 'cstdcs' | 'rating'; targetRating: GradeCode | null; registeredOn: string }[];
  classification: { selfGrade: GradeCode | null; decidedGrade: GradeCode | null } | null;
  /** Directive documents with a deadline in the year. */
  documents: readonly DeadlineFacts[];
  /** Attendance rows of the activities held (not cancelled) in the year. */
  attendance: readonly { kindCode: string; heldOn: string; status: 'present' | 'excused' | 'absent' }[];
}

export interface Reading { recordedOn: string; value: number; id: number }

export interface SeriesPoint { on: string; value: number }

export interface MeasureResult extends MeasureFacts { series: SeriesPoint[] }

const NONE: MeasureFacts = { actual: null, final: false, forecast: null };

function population(data: PlanData, category?: string): Set<number> {
  return new Set(data.members.filter((m) => !category || m.category === category).map((m) => m.id));
}

const isGrade = (t: PlanTitle): t is 'httnv' | 'htxsnv' => t === 'httnv' || t === 'htxsnv';

/** Members of the group reaching the title, and those registered for it; null when no record of it exists yet. */
function titleHolders(data: PlanData, title: PlanTitle, group: Set<number>): { reached: number | null; registered: number | null } {
  if (isGrade(title)) {
    const ok = (g: GradeCode | null) => g !== null && GRADE_RANK[g] >= GRADE_RANK[title];
    const regs = data.registrations.filter((r) => r.title === 'rating' && group.has(r.memberId));
    return {
      reached: data.ratings.length === 0 ? null : data.ratings.filter((r) => group.has(r.memberId) && ok(r.grade)).length,
      registered: regs.length === 0 ? null : regs.filter((r) => ok(r.targetRating)).length,
    };
  }
  const results = data.results.filter((r) => r.title === title);
  const regs = data.registrations.filter((r) => r.title === title && group.has(r.memberId));
  return {
    reached: results.length === 0 ? null : results.filter((r) => group.has(r.memberId)).length,
    registered: regs.length === 0 ? null : regs.length,
  };
}

export function titleShare(data: PlanData, params: TargetParams): MeasureFacts {
  const group = population(data, params.category);
  const { reached, registered } = titleHolders(data, params.title ?? 'ldtt', group);
  return {
    actual: reached === null ? null : share(reached, group.size),
    final: false,
    forecast: registered === null ? null : share(registered, group.size),
  };
}

export function titleCount(data: PlanData, params: TargetParams): MeasureFacts {
  const { reached, registered } = titleHolders(data, params.title ?? 'ldtt', population(data, params.category));
  return { actual: reached, final: false, forecast: registered };
}

export function classificationGrade(data: PlanData): MeasureFacts {
  const c = data.classification;
  if (!c || (c.decidedGrade === null && c.selfGrade === null)) {
    return NONE;
  }
  return { actual: GRADE_RANK[(c.decidedGrade ?? c.selfGrade)!], final: c.decidedGrade !== null, forecast: null };
}

export function documentsOnTime(data: PlanData, asOf: string): MeasureFacts {
  const r = onTimeRate(data.documents, `${data.year}-01-01`, `${data.year}-12-31`, asOf);
  return { actual: r.rate === null ? null : Math.round(r.rate * 1000) / 10, final: false, forecast: null };
}

export function attendanceRate(data: PlanData, params: TargetParams, asOf: string): MeasureFacts {
  const rows = data.attendance.filter((a) => a.kindCode === params.kind && a.heldOn <= asOf);
  return { actual: share(rows.filter((a) => a.status === 'present').length, rows.length), final: false, forecast: null };
}

export function registrationShare(data: PlanData, params: TargetParams, asOf: string): MeasureFacts {
  const group = population(data, params.category);
  const registered = new Set(data.registrations.filter((r) => r.registeredOn <= asOf && group.has(r.memberId)).map((r) => r.memberId));
  return { actual: share(registered.size, group.size), final: false, forecast: null };
}

/** The latest reading by the day (by date, then the last entered). */
export function latestReading(readings: readonly Reading[], asOf: string): Reading | null {
  return [...readings].filter((r) => r.recordedOn <= asOf)
    .sort((a, b) => (a.recordedOn < b.recordedOn ? -1 : a.recordedOn > b.recordedOn ? 1 : a.id - b.id)).at(-1) ?? null;
}

export function manualValue(readings: readonly Reading[], asOf: string): MeasureFacts {
  const r = latestReading(readings, asOf);
  return { actual: r?.value ?? null, final: false, forecast: null };
}

/** The facts of one measure on a day. */
export function measureOn(measure: Measure, params: TargetParams, data: PlanData, readings: readonly Reading[], asOf: string): MeasureFacts {
  switch (measure) {
    case 'title_share': return titleShare(data, params);
    case 'title_count': return titleCount(data, params);
    case 'classification': return classificationGrade(data);
    case 'documents_on_time': return documentsOnTime(data, asOf);
    case 'attendance_rate': return attendanceRate(data, params, asOf);
    case 'registration_share': return registrationShare(data, params, asOf);
    case 'manual': return manualValue(readings, asOf);
  }
}

/** Measures that change through the year are followed month by month; the others are one point (their value now). */
const MONTHLY: ReadonlySet<Measure> = new Set(['documents_on_time', 'attendance_rate', 'registration_share']);

export function measure(measureCode: Measure, params: TargetParams, data: PlanData, readings: readonly Reading[], asOf: string): MeasureResult {
  const facts = measureOn(measureCode, params, data, readings, asOf);
  let series: SeriesPoint[];
  if (MONTHLY.has(measureCode)) {
    series = monthEnds(data.year, asOf).flatMap((end) => {
      const v = measureOn(measureCode, params, data, readings, end < asOf ? end : asOf).actual;
      return v === null ? [] : [{ on: end < asOf ? end : asOf, value: v }];
    });
  } else if (measureCode === 'manual') {
    series = [...readings].filter((r) => r.recordedOn <= asOf).sort((a, b) => (a.recordedOn < b.recordedOn ? -1 : 1))
      .map((r) => ({ on: r.recordedOn, value: r.value }));
  } else {
    series = facts.actual === null ? [] : [{ on: asOf, value: facts.actual }];
  }
  return { ...facts, series };
}
