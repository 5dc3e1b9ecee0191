// The one bridge between the emulation records and the rules module: how the records' codes read as the rules'
// codes, and a member's year as the rules' CandidateFacts. Pure functions; the records come from judging.repo.ts.
import type {
  CandidateFacts, DisciplineLevel, Rating, RecognitionLevel,
} from '../../../shared/contracts/rule-content.contract.ts';
import type { GradeCode, IssuerLevel, TitleCode } from './emulation.tables.ts';
import type { DisciplineForm, JudgingRecords } from './judging.repo.ts';

// ---- codes: emulation (lowercase, the database's) → rules (upper case, the rule sets') ----

export const ruleTitleOf: Record<TitleCode, string> = { ldtt: 'LDTT', cstdcs: 'CSTDCS' };
export const ruleRatingOf: Record<GradeCode, Rating> = { htxsnv: 'HTXSNV', httnv: 'HTTNV', htnv: 'HTNV', khtnv: 'KHTNV' };
/** The level of the body that recognised an initiative: a commune (UBND xã) is the grassroots level. */
export const recognitionLevelOf: Record<IssuerLevel, RecognitionLevel> = {
  grassroots: 'grassroots', commune: 'grassroots', district: 'district', province: 'provincial', central: 'national',
};
/** Khiển trách, cảnh cáo, and the heavier forms (hạ bậc lương, cách chức, buộc thôi việc). */
export const disciplineLevelOf: Record<DisciplineForm, DisciplineLevel> = {
  reprimand: 'reprimand', warning: 'warning', demotion: 'severe', removal: 'severe', dismissal: 'severe',
};
/** The reward parameter (reward.<code>) of a commendation, when the rules give one (Giấy khen only). */
export function rewardCodeOfCommendation(c: { form: string; memberId: number | null }): string | null {
  if (c.form !== 'giay_khen') {
    return null;
  }
  return c.memberId === null ? 'GIAY_KHEN_TAP_THE' : 'GIAY_KHEN_CA_NHAN';
}

// ---- facts ----

/** What the records say about one member's year, with what the judging page shows beside it. */
export interface MemberYearFacts {
  facts: CandidateFacts;
  initiatives: { title: string; level: RecognitionLevel; recognisedOn: string }[];
}

/**
 * A member's facts for the year: titles held (LĐTT decided or proposed), the staff rating, the initiatives they
 * authored that were recognised (the evaluator leaves out those recognised after the evaluation date), and
 * disciplinary measures of the year. Research projects are not recorded yet: none is counted.
 */
export function factsOf(records: JudgingRecords, memberId: number): MemberYearFacts {
  const rating = records.ratings.find((r) => r.memberId === memberId);
  const initiatives = records.initiatives.filter((i) => i.memberId === memberId)
    .map((i) => ({ title: i.title, level: recognitionLevelOf[i.issuerLevel], recognisedOn: i.recognisedOn }));
  return {
    facts: {
      titles: [...new Set(records.results.filter((r) => r.memberId === memberId).map((r) => ruleTitleOf[r.title]))],
      rating: rating ? ruleRatingOf[rating.grade] : null,
      initiatives: initiatives.map(({ level, recognisedOn }) => ({ level, recognisedOn })),
      research: [],
      disciplines: records.disciplines.filter((d) => d.memberId === memberId).map((d) => ({ level: disciplineLevelOf[d.form], on: d.decidedOn })),
    },
    initiatives,
  };
}

/** The counts caps are judged on: titles proposed or decided, and staff ratings by grade. */
export function yearCounts(records: JudgingRecords): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records.results) {
    counts[ruleTitleOf[r.title]] = (counts[ruleTitleOf[r.title]] ?? 0) + 1;
  }
  for (const t of Object.values(ruleTitleOf)) {
    counts[t] ??= 0;
  }
  for (const r of records.ratings) {
    counts[ruleRatingOf[r.grade]] = (counts[ruleRatingOf[r.grade]] ?? 0) + 1;
  }
  if (records.ratings.length > 0) {
    for (const g of Object.values(ruleRatingOf)) {
      counts[g] ??= 0;
    }
  }
  return counts;
}
