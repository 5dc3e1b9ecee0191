import { formatDateVi } from '../../../../shared/vi/dates.ts';
import { findAgreementViews } from '../../agreements/agreements.service.ts';
import type { SourceLoader } from './source.types.ts';

// Thỏa ước lao động tập thể in force on the reporting date and its clauses better than the law (a wage clause counts
// only above the regional minimum wage, as the agreements page judges it).

export const agreementsKeys = ['inForce', 'betterClauses'] as const;

export const loadAgreementFigures: SourceLoader<(typeof agreementsKeys)[number]> = async ({ db, orgId, date }) => {
  const current = (await findAgreementViews(db, orgId, date)).find((a) => a.checks.inForce);
  if (!current) {
    const trace = `Không có thỏa ước lao động tập thể còn hiệu lực ngày ${formatDateVi(date)}`;
    return { inForce: { value: 0, trace }, betterClauses: { value: 0, trace } };
  }
  const named = `Thỏa ước lao động tập thể «${current.title}» ký ngày ${formatDateVi(current.signedOn)}, hiệu lực `
    + `${formatDateVi(current.effectiveFrom)}–${formatDateVi(current.expiresOn)}`;
  const better = current.clauses.filter((c) => c.betterThanLawConfirmed);
  return {
    inForce: { value: 1, trace: named },
    betterClauses: {
      value: better.length,
      trace: `${named}: điều khoản có lợi hơn quy định của pháp luật${better.length ? ` (điều khoản số ${better.map((c) => c.position).join(', ')} của thỏa ước)` : ''}`,
    },
  };
};
