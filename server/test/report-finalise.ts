// Finalising an annual report in tests as a chairperson who has read the draft: every typed-number warning is
// confirmed (the rule itself is tested in server/modules/reports/report-checks.int.test.ts), and gaps, which
// cannot be confirmed, are filled first when asked to.
import type { AnnualDraftView } from '../../shared/contracts/reports.contract.ts';
import type { Requester } from './test-app.ts';

const annual = (orgId: number, year: number) => `/api/orgs/${orgId}/reports/annual/${year}`;

/** Writes a sentence in place of every paragraph that holds a gap (the template's "- …", "1. …"). */
export async function fillGaps(as: Requester, orgId: number, year: number): Promise<void> {
  const draft = (await (await as.get(annual(orgId, year))).json()) as AnnualDraftView;
  for (const key of new Set(draft.gaps.map((g) => g.section))) {
    const section = draft.sections.find((s) => s.key === key)!;
    const gapped = new Set(draft.gaps.filter((g) => g.section === key).map((g) => g.paragraph));
    const paragraphs = section.paragraphs.map((p, i) => (gapped.has(i) ? '- Nội dung đã được Ban chấp hành thống nhất.' : p));
    const res = await as.send('PUT', `${annual(orgId, year)}/sections/${encodeURIComponent(key)}`, { paragraphs });
    if (res.status !== 200) {
      throw new Error(`fillGaps ${key}: ${res.status}`);
    }
  }
}

/** POST …/finalise confirming every typed number of the draft as it stands. */
export async function finaliseConfirmed(as: Requester, orgId: number, year: number, options: { fillGaps?: boolean } = {}): Promise<Response> {
  if (options.fillGaps) {
    await fillGaps(as, orgId, year);
  }
  const res = await as.get(annual(orgId, year));
  const acknowledged = res.status === 200 ? ((await res.json()) as AnnualDraftView).typedNumbers.map((w) => w.id) : [];
  return as.send('POST', `${annual(orgId, year)}/finalise`, { acknowledged });
}
