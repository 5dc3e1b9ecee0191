// The Confederation's statistical forms on a reporting date (31/5 or 30/11): Mẫu 1-HĐCĐ of a grassroots union, the
// rows of mau-1-hdcd.rows.ts filled from its records, each with its trace; Mẫu 2-HĐCĐ of an upper level, the same
// rows summed over the unions below it (summary-form.ts). As JSON for the page and as the .xlsx sent upward.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { invalid } from '../../core/errors.ts';
import type { StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import type { OrgView } from '../../../shared/contracts/orgs.contract.ts';
import { assertFederationRead } from '../federation/federation.service.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { fillRows, keysOf } from './fill-rows.ts';
import { mau1HdcdRows } from './mau-1-hdcd.rows.ts';
import { loadFigures } from './statistical-form.sources.ts';
import { writeStatisticalFormXlsx } from './statistical-form.xlsx.ts';
import { composeSummaryForm, type SummaryForm } from './summary-form.ts';

/**
 * The counts of the form (admissions, disputes, dialogues, accidents) cover the union's reporting year so far: from
 * 01/12 of the previous year to the reporting date — six months on 31/5, twelve on 30/11.
 */
export const periodStartOf = (date: string) => `${Number(date.slice(0, 4)) - 1}-12-01`;

/** Mẫu 1-HĐCĐ of a grassroots union, for other modules and the tests: no access check. */
export async function unionForm(db: Db, org: OrgView, date: string): Promise<StatisticalFormView> {
  const from = periodStartOf(date);
  const figures = await loadFigures({ db, orgId: org.id, date, from }, keysOf(mau1HdcdRows));
  return {
    form: 'Mẫu 1-HĐCĐ',
    union: { id: org.id, code: org.code, name: org.name, parentName: org.parentName },
    date,
    periodFrom: from,
    rows: fillRows(mau1HdcdRows, figures),
    unions: null,
  };
}

/**
 * The organisation on the date, checked: the caller may read it, and it makes one of the two forms. Mẫu 1 is read as
 * the union's workforce figures are; Mẫu 2, a roll-up of the unions below, by the upper level's officers only.
 */
async function formOrg(db: Db, caller: Caller, orgId: number, date: string): Promise<OrgView> {
  await assertCan(db, caller, orgId, 'workforce.read', today());
  const org = await requireOrgAt(db, orgId, date);
  if (org.kind === 'union_group') {
    throw invalid('Tổ công đoàn không lập báo cáo thống kê: Mẫu 1-HĐCĐ do công đoàn cơ sở lập');
  }
  if (org.isUpperLevel) {
    await assertFederationRead(db, caller, orgId);
  }
  return org;
}

async function formOf(db: Db, org: OrgView, date: string): Promise<SummaryForm | { view: StatisticalFormView; perUnion: null }> {
  return org.isUpperLevel
    ? composeSummaryForm(db, org, date, periodStartOf(date))
    : { view: await unionForm(db, org, date), perUnion: null };
}

/** Mẫu 1-HĐCĐ of a grassroots union or nghiệp đoàn, Mẫu 2-HĐCĐ of an upper level. */
export async function getStatisticalForm(db: Db, caller: Caller, orgId: number, date: string): Promise<StatisticalFormView> {
  const org = await formOrg(db, caller, orgId, date);
  return (await formOf(db, org, date)).view;
}

export async function exportStatisticalForm(db: Db, caller: Caller, orgId: number, date: string): Promise<{ xlsx: Buffer; fileName: string }> {
  const org = await formOrg(db, caller, orgId, date);
  const { view, perUnion } = await formOf(db, org, date);
  const prefix = view.form === 'Mẫu 2-HĐCĐ' ? 'mau-2-hdcd' : 'mau-1-hdcd';
  return { xlsx: await writeStatisticalFormXlsx(view, perUnion), fileName: `${prefix}-${view.union.code}-${date}.xlsx` };
}
