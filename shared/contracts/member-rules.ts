// Rules on a member's dates and status events, shared by the server (which enforces them) and the member form
// (which shows them on the field before sending). `today` is always a parameter.
import { addMonths, ageAt, formatDateVi } from '../vi/dates.ts';
import type { StatusKind } from './members.contract.ts';

export interface FieldIssue {
  path: string;
  message: string;
}

/** How far ahead a date of joining or a status event may be recorded. */
export const MONTHS_AHEAD = 12;
/**
 * Setting: the youngest a person may be on the day of joining. The charter sets no age; the Labour Code's minimum
 * working age is 15 (Bộ luật Lao động 2019, Điều 3). Read by the member form, the API and the Excel import.
 */
export const MIN_MEMBER_AGE = 15;
/** Tạm dừng sinh hoạt lasts at most 12 months (Hướng dẫn 38/HD-TLĐ). */
export const SUSPENSION_MONTHS = 12;

export const statusKindLabels: Record<StatusKind, string> = {
  admitted: 'Kết nạp',
  transferred_in: 'Chuyển đến',
  transferred_out: 'Chuyển đi',
  left: 'Thôi sinh hoạt',
  ended_with_union: 'Kết thúc theo tổ chức',
  suspended: 'Tạm dừng sinh hoạt',
  resumed: 'Trở lại sinh hoạt',
  expelled: 'Khai trừ',
};

/** What the latest event makes of a person: a member, a suspended member, or no longer one. */
type Standing = 'member' | 'suspended' | 'out';

function standingAfter(kind: StatusKind): Standing {
  switch (kind) {
    case 'admitted':
    case 'transferred_in':
    case 'resumed':
      return 'member';
    case 'suspended':
      return 'suspended';
    case 'transferred_out':
    case 'left':
    case 'expelled':
    case 'ended_with_union':
      return 'out';
  }
}

/** The events each standing allows next (ended_with_union is written by ending the union, never typed). */
const allowedNext: Record<Standing, readonly StatusKind[]> = {
  member: ['suspended', 'transferred_out', 'left', 'expelled', 'ended_with_union'],
  suspended: ['resumed', 'transferred_out', 'left', 'expelled', 'ended_with_union'],
  out: ['admitted', 'transferred_in'],
};

const standingLabels: Record<Standing, string> = {
  member: 'đang sinh hoạt',
  suspended: 'đang tạm dừng sinh hoạt',
  out: 'không còn là đoàn viên',
};

/** Dates of a member record: birth not in the future and before joining; joining at most a year ahead. */
export function memberDateIssues(
  input: { birthDate: string | null; joinedOn: string | null; transferredInOn?: string | null },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const latest = addMonths(today, MONTHS_AHEAD);
  const { birthDate, joinedOn, transferredInOn } = input;
  if (birthDate && birthDate > today) {
    issues.push({ path: 'birthDate', message: `Ngày sinh ${formatDateVi(birthDate)} ở tương lai` });
  } else if (birthDate && joinedOn && birthDate >= joinedOn) {
    issues.push({ path: 'birthDate', message: `Ngày sinh phải trước ngày vào công đoàn (${formatDateVi(joinedOn)})` });
  } else if (birthDate && joinedOn && ageAt(birthDate, joinedOn) < MIN_MEMBER_AGE) {
    issues.push({
      path: 'birthDate',
      message: `Ngày vào công đoàn ${formatDateVi(joinedOn)} đoàn viên chưa đủ ${MIN_MEMBER_AGE} tuổi (sinh ngày ${formatDateVi(birthDate)})`,
    });
  }
  if (joinedOn && joinedOn > latest) {
    issues.push({ path: 'joinedOn', message: `Ngày vào công đoàn không được quá một năm sau hôm nay (muộn nhất ${formatDateVi(latest)})` });
  }
  if (transferredInOn && joinedOn && transferredInOn < joinedOn) {
    issues.push({ path: 'transferredInOn', message: `Ngày chuyển đến phải từ ngày vào công đoàn (${formatDateVi(joinedOn)}) trở về sau` });
  } else if (transferredInOn && transferredInOn > latest) {
    issues.push({ path: 'transferredInOn', message: `Ngày chuyển đến không được quá một năm sau hôm nay (muộn nhất ${formatDateVi(latest)})` });
  }
  return issues;
}

