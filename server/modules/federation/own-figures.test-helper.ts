// Test helper: a union's figures computed the way its own modules compute them for that union alone (the report
// section providers, the dues grid, the emulation year), never through the roll-up's sources.
import type { Db } from '../../db/client.ts';
import { SYSTEM_CALLER } from '../../core/access.ts';
import type { UnionFigures } from '../../../shared/contracts/federation.contract.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { annualReportStatusesOf } from '../reports/reports.service.ts';
import type { SectionProvider } from '../reports/engine/section-provider.ts';
import { membersReportSection } from '../members/members.report.ts';
import { workforceReportSection } from '../workforce/workforce.report.ts';
import { financeReportSection } from '../finance/finance.report.ts';
import { welfareReportSection } from '../finance/welfare.report.ts';
import { agreementsReportSection } from '../agreements/agreements.report.ts';
import { dialogueReportSection } from '../dialogue/dialogue.report.ts';
import { emulationReportSection } from '../emulation/emulation.report.ts';
import { findYear } from '../emulation/emulation.repo.ts';
import { getDuesGrid } from '../finance/dues.service.ts';

export interface OwnFigures { members: number; women: number; figures: UnionFigures; report: string }

export async function ownFiguresOf(db: Db, orgId: number, date: string, year: number): Promise<OwnFigures> {
  const org = await requireOrgAt(db, orgId, date);
  const ctx = { db, org, year, date };
  const of = async (p: SectionProvider) => {
    const { figures } = await p.contribute(ctx);
    return (key: string) => figures[key]?.value;
  };
  const [members, workforce, finance, welfare, agreements, dialogue, emulation, y, grid, reports] = await Promise.all([
    of(membersReportSection), of(workforceReportSection), of(financeReportSection), of(welfareReportSection), of(agreementsReportSection),
    of(dialogueReportSection), of(emulationReportSection), findYear(db, orgId, year), getDuesGrid(db, SYSTEM_CALLER, orgId, year),
    annualReportStatusesOf(db, [orgId], year),
  ]);
  const num = (v: unknown) => Number(v);
  const employees = workforce('laoDong.tong');
  return {
    members: num(members('doanVien.tong')),
    women: num(members('doanVien.nu')),
    figures: {
      employees: typeof employees === 'number' ? employees : null,
      titlesRegistered: num(emulation('thiDua.dangKy.ldtt')) + num(emulation('thiDua.dangKy.cstdcs')) + y.collectiveRegistrations.length,
      titlesAchieved: num(emulation('thiDua.dat.ldtt')) + num(emulation('thiDua.dat.cstdcs'))
        + y.collectiveAwards.filter((a) => a.kind === 'title' && a.status === 'decided').length,
      classification: y.classification?.decidedGrade ?? null,
      duesExpected: grid.totals.due,
      duesCollected: grid.totals.paid,
      remitted: num(finance('taiChinh.doanPhi.daNopCapTren')),
      welfareSpent: num(welfare('chamLo.tong.soTien')),
      agreementInForce: agreements('thoaUoc.coHieuLuc') === 'có',
      dialoguesHeld: num(dialogue('doiThoai.dinhKy')) + num(dialogue('doiThoai.dotXuat')),
    },
    report: reports.get(orgId)?.state ?? 'not_started',
  };
}
