import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { assertWritable, requireOrgAt } from '../orgs/orgs.service.ts';
import { composeAnnualReport, defaultReportDate, templateOf, type ComposedReport } from './compose-report.ts';
import { claimReportNumber, draftSettingsView } from './report-settings.service.ts';
import { renderDocx } from './document/docx-render.ts';
import { renderHtml } from './document/html-render.ts';
import { padCount } from '../../../shared/vi/numbers.ts';
import {
  deleteSectionText, findInbox, findSectionTexts, findVersion, findVersions, nextVersion,
  upsertSectionText, type VersionSummary, findReportStatuses,
} from './reports.repo.ts';
import type { AnnualReportStatus, TypedNumberWarning } from '../../../shared/contracts/reports.contract.ts';
import { describeAt, gapsOf, typedNumbersOf } from './draft-checks.ts';
import { sectionProviders } from './section-providers.ts';
import { findTypedNumbers } from './engine/typed-numbers.ts';

export async function getAnnualDraft(db: Db, caller: Caller, orgId: number, year: number) {
  await assertCan(db, caller, orgId, 'reports.read', today());
  const report = await composeAnnualReport(db, orgId, year, today());
  const { document: _document, settings: _settings, ...view } = report;
  return {
    ...view, settings: await draftSettingsView(db, report), versions: await versionsOf(db, orgId, year),
    typedNumbers: typedNumbersOf(report), gaps: gapsOf(report),
  };
}

export async function annualDraftPreview(db: Db, caller: Caller, orgId: number, year: number): Promise<string> {
  await assertCan(db, caller, orgId, 'reports.read', today());
  return renderHtml((await composeAnnualReport(db, orgId, year, today())).document);
}

export async function annualDraftDocx(db: Db, caller: Caller, orgId: number, year: number): Promise<Buffer> {
  await assertCan(db, caller, orgId, 'reports.read', today());
  return renderDocx(printable(await composeAnnualReport(db, orgId, year, today())).document);
}

export async function saveSection(db: Db, caller: Caller, orgId: number, year: number, key: string, paragraphs: string[]) {
  await assertCan(db, caller, orgId, 'reports.write', today());
  await assertWritable(db, orgId);
  const report = await composeAnnualReport(db, orgId, year, today());
  const section = report.sections.find((s) => s.key === key);
  if (!section) {
    throw notFound('Mẫu báo cáo không có mục này');
  }
  await db.transaction().execute(async (tx) => {
    await upsertSectionText(tx, orgId, year, 'annual', key, paragraphs, caller.userId);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'update', entity: 'report_section', entityId: `${year}/${key}`, before: section.paragraphs, after: paragraphs });
  });
  return getAnnualDraft(db, caller, orgId, year);
}

export async function resetSection(db: Db, caller: Caller, orgId: number, year: number, key: string) {
  await assertCan(db, caller, orgId, 'reports.write', today());
  await assertWritable(db, orgId);
  await db.transaction().execute(async (tx) => {
    await deleteSectionText(tx, orgId, year, 'annual', key);
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'report_section', entityId: `${year}/${key}` });
  });
  return getAnnualDraft(db, caller, orgId, year);
}

/**
 * Copies last year's edited text; its placeholders then compute this year's figures. A number typed by hand is
 * copied as it was, so the answer lists every one of them (`carriedOver`) for review, and the audit log keeps them.
 * Sections a module writes anew each year (part B, from the new plan) are not copied: they are listed as `renewed`.
 */
