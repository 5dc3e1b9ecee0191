// Sổ năm (year workbook): a union's year as one .xlsx, downloaded or imported (checked first, all or nothing).
import type { YearImportResult } from '../../../shared/contracts/year-workbook.contract.ts';
import { apiRequest, downloadFile, toQueryString } from '../../app/api.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const base = (orgId: number, year: number) => `/api/orgs/${orgId}/years/${year}/workbook`;

export function downloadYearWorkbook(orgId: number, year: number): Promise<void> {
  return downloadFile(base(orgId, year), `so-nam-${year}.xlsx`);
}

export function importYearWorkbook(orgId: number, year: number, file: Blob, dryRun: boolean): Promise<YearImportResult> {
  return apiRequest<YearImportResult>(`${base(orgId, year)}/import${toQueryString({ dryRun })}`, { method: 'POST', rawBody: file, contentType: XLSX });
}
