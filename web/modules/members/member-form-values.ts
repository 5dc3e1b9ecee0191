// The member form's state (strings, as inputs hold them) and its conversion to the API's MemberInput.
import type { TFunction } from 'i18next';
import { memberDateIssues } from '../../../shared/contracts/member-rules.ts';
import { newMemberInput, type Member, type NewMemberInput } from '../../../shared/contracts/members.contract.ts';
import { todayIso } from '../../../shared/vi/dates.ts';
import type { FieldErrors } from '../../app/errors.ts';

export interface MemberFormValues {
  code: string;
  nationalCode: string;
  cardNumber: string;
  fullName: string;
  sex: string;
  birthDate: string | null;
  ethnicity: string;
  position: string;
  category: string;
  groupId: string;
  partyMember: boolean;
  education: string;
  politicalTheory: string;
  joinedOn: string | null;
  phone: string;
  email: string;
  /** A new member only: kết nạp mới, or chuyển đến keeping the original join date (then `transferredInOn` is asked). */
  arrival: 'admitted' | 'transferred_in';
  transferredInOn: string | null;
}

export function emptyMemberForm(): MemberFormValues {
  return {
    code: '',
    nationalCode: '',
    cardNumber: '',
    fullName: '',
    sex: '',
    birthDate: null,
    ethnicity: '',
    position: '',
    category: '',
    groupId: '',
    partyMember: false,
    education: '',
    politicalTheory: '',
    joinedOn: null,
    phone: '',
    email: '',
    arrival: 'admitted',
    transferredInOn: null,
  };
}

export function memberToForm(m: Member): MemberFormValues {
  return {
    code: m.code,
    nationalCode: m.nationalCode ?? '',
    cardNumber: m.cardNumber ?? '',
    fullName: m.fullName,
    sex: m.sex,
    birthDate: m.birthDate,
    ethnicity: m.ethnicity ?? '',
    position: m.position ?? '',
    category: m.category,
    groupId: m.groupId === null ? '' : String(m.groupId),
    partyMember: m.partyMember,
    education: m.education ?? '',
    politicalTheory: m.politicalTheory ?? '',
    joinedOn: m.joinedOn,
    phone: m.phone ?? '',
    email: m.email ?? '',
    arrival: 'admitted',
    transferredInOn: null,
  };
}

const requiredFields = ['code', 'fullName', 'sex', 'category', 'joinedOn'] as const;

/**
 * Checks the form with the shared contract and date rules (those the server applies); returns the input to send
 * (with `transferredInOn` only for a new member transferred in), or the message per field.
 */
export function formToInput(
  values: MemberFormValues, t: TFunction, today = todayIso(),
): { input: NewMemberInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const transfer = values.arrival === 'transferred_in';
  for (const field of [...requiredFields, ...(transfer ? (['transferredInOn'] as const) : [])]) {
    const value = values[field];
    if (value === null || (typeof value === 'string' && value.trim() === '')) {
      errors[field] = t('form.required');
    }
  }
  const { arrival: _arrival, ...fields } = values;
  const parsed = newMemberInput.safeParse({
    ...fields,
    groupId: values.groupId ? Number(values.groupId) : null,
    birthDate: values.birthDate || null,
    transferredInOn: transfer ? values.transferredInOn : null,
  });
  if (parsed.success) {
    for (const issue of memberDateIssues(parsed.data, today)) {
      errors[issue.path] ??= issue.message;
    }
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (field && !errors[field]) {
        errors[field] = issue.message;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) {
    return { errors };
  }
  return { input: parsed.data };
}
