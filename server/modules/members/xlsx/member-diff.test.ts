import { describe, expect, it } from 'vitest';
import type { MemberInput } from '../../../../shared/contracts/members.contract.ts';
import { childrenText, memberChanges, mergeRow } from './member-diff.ts';

const before: MemberInput = {
  code: 'DV1', nationalCode: null, cardNumber: '0012', fullName: 'Nguyễn Thị Lan', sex: 'female', birthDate: '1990-01-05',
  ethnicity: 'Kinh', position: 'Kế toán', category: 'vien_chuc', groupId: 11, partyMember: false, education: null,
  politicalTheory: null, joinedOn: '2015-03-01', phone: '0912345678', email: null,
};
const labels = { categories: new Map([['vien_chuc', 'Viên chức'], ['hop_dong', 'Người lao động hợp đồng']]), groups: new Map([[11, 'Tổ Văn phòng']]) };

describe('memberChanges', () => {
  it('lists the changed fields as the sheet shows them, old → new', () => {
    const after = { ...before, category: 'hop_dong' as const, joinedOn: '2016-04-15', partyMember: true, groupId: null };
    expect(memberChanges(before, after, labels)).toEqual([
      { column: 'Đối tượng', field: 'category', from: 'Viên chức', to: 'Người lao động hợp đồng' },
      { column: 'Tổ công đoàn', field: 'groupId', from: 'Tổ Văn phòng', to: '' },
      { column: 'Đảng viên', field: 'partyMember', from: 'Không', to: 'Có' },
      { column: 'Ngày vào công đoàn', field: 'joinedOn', from: '01/03/2015', to: '15/04/2016' },
    ]);
    expect(memberChanges(before, { ...before }, labels)).toEqual([]);
  });
});

describe('mergeRow', () => {
  it('takes the file\'s columns and keeps the member\'s values for the columns the file lacks', () => {
    const row = { ...before, fullName: 'Nguyễn Thị Lan Anh', phone: null, cardNumber: null };
    expect(mergeRow(before, row, new Set(['code', 'fullName', 'phone']))).toEqual({ ...before, fullName: 'Nguyễn Thị Lan Anh', phone: null });
  });
});

describe('childrenText', () => {
  it('gives the same text whatever the order of the rows', () => {
    const a = { fullName: 'Lê An', birthDate: '2015-03-02', sex: 'male' as const };
    const b = { fullName: 'Lê Bình', birthDate: '2018-10-10', sex: null };
    expect(childrenText([b, a])).toBe('Lê An (02/03/2015, Nam); Lê Bình (10/10/2018)');
    expect(childrenText([a, b])).toBe(childrenText([b, a]));
  });
});
