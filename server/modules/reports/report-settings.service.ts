// A draft's settings before it is finalised: its date, its number (proposed from the union's register,
// editable), who signs (the chairperson, or the deputy "KT. CHỦ TỊCH"), and its own recipient lines.
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid } from '../../core/errors.ts';
import { assertWritable, requireOrgAt } from '../orgs/orgs.service.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { padCount } from '../../../shared/vi/numbers.ts';
import type { DraftSettingsView, reportSettings } from '../../../shared/contracts/reports.contract.ts';
import { composeAnnualReport, type ComposedReport } from './compose-report.ts';
import { signatureLines } from './document/document-text.ts';
import {
  clearDraftNumber, findNextFreeNumber, findNumberHolder, recordNumberUsed, upsertDraftSettings,
} from './report-settings.repo.ts';

export async function draftSettingsView(db: Db, report: ComposedReport): Promise<DraftSettingsView> {
  const { settings, document } = report;
  return {
    number: settings.number,
    proposedNumber: await findNextFreeNumber(db, report.orgId, report.year),
    numberSuffix: document.numberSuffix,
    signer: settings.signer,
    deputyAvailable: settings.deputyAvailable,
    signerLines: signatureLines(document.signer),
    signerName: document.signer.name,
    ownRecipients: settings.recipients !== null,
    recipients: document.recipients,
    recipientWarnings: settings.recipientWarnings,
  };
}

/** Changes only the settings sent; the caller then reads the draft again. */
export async function updateDraftSettings(
  db: Db, caller: Caller, orgId: number, year: number, input: z.infer<typeof reportSettings>,
): Promise<void> {
  await assertCan(db, caller, orgId, 'reports.write', today());
  await assertWritable(db, orgId);
  if (input.issuedOn !== undefined) {
    if (input.issuedOn < `${year}-01-01` || input.issuedOn > `${year + 1}-03-31`) {
      throw invalid(`Ngày báo cáo phải trong năm ${year} hoặc quý I năm ${year + 1}`);
    }
    await requireOrgAt(db, orgId, input.issuedOn);
  }
  if (input.number !== undefined && input.number !== null) {
    await assertNumberFree(db, orgId, year, input.number);
  }
  const report = await composeAnnualReport(db, orgId, year, today());
  if (input.signer === 'deputy' && !report.settings.deputyAvailable) {
    throw invalid('Chưa có phó chủ tịch để ký thay: hãy nhập tên phó chủ tịch trong Thông tin công đoàn');
  }
  await db.transaction().execute(async (tx) => {
    await upsertDraftSettings(tx, orgId, year, 'annual', report.date, input);
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'update', entity: 'report_draft', entityId: year,
      before: { issuedOn: report.date, ...report.settings, recipientWarnings: undefined }, after: input,
    });
  });
}

/** The number a finalised version takes: the one chosen in the draft, else the register's next free one. */
export async function claimReportNumber(tx: Kysely<Database>, orgId: number, year: number, chosen: number | null): Promise<number> {
  const number = chosen ?? (await findNextFreeNumber(tx, orgId, year));
  await assertNumberFree(tx, orgId, year, number);
  await recordNumberUsed(tx, orgId, year, number);
  await clearDraftNumber(tx, orgId, year, 'annual');
  return number;
}

/** Numbers are unique per organisation and year. */
async function assertNumberFree(db: Db, orgId: number, year: number, number: number) {
  const holder = await findNumberHolder(db, orgId, year, number);
  if (holder) {
    throw new AppError(
      'CONFLICT',
      `Số ${padCount(number)} năm ${year} đã dùng cho báo cáo ${holder.number_text} (bản ${holder.version}, ngày ${formatDateVi(holder.issued_on)}); hãy chọn số khác`,
    );
  }
}
