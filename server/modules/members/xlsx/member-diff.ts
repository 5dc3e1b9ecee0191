import type { MemberInput } from '../../../../shared/contracts/members.contract.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { memberColumns, sexLabels, yesNoLabels } from './columns.ts';

// What an imported row changes on a member already listed: the fields that differ, old → new, as the sheet shows them.

export interface FieldChange {
  column: string;
  /** The member field, or 'children' for the rows of the "Con" sheet. */
  field: keyof MemberInput | 'children';
  from: string;
  to: string;
}

export interface ChangeLabels {
  categories: Map<string, string>;
  groups: Map<number, string>;
}

/** The row's values over the member's, for the columns the file has; the others keep the member's values. */
export function mergeRow(before: MemberInput, row: MemberInput, presentFields: ReadonlySet<string>): MemberInput {
  const merged: Record<string, unknown> = { ...before };
  for (const field of presentFields) {
    merged[field] = row[field as keyof MemberInput];
  }
  return merged as MemberInput;
}

export function memberChanges(before: MemberInput, after: MemberInput, labels: ChangeLabels): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const column of memberColumns) {
    const from = before[column.field] ?? null;
    const to = after[column.field] ?? null;
    if (from !== to) {
      changes.push({ column: column.header, field: column.field, from: shown(column.field, from, labels), to: shown(column.field, to, labels) });
    }
  }
  return changes;
}

function shown(field: keyof MemberInput, value: unknown, labels: ChangeLabels): string {
  if (value === null || value === undefined) {
    return '';
  }
  switch (field) {
    case 'birthDate':
    case 'joinedOn':
      return formatDateVi(String(value));
    case 'sex':
      return sexLabels[value as MemberInput['sex']];
    case 'partyMember':
      return value ? yesNoLabels.yes : yesNoLabels.no;
    case 'category':
      return labels.categories.get(String(value)) ?? String(value);
    case 'groupId':
      return labels.groups.get(Number(value)) ?? String(value);
    default:
      return String(value);
  }
}

export interface ChildValues {
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female' | null;
}

/** A member's children as one comparable, readable text: "Lê An (02/03/2015, Nam); Lê Bình (…)". */
export function childrenText(children: readonly ChildValues[]): string {
  return children
    .map((c) => `${c.fullName} (${formatDateVi(c.birthDate)}${c.sex ? `, ${sexLabels[c.sex]}` : ''})`)
    .sort()
    .join('; ');
}
