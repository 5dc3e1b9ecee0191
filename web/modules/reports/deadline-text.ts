// How a deadline reads against today: days left, due today, or overdue by so many days (i18n keys and counts).

export type DeadlineTone = 'due' | 'dueToday' | 'overdue';

/** The wording of `daysLeft` (from the server: due day minus today, Vietnam time). */
export function deadlineTone(daysLeft: number): { tone: DeadlineTone; count: number } {
  if (daysLeft > 0) {
    return { tone: 'due', count: daysLeft };
  }
  return daysLeft === 0 ? { tone: 'dueToday', count: 0 } : { tone: 'overdue', count: -daysLeft };
}

/** Mantine colour of a deadline: red once overdue or due today, orange within a week, otherwise blue. */
export function deadlineColor(daysLeft: number): 'red' | 'orange' | 'blue' {
  return daysLeft <= 0 ? 'red' : daysLeft <= 7 ? 'orange' : 'blue';
}
