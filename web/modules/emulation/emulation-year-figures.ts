// The figures of a union's emulation year (thi đua) that its dashboard shows, from the records of the year as the
// API gives them (GET /api/orgs/:orgId/emulation/:year). Counting only: judging is the rules module's job.
import type { EmulationYear, GradeCode, TitleCode } from '../../../shared/contracts/emulation.contract.ts';

export interface TitleFigures {
  /** Members registered for the title. */
  registered: number;
  /** Members proposed (đề nghị) and still without a decision. */
  proposed: number;
  /** Members with the title decided (đã có quyết định). */
  decided: number;
}

export interface CollectiveAwardFigure {
  /** The title or prize, with its rank ("Chuyển đổi số — giải ba"). */
  name: string;
  holder: 'union' | 'host';
  decided: boolean;
}

export interface EmulationYearFigures {
  year: number;
  /** Distinct members with any registration: a title or a staff rating aimed at. */
  registeredMembers: number;
  titles: Record<TitleCode, TitleFigures>;
  /** Members registered for a staff rating, by the grade aimed at. */
  ratingTargets: Record<GradeCode, number>;
  /** Staff ratings (đánh giá, xếp loại) recorded, by grade. */
  ratings: Record<GradeCode, number>;
  /** Initiatives with their recognition decision, of all recorded. */
  initiatives: { recognised: number; total: number };
  /** Commendations (khen thưởng) of members and collectives. */
  commendations: { decided: number; proposed: number };
  collectiveAwards: CollectiveAwardFigure[];
  /** The union's classification (xếp loại CĐCS): the decided grade, else the self-assessed one. */
  classification: { grade: GradeCode; decided: boolean } | null;
}

export const gradeOrder: readonly GradeCode[] = ['htxsnv', 'httnv', 'htnv', 'khtnv'];

const byGrade = (grades: readonly (GradeCode | null)[]): Record<GradeCode, number> => {
  const counts: Record<GradeCode, number> = { htxsnv: 0, httnv: 0, htnv: 0, khtnv: 0 };
  grades.forEach((grade) => {
    if (grade) {
      counts[grade] += 1;
    }
  });
  return counts;
};

const distinct = (ids: readonly number[]): number => new Set(ids).size;

function titleFigures(y: EmulationYear, title: TitleCode): TitleFigures {
  const results = y.results.filter((r) => r.title === title);
  const decided = results.filter((r) => r.status === 'decided').map((r) => r.memberId);
  return {
    registered: distinct(y.registrations.filter((r) => r.title === title).map((r) => r.memberId)),
    proposed: distinct(results.filter((r) => r.status === 'proposed' && !decided.includes(r.memberId)).map((r) => r.memberId)),
    decided: distinct(decided),
  };
}

export function emulationYearFigures(y: EmulationYear): EmulationYearFigures {
  const c = y.classification;
  const grade = c?.decidedGrade ?? c?.selfGrade ?? null;
  return {
    year: y.year,
    registeredMembers: distinct(y.registrations.map((r) => r.memberId)),
    titles: { ldtt: titleFigures(y, 'ldtt'), cstdcs: titleFigures(y, 'cstdcs') },
    ratingTargets: byGrade(y.registrations.filter((r) => r.title === 'rating').map((r) => r.targetRating)),
    ratings: byGrade(y.ratings.map((r) => r.grade)),
    initiatives: { recognised: y.initiatives.filter((i) => i.decision !== null).length, total: y.initiatives.length },
    commendations: {
      decided: y.commendations.filter((x) => x.status === 'decided').length,
      proposed: y.commendations.filter((x) => x.status === 'proposed').length,
    },
    collectiveAwards: y.collectiveAwards.map((a) => ({
      name: a.prizeRank ? `${a.name} — ${a.prizeRank}` : a.name, holder: a.holder, decided: a.status === 'decided',
    })),
    classification: grade ? { grade, decided: Boolean(c?.decidedGrade) } : null,
  };
}
