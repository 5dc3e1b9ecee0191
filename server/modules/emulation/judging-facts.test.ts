import { describe, expect, it } from 'vitest';
import { factsOf, rewardCodeOfCommendation, yearCounts } from './judging-facts.ts';
import type { JudgingRecords } from './judging.repo.ts';

const records: JudgingRecords = {
  members: [{ id: 1, fullName: 'Đặng Ngọc Đức', category: 'can_bo_cong_chuc' }, { id: 2, fullName: 'Trương Thị Ân', category: 'can_bo_cong_chuc' }],
  registrations: [{ memberId: 1, title: 'cstdcs' }, { memberId: 2, title: 'ldtt' }],
  results: [
    { id: 10, memberId: 1, title: 'ldtt', status: 'decided' },
    { id: 11, memberId: 1, title: 'cstdcs', status: 'proposed' },
    { id: 12, memberId: 2, title: 'ldtt', status: 'proposed' },
  ],
  ratings: [{ memberId: 1, grade: 'htxsnv' }, { memberId: 2, grade: 'httnv' }],
  disciplines: [{ memberId: 2, form: 'dismissal', decidedOn: '2024-05-02' }],
  initiatives: [{ memberId: 1, title: 'Số hóa hồ sơ', issuerLevel: 'commune', recognisedOn: '2024-12-20' }],
};

describe('facts from the emulation records, in the rules\' codes', () => {
  it('reads titles proposed or decided, the rating, recognised initiatives by level, and disciplines', () => {
    expect(factsOf(records, 1).facts).toEqual({
      titles: ['LDTT', 'CSTDCS'], rating: 'HTXSNV', initiatives: [{ level: 'grassroots', recognisedOn: '2024-12-20' }], research: [], disciplines: [],
    });
    expect(factsOf(records, 2).facts).toMatchObject({ titles: ['LDTT'], rating: 'HTTNV', initiatives: [], disciplines: [{ level: 'severe', on: '2024-05-02' }] });
  });

  it('has no rating for a member not rated (the rules then say "unknown", not "not met")', () => {
    expect(factsOf(records, 3).facts.rating).toBeNull();
  });

  it('counts titles and ratings for the caps', () => {
    expect(yearCounts(records)).toEqual({ LDTT: 2, CSTDCS: 1, HTXSNV: 1, HTTNV: 1, HTNV: 0, KHTNV: 0 });
    expect(yearCounts({ ...records, results: [], ratings: [] })).toEqual({ LDTT: 0, CSTDCS: 0 });
  });

  it('gives Giấy khen its reward code, individual or collective, and other forms none', () => {
    expect(rewardCodeOfCommendation({ form: 'giay_khen', memberId: 5 })).toBe('GIAY_KHEN_CA_NHAN');
    expect(rewardCodeOfCommendation({ form: 'giay_khen', memberId: null })).toBe('GIAY_KHEN_TAP_THE');
    expect(rewardCodeOfCommendation({ form: 'bang_khen', memberId: 5 })).toBeNull();
  });
});