export async function startFromLastYear(db: Db, caller: Caller, orgId: number, year: number) {
  await assertCan(db, caller, orgId, 'reports.write', today());
  await assertWritable(db, orgId);
  const kept = await findSectionTexts(db, orgId, year - 1, 'annual');
  if (kept.size === 0) {
    throw invalid(`Năm ${year - 1} chưa có nội dung báo cáo để sao chép`);
  }
  const renewedTopics = new Set(sectionProviders.flatMap((p) => p.renewed ?? []));
  const template = await templateOf(db, await requireOrgAt(db, orgId, defaultReportDate(year, today())));
  const renewable = new Set(template.sections.filter((s) => s.topics?.some((t) => renewedTopics.has(t))).map((s) => s.key));
  const renewed = [...kept.keys()].filter((key) => renewable.has(key));
  const last = new Map([...kept].filter(([key]) => !renewable.has(key)));
  const typed = [...last].flatMap(([key, paragraphs]) => paragraphs.flatMap((p) => findTypedNumbers(p, { year }).map((n) => `${key} “${n.text}”`)));
  await db.transaction().execute(async (tx) => {
    for (const [key, paragraphs] of last) {
      await upsertSectionText(tx, orgId, year, 'annual', key, paragraphs, caller.userId);
    }
    await writeAudit(tx, {
      orgId, userId: caller.userId, action: 'create', entity: 'report_section', entityId: year,
      after: { copiedFrom: year - 1, sections: [...last.keys()], renewed, typedNumbers: typed },
    });
  });
  const draft = await getAnnualDraft(db, caller, orgId, year);
  return { ...draft, carriedOver: draft.typedNumbers.filter((w) => last.has(w.section)), renewed };
}

/**
 * Freezes text and figures into a numbered version; changing it afterwards needs a new version. Refused while the
 * text has a gap, or a typed number the chairperson has not confirmed (`acknowledged`: the warnings' ids).
 */
export async function finaliseAnnual(db: Db, caller: Caller, orgId: number, year: number, acknowledged: readonly string[] = []) {
  await assertCan(db, caller, orgId, 'reports.finalise', today());
  await assertWritable(db, orgId);
  const report = printable(await composeAnnualReport(db, orgId, year, today()));
  assertComplete(report, new Set(acknowledged));
  const id = await db.transaction().execute(async (tx) => {
    const number = await claimReportNumber(tx, orgId, year, report.settings.number);
    const numberText = `${padCount(number)}/${report.document.numberSuffix}`;
    const document = { ...report.document, number: numberText };
    const row = await tx.insertInto('report_versions').values({
      org_id: orgId, year, doc_type: 'annual', version: await nextVersion(tx, orgId, year, 'annual'),
      number, number_text: numberText, issued_on: report.date, template: report.template.id,
      snapshot: JSON.stringify({ document, figures: report.figures }), docx: await renderDocx(document),
      finalised_by: caller.userId,
    }).returning(['id', 'version']).executeTakeFirstOrThrow();
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'finalise', entity: 'report', entityId: row.id, after: { year, version: row.version, number: numberText } });
    return row.id;
  });
  return (await versionsOf(db, orgId, year)).find((v) => v.id === id)!;
}

/** Sends a finalised version to the union's upper body of the day of submission. */
export async function submitVersion(db: Db, caller: Caller, orgId: number, versionId: number) {
  await assertCan(db, caller, orgId, 'reports.finalise', today());
  const version = await findVersion(db, orgId, versionId);
  if (!version) {
    throw notFound('Không tìm thấy báo cáo');
  }
  if (version.returned_at) {
    throw new AppError('CONFLICT', 'Báo cáo này đã bị cấp trên trả lại: hãy sửa, chốt phiên bản mới rồi gửi lại');
  }
  if (version.submitted_at) {
    throw new AppError('CONFLICT', 'Báo cáo này đã được gửi');
  }
  const org = await requireOrgAt(db, orgId, today());
  if (!org.parentId) {
    throw invalid('Tổ chức không có cấp trên để gửi báo cáo');
  }
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('report_versions')
      .set({ submitted_at: new Date(), submitted_by: caller.userId, submitted_to: org.parentId })
      .where('id', '=', versionId).execute();
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'submit', entity: 'report', entityId: versionId, after: { to: org.parentId } });
  });
  return (await versionsOf(db, orgId, version.year)).find((v) => v.id === versionId)!;
}

