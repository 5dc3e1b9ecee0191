import { createImportRefs } from '../../core/import-refs.ts';
import type { FundFacts } from './ledger-row.ts';
import type { LedgerCategory } from '../../../shared/contracts/finance.contract.ts';
import type { Direction } from './finance.tables.ts';

// What the year workbook's finance sheets point at across sheets: the funds of the "Quỹ" sheet (by code) and the
// vouchers of the "Sổ quỹ" sheet (by "Số phiếu"), which the members' payments and the welfare events name. A row
// that failed its own checks is still listed, as null, so the rows pointing at it are not reported wrong too.

export interface FileFund extends FundFacts { kind: string }
export const fundRefs = createImportRefs<FileFund | null>();

export interface FileVoucher { fundCode: string; direction: Direction; category: LedgerCategory; amount: number; entryDate: string }
export const voucherRefs = createImportRefs<FileVoucher | null>();
