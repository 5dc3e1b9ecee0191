// The ledger's API paths and writes, typed by the shared contract.
import type {
  BalanceView, CashBookView, EntryInput, EntryView, FundInput, FundView, LedgerImportResult,
} from '../../../shared/contracts/finance.contract.ts';
import { api, apiRequest, toQueryString } from '../../app/api.ts';

export type { BalanceView, CashBookView, EntryView, FundView };

const base = (orgId: number) => `/api/orgs/${orgId}/finance`;
export const fundsPath = (orgId: number) => `${base(orgId)}/funds`;
export const balancesPath = (orgId: number, date: string) => `${base(orgId)}/balances${toQueryString({ date })}`;
export const entriesPath = (orgId: number, q: { from: string; to: string; fundId?: number | null }) =>
  `${base(orgId)}/entries${toQueryString({ from: q.from, to: q.to, fundId: q.fundId ?? undefined })}`;
export const voucherPath = (orgId: number, entryId: number) => `${base(orgId)}/entries/${entryId}/voucher.docx`;
export const cashBookPath = (orgId: number, q: { account: 'cash' | 'bank'; from: string; to: string }) =>
  `${base(orgId)}/cash-book${toQueryString(q)}`;
export const cashBookXlsxPath = (orgId: number, q: { account: 'cash' | 'bank'; from: string; to: string }) =>
  `${base(orgId)}/cash-book.xlsx${toQueryString(q)}`;

export function createFund(orgId: number, input: Omit<FundInput, 'openingBalance'> & { openingBalance: number }) {
  return api.post<{ id: number }>(fundsPath(orgId), input);
}

export function postEntry(orgId: number, input: Omit<EntryInput, 'account' | 'attachmentIds'> & { account: 'cash' | 'bank'; attachmentIds?: number[] }) {
  return api.post<EntryView>(`${base(orgId)}/entries`, input);
}

/** Links a file uploaded for vouchers to a posted voucher. */
export function attachToEntry(orgId: number, entryId: number, attachmentId: number) {
  return api.post<EntryView>(`${base(orgId)}/entries/${entryId}/attachments`, { attachmentId });
}

export function detachFromEntry(orgId: number, entryId: number, attachmentId: number) {
  return api.delete<EntryView>(`${base(orgId)}/entries/${entryId}/attachments/${attachmentId}`);
}

export function reverseEntry(orgId: number, entryId: number, input: { entryDate: string; reason: string }) {
  return api.post<EntryView>(`${base(orgId)}/entries/${entryId}/reverse`, input);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cash book from Excel: checked (dryRun) or posted. */
export function importLedger(orgId: number, file: Blob, dryRun: boolean) {
  return apiRequest<LedgerImportResult>(`${base(orgId)}/entries/import${toQueryString({ dryRun })}`, { method: 'POST', rawBody: file, contentType: XLSX });
}