/** A version's file: its union's readers, or the officers of the body it was sent to. */
export async function versionDocx(db: Db, caller: Caller, orgId: number, versionId: number) {
  const version = await findVersion(db, orgId, versionId);
  try {
    await assertCan(db, caller, orgId, 'reports.read', today());
  } catch (err) {
    if (!version?.submitted_to) {
      throw err;
    }
    await assertCan(db, caller, version.submitted_to, 'reports.inbox', today());
  }
  if (!version) {
    throw notFound('Không tìm thấy báo cáo');
  }
  return { docx: version.docx, year: version.year, version: version.version, snapshot: version.snapshot as { document: unknown; figures: Record<string, unknown> } };
}

export async function inbox(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'reports.inbox', today());
  return (await findInbox(db, orgId)).map((r) => ({ ...toVersionView(r), orgName: r.org_name }));
}

/** For other modules (an upper level's list of unions): each organisation's annual report status for the year, without an access check. */
export async function annualReportStatusesOf(db: Db, orgIds: readonly number[], year: number): Promise<Map<number, AnnualReportStatus>> {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  const rows = await findReportStatuses(db, orgIds, year, 'annual');
  // A returned version counts as not submitted: the union must finalise and submit a new one.
  return new Map(rows.map((r) => [r.org_id, {
    state: r.returned_at ? 'returned' : r.submitted_at ? 'submitted' : r.version !== null ? 'finalised' : r.draft_updated_at ? 'draft' : 'not_started',
    draftUpdatedAt: iso(r.draft_updated_at), version: r.version, number: r.number_text, issuedOn: r.issued_on,
    finalisedAt: iso(r.finalised_at), submittedAt: iso(r.submitted_at), returned: returnOf(r),
  }]));
}

function printable(report: ComposedReport): ComposedReport {
  if (report.errors.length > 0) {
    throw new AppError('VALIDATION', `Báo cáo còn ${report.errors.length} lỗi: ${report.errors.slice(0, 3).join('; ')}`, { errors: report.errors });
  }
  return report;
}

/** No gap may be finalised; every typed number must be confirmed by the chairperson. */
function assertComplete(report: ComposedReport, acknowledged: ReadonlySet<string>) {
  const gaps = gapsOf(report);
  if (gaps.length > 0) {
    throw invalid(`Báo cáo còn ${gaps.length} chỗ chưa điền, hãy viết cho đủ trước khi chốt: ${list(gaps)}`, { gaps });
  }
  const unconfirmed: TypedNumberWarning[] = typedNumbersOf(report).filter((w) => !acknowledged.has(w.id));
  if (unconfirmed.length > 0) {
    throw invalid(
      `Báo cáo còn ${unconfirmed.length} số gõ tay chưa được xác nhận; hãy thay bằng số liệu hoặc xác nhận từng số: ${list(unconfirmed)}`,
      { typedNumbers: unconfirmed },
    );
  }
}

function list(items: readonly { section: string; text: string }[]): string {
  const shown = items.slice(0, 10).map(describeAt).join('; ');
  return items.length > 10 ? `${shown}; …` : shown;
}

/** The return for correction of a version row, if it was returned. */
export function returnOf(r: { returned_at: Date | null; return_comment: string | null; returned_by_name: string | null }) {
  return r.returned_at ? { comment: r.return_comment ?? '', at: new Date(r.returned_at).toISOString(), byName: r.returned_by_name } : null;
}

export function toVersionView(r: VersionSummary) {
  return {
    id: r.id, orgId: r.org_id, year: r.year, version: r.version, number: r.number_text, issuedOn: r.issued_on,
    finalisedAt: new Date(r.finalised_at).toISOString(),
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    submittedTo: r.submitted_to_name,
    returned: returnOf(r),
  };
}

async function versionsOf(db: Db, orgId: number, year: number) {
  return (await findVersions(db, orgId, year, 'annual')).map(toVersionView);
}
