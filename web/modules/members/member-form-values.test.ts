import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { emptyMemberForm, formToInput, type MemberFormValues } from './member-form-values.ts';

const t = ((key: string) => key) as unknown as TFunction;
const filled: MemberFormValues = {
  ...emptyMemberForm(), code: 'HB40', fullName: 'Lê Thị Mới', sex: 'female', category: 'can_bo_cong_chuc',
  birthDate: '1995-03-01', joinedOn: '2020-01-01',
};

describe('formToInput', () => {
  it('gives the input of a new admitted member, without a date of arrival', () => {
    const result = formToInput(filled, t, '2026-11-30');
    expect('input' in result && result.input.transferredInOn).toBeNull();
  });

  it('puts the date rules the server applies on their fields', () => {
    const result = formToInput({ ...filled, birthDate: '2021-01-01' }, t, '2026-11-30');
    expect('errors' in result && result.errors.birthDate).toMatch(/trước ngày vào công đoàn/);
    const ahead = formToInput({ ...filled, joinedOn: '2028-01-01' }, t, '2026-11-30');
    expect('errors' in ahead && ahead.errors.joinedOn).toMatch(/quá một năm/);
  });

  it('asks a member transferred in for the date of arrival, not before the original join date', () => {
    const missing = formToInput({ ...filled, arrival: 'transferred_in' }, t, '2026-11-30');
    expect('errors' in missing && missing.errors.transferredInOn).toBe('form.required');
    const before = formToInput({ ...filled, arrival: 'transferred_in', transferredInOn: '2019-01-01' }, t, '2026-11-30');
    expect('errors' in before && before.errors.transferredInOn).toMatch(/ngày vào công đoàn/);
    const ok = formToInput({ ...filled, arrival: 'transferred_in', transferredInOn: '2024-05-01' }, t, '2026-11-30');
    expect('input' in ok && [ok.input.joinedOn, ok.input.transferredInOn]).toEqual(['2020-01-01', '2024-05-01']);
  });
});
