import { downloadFile, toQueryString } from '../../app/api.ts';

export function subordinatesPath(orgId: number, date: string, year?: number): string {
  return `/api/orgs/${orgId}/subordinates${toQueryString({ date, year })}`;
}

/** The roll-up report (báo cáo tổng hợp) of the unions below: one row per union and the totals (.xlsx), or the official text (.docx). */
export function downloadRollup(orgId: number, format: 'xlsx' | 'docx', date: string, year: number): Promise<void> {
  return downloadFile(`/api/orgs/${orgId}/rollup.${format}${toQueryString({ date, year })}`, `bao-cao-tong-hop-${year}.${format}`);
}
