// The on-time rate of directive documents ("100 % văn bản chỉ đạo … được theo dõi, cập nhật và thực hiện đúng hạn").
//
// For a period [from, to] counted on a day `asOf`:
//   due      = documents with a deadline, the deadline within [from, min(to, asOf)] — they "fell due" in the period
//              by that day. A document without a deadline, or whose deadline is still ahead, is not counted (yet):
//              finishing early does not raise the rate before the deadline arrives, and a rate does not move
//              when the deadline of an unfinished document has not passed.
//   onTime   = those of `due` that are done with completed_on ≤ deadline (done on the deadline day is on time).
//   rate     = onTime / due, or null when nothing fell due (no data, not 100 %).
// A document done late, or not done though its deadline passed, counts in `due` and not in `onTime`. The period is
// judged by the deadline, not by the day the document was received: a document received in December with a January
// deadline belongs to the next year's rate.

export interface DeadlineFacts {
  deadline: string | null;
  status: 'pending' | 'in_progress' | 'done';
  completedOn: string | null;
}

export interface OnTimeRate {
  due: number;
  onTime: number;
  rate: number | null;
}

export function fellDue(d: DeadlineFacts, from: string, to: string, asOf: string): boolean {
  const end = to < asOf ? to : asOf;
  return d.deadline !== null && d.deadline >= from && d.deadline <= end;
}

export function doneOnTime(d: DeadlineFacts): boolean {
  return d.status === 'done' && d.completedOn !== null && d.deadline !== null && d.completedOn <= d.deadline;
}

export function onTimeRate(documents: readonly DeadlineFacts[], from: string, to: string, asOf: string): OnTimeRate {
  const due = documents.filter((d) => fellDue(d, from, to, asOf));
  const onTime = due.filter(doneOnTime).length;
  return { due: due.length, onTime, rate: due.length === 0 ? null : onTime / due.length };
}

/** The rate of a calendar year, counted on `asOf`. */
export const yearOnTimeRate = (documents: readonly DeadlineFacts[], year: number, asOf: string): OnTimeRate =>
  onTimeRate(documents, `${year}-01-01`, `${year}-12-31`, asOf);
