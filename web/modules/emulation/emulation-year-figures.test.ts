import { describe, expect, it } from 'vitest';
import type { EmulationYear } from '../../../shared/contracts/emulation.contract.ts';
import { emulationYearFigures } from './emulation-year-figures.ts';

// Shaped like the demo's 2023 year of CĐCS cơ quan xã Hương Bình (server/demo/huong-binh-emulation-2023.ts):
// 19 civil servants (1–19) registered for LĐTT, 3 of them also for CSTĐCS; 11 non-specialised staff (20–30) for HTTNV.
const decision = { id: 1, number: '3015/QĐ-UBND', issuedOn: '2023-12-18', issuer: 'UBND thị xã Hương Trà', issuerLevel: 'district' as const };
const civilServants = Array.from({ length: 19 }, (_, i) => i + 1);
const nonSpecialised = Array.from({ length: 11 }, (_, i) => i + 20);
const member = (memberId: number) => ({ memberId, memberName: `Đoàn viên ${memberId}`, category: 'cbcc' });
let nextId = 1;
const registration = (memberId: number, title: 'ldtt' | 'cstdcs' | 'rating') => ({
  id: nextId++, ...member(memberId), title, targetRating: title === 'rating' ? 'httnv' as const : null, registeredOn: '2023-01-20',
});
const result = (memberId: number, title: 'ldtt' | 'cstdcs', status: 'proposed' | 'decided') => ({
  id: nextId++, ...member(memberId), title, status, decision: status === 'decided' ? decision : null, cashAmount: null,
});
const commendation = (memberId: number, status: 'proposed' | 'decided') => ({
  id: nextId++, memberId, memberName: `Đoàn viên ${memberId}`, collectiveName: null, form: 'giay_khen' as const,
  issuer: 'LĐLĐ thị xã Hương Trà', issuerLevel: 'district' as const, reason: null, status, cashAmount: null,
  decision: status === 'decided' ? decision : null,
});

const year2023: EmulationYear = {
  year: 2023,
  movements: [{ id: 1, name: 'Phong trào thi đua yêu nước năm 2023', content: null, launchedOn: '2023-01-10', targets: [] }],
  registrations: [
    ...civilServants.map((m) => registration(m, 'ldtt')),
    ...[7, 9, 11].map((m) => registration(m, 'cstdcs')),
    ...nonSpecialised.map((m) => registration(m, 'rating')),
  ],
  collectiveRegistrations: [],
  ratings: [...civilServants, ...nonSpecialised].map((m) => ({
    id: nextId++, ...member(m), grade: m === 3 || m === 7 ? 'htxsnv' as const : 'httnv' as const, decision,
  })),
  disciplines: [],
  initiatives: [{
    id: 1, title: 'Ứng dụng phần mềm quản lý hồ sơ địa chính', authors: [{ memberId: 7, memberName: 'Đoàn viên 7' }],
    decision, recognisedOn: '2023-12-08',
  }],
  results: [...civilServants.map((m) => result(m, 'ldtt', 'decided')), result(7, 'cstdcs', 'decided')],
  commendations: [
    ...[1, 6, 13, 20].map((m) => commendation(m, 'decided')),
    ...[9, 21, 25].map((m) => commendation(m, 'proposed')),
  ],
  collectiveAwards: [
    { id: 1, holder: 'host', kind: 'title', name: 'Tập thể Lao động tiên tiến', prizeRank: null, issuer: 'UBND thị xã Hương Trà',
      issuerLevel: 'district', status: 'decided', decision },
    { id: 2, holder: 'host', kind: 'prize', name: 'Chuyển đổi số', prizeRank: 'giải ba', issuer: 'UBND thị xã Hương Trà',
      issuerLevel: 'district', status: 'decided', decision },
  ],
  classification: { selfGrade: 'httnv', decidedGrade: 'httnv', decision },
  decisions: [decision],
};

const emptyYear: EmulationYear = {
  year: 2026, movements: [], registrations: [], collectiveRegistrations: [], ratings: [], disciplines: [], initiatives: [],
  results: [], commendations: [], collectiveAwards: [], classification: null, decisions: [],
};

describe("a union's emulation year on its dashboard", () => {
  it('counts the 2023 year as the seed report states it: 30 registered, 19 LĐTT, 01 of 03 CSTĐCS, 01 initiative', () => {
    const figures = emulationYearFigures(year2023);
    expect(figures.registeredMembers).toBe(30);
    expect(figures.titles).toEqual({
      ldtt: { registered: 19, proposed: 0, decided: 19 },
      cstdcs: { registered: 3, proposed: 0, decided: 1 },
    });
    expect(figures.initiatives).toEqual({ recognised: 1, total: 1 });
  });

  it('counts a member registered for two titles once among the registered', () => {
    expect(emulationYearFigures(year2023).registeredMembers).toBe(19 + 11);
  });

  it('counts staff ratings by grade, and the ratings aimed at when registering', () => {
    const figures = emulationYearFigures(year2023);
    expect(figures.ratings).toEqual({ htxsnv: 2, httnv: 28, htnv: 0, khtnv: 0 });
    expect(figures.ratingTargets).toEqual({ htxsnv: 0, httnv: 11, htnv: 0, khtnv: 0 });
  });

  it('separates decided commendations from proposed ones and names the collective titles and prizes', () => {
    const figures = emulationYearFigures(year2023);
    expect(figures.commendations).toEqual({ decided: 4, proposed: 3 });
    expect(figures.collectiveAwards).toEqual([
      { name: 'Tập thể Lao động tiên tiến', holder: 'host', decided: true },
      { name: 'Chuyển đổi số — giải ba', holder: 'host', decided: true },
    ]);
  });

  it('gives the decided classification, else the self-assessed one marked as not decided', () => {
    expect(emulationYearFigures(year2023).classification).toEqual({ grade: 'httnv', decided: true });
    const selfAssessed = { ...year2023, classification: { selfGrade: 'htxsnv' as const, decidedGrade: null, decision: null } };
    expect(emulationYearFigures(selfAssessed).classification).toEqual({ grade: 'htxsnv', decided: false });
    expect(emulationYearFigures(emptyYear).classification).toBeNull();
  });

  it('counts a proposed title apart from a decided one, and an initiative without its decision as not recognised', () => {
    const figures = emulationYearFigures({
      ...emptyYear,
      registrations: [registration(1, 'ldtt'), registration(2, 'ldtt')],
      results: [result(1, 'ldtt', 'decided'), result(3, 'cstdcs', 'proposed')],
      initiatives: [{ id: 9, title: 'Sáng kiến chưa công nhận', authors: [], decision: null, recognisedOn: null }],
    });
    expect(figures.titles).toEqual({
      ldtt: { registered: 2, proposed: 0, decided: 1 },
      cstdcs: { registered: 0, proposed: 1, decided: 0 },
    });
    expect(figures.initiatives).toEqual({ recognised: 0, total: 1 });
  });

  it('gives zeros and no classification for a year with no records', () => {
    const figures = emulationYearFigures(emptyYear);
    expect(figures.registeredMembers).toBe(0);
    expect(figures.ratings).toEqual({ htxsnv: 0, httnv: 0, htnv: 0, khtnv: 0 });
    expect(figures.collectiveAwards).toEqual([]);
  });
});