export interface DatedEvent {
  id?: number;
  kind: StatusKind;
  onDate: string;
}

/** Events in time order; on one day, in the order they were recorded. */
function inOrder<T extends DatedEvent>(history: readonly T[]): T[] {
  return history
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.onDate.localeCompare(b.e.onDate) || (a.e.id ?? a.i) - (b.e.id ?? b.i))
    .map(({ e }) => e);
}

const suspensionEnd = (start: string) => addMonths(start, SUSPENSION_MONTHS);

function suspensionTooLong(start: string, end: string): string | null {
  const last = suspensionEnd(start);
  return end > last
    ? `Tạm dừng sinh hoạt tối đa ${SUSPENSION_MONTHS} tháng (từ ${formatDateVi(start)}, trở lại muộn nhất ${formatDateVi(last)}); ` +
        'quá thời hạn thì ghi "Thôi sinh hoạt"'
    : null;
}

/** Why a new status event cannot be recorded in this history, or null when it can. */
export function statusEventProblem(history: readonly DatedEvent[], event: DatedEvent, today: string): string | null {
  const latest = addMonths(today, MONTHS_AHEAD);
  if (event.onDate > latest) {
    return `Ngày sự kiện không được quá một năm sau hôm nay (muộn nhất ${formatDateVi(latest)})`;
  }
  const events = inOrder(history);
  if (events.length > 0 && event.onDate < events[0].onDate) {
    return 'Ngày sự kiện trước ngày vào công đoàn của đoàn viên';
  }
  const before = events.filter((e) => e.onDate <= event.onDate).at(-1);
  const after = events.find((e) => e.onDate > event.onDate);
  if (before) {
    const standing = standingAfter(before.kind);
    if (!allowedNext[standing].includes(event.kind)) {
      return `Không thể ghi "${statusKindLabels[event.kind]}" ngày ${formatDateVi(event.onDate)}: khi đó đoàn viên ${standingLabels[standing]} ` +
        `(${statusKindLabels[before.kind]} ngày ${formatDateVi(before.onDate)})`;
    }
    if (event.kind === 'resumed') {
      const tooLong = suspensionTooLong(before.onDate, event.onDate);
      if (tooLong) {
        return tooLong;
      }
    }
  }
  if (after) {
    if (!allowedNext[standingAfter(event.kind)].includes(after.kind)) {
      return `Không thể ghi "${statusKindLabels[event.kind]}" ngày ${formatDateVi(event.onDate)}: sau đó đã có ` +
        `"${statusKindLabels[after.kind]}" ngày ${formatDateVi(after.onDate)}`;
    }
    if (event.kind === 'suspended' && after.kind === 'resumed') {
      return suspensionTooLong(event.onDate, after.onDate);
    }
  }
  return null;
}

export type JoinDateChange = { move: { id: number; onDate: string } | null } | { problem: string };

/**
 * Correcting the date of joining moves the admission event with it (or a transfer in recorded on that same date);
 * it cannot pass a later event. A transfer in on its own date stays, and the union join date must precede it.
 */
export function joinDateChange(history: readonly (DatedEvent & { id: number })[], oldJoinedOn: string, newJoinedOn: string): JoinDateChange {
  const events = inOrder(history);
  const first = events[0];
  if (newJoinedOn === oldJoinedOn || !first) {
    return { move: null };
  }
  const movesWithIt = first.kind === 'admitted' || (first.kind === 'transferred_in' && first.onDate === oldJoinedOn);
  if (movesWithIt) {
    const next = events[1];
    if (next && newJoinedOn >= next.onDate) {
      return {
        problem: `Không thể đổi ngày vào công đoàn thành ${formatDateVi(newJoinedOn)}: ngày ${statusKindLabels[first.kind].toLowerCase()} ` +
          `phải trước sự kiện tiếp theo "${statusKindLabels[next.kind]}" ngày ${formatDateVi(next.onDate)}`,
      };
    }
    return { move: first.onDate === newJoinedOn ? null : { id: first.id, onDate: newJoinedOn } };
  }
  if (first.kind === 'transferred_in' && newJoinedOn > first.onDate) {
    return { problem: `Ngày vào công đoàn phải trước hoặc bằng ngày chuyển đến (${formatDateVi(first.onDate)})` };
  }
  return { move: null };
}
