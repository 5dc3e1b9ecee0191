// Hạn nộp báo cáo: which upper level's deadline applies to a union, and how a submission stands against it.
// Pure rules: the caller loads the deadlines and the trees; dates are ISO days, a submission's day is Vietnam's.
import { daysBetween, todayIso } from '../../../shared/vi/dates.ts';

/** Each organisation's parent in the tree of one day. */
export type ParentMap = ReadonlyMap<number, number | null>;

export interface DeadlineLike {
  /** The upper level that set it. */
  orgId: number;
  dueOn: string;
}

/** Steps up from `fromId` to `ancestorId` in the tree (1 for the parent), or null when it is not above it. */
export function stepsUp(parents: ParentMap, fromId: number, ancestorId: number): number | null {
  let at: number | null | undefined = parents.get(fromId);
  for (let steps = 1; at !== null && at !== undefined && steps <= 64; steps += 1) {
    if (at === ancestorId) {
      return steps;
    }
    at = parents.get(at);
  }
  return null;
}

/**
 * The deadline that applies to a union: the one of its nearest upper level that set one, each deadline judged in the
 * tree of its own due day (a union moved before that day answers to its new upper level). Ties go to the earlier day.
 */
export function applicableDeadline<D extends DeadlineLike>(unionId: number, deadlines: readonly D[], treeOn: (day: string) => ParentMap): D | null {
  let best: { deadline: D; steps: number } | null = null;
  for (const deadline of deadlines) {
    const steps = stepsUp(treeOn(deadline.dueOn), unionId, deadline.orgId);
    if (steps === null) {
      continue;
    }
    if (!best || steps < best.steps || (steps === best.steps && deadline.dueOn < best.deadline.dueOn)) {
      best = { deadline, steps };
    }
  }
  return best?.deadline ?? null;
}

/** The day (Vietnam time) of a timestamp. */
export function vietnamDay(at: Date | string): string {
  return todayIso('Asia/Ho_Chi_Minh', new Date(at));
}

export type Timeliness = 'on_time' | 'late' | 'no_deadline';

/** A submission on the due day itself is on time ("nộp trước ngày 15/12" counts the 15th). */
export function timelinessOf(submittedOn: string, dueOn: string | null): { timeliness: Timeliness; daysLate: number } {
  if (dueOn === null) {
    return { timeliness: 'no_deadline', daysLate: 0 };
  }
  const late = daysBetween(dueOn, submittedOn);
  return late > 0 ? { timeliness: 'late', daysLate: late } : { timeliness: 'on_time', daysLate: 0 };
}

/** Whole days from `today` to the due day: 0 on the day, negative once overdue. */
export function daysLeft(today: string, dueOn: string): number {
  return daysBetween(today, dueOn);
}

/** A due day an upper level may set for the reports of `year`: within that year or the next. */
export function dueOnProblem(year: number, dueOn: string): string | null {
  const dueYear = Number(dueOn.slice(0, 4));
  return dueYear === year || dueYear === year + 1 ? null : `Hạn nộp báo cáo năm ${year} phải trong năm ${year} hoặc năm ${year + 1}`;
}
