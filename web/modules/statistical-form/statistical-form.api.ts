// Mẫu 1-HĐCĐ (the Confederation's statistical form) of a union, or Mẫu 2-HĐCĐ of an upper level, on a reporting date:
// the rows with their traces, and the .xlsx.
import type { StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import { downloadFile, toQueryString } from '../../app/api.ts';

export type { StatisticalFormView };

export const statisticalFormPath = (orgId: number, date: string) => `/api/orgs/${orgId}/statistical-form${toQueryString({ date })}`;

export function downloadStatisticalForm(orgId: number, date: string, summary = false): Promise<void> {
  return downloadFile(`/api/orgs/${orgId}/statistical-form.xlsx${toQueryString({ date })}`, `mau-${summary ? 2 : 1}-hdcd-${date}.xlsx`);
}
