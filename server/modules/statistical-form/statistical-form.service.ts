// Mẫu 1-HĐCĐ of a grassroots union on a reporting date (31/5 or 30/11): the rows of mau-1-hdcd.rows.ts filled from
// the union's records, each with its trace; as JSON for the page and as the .xlsx the upper level receives.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { today } from '../../core/clock.ts';
import { invalid } from '../../core/errors.ts';
import type { StatisticalFormView } from '../../../shared/contracts/statistical-form.contract.ts';
import { requireOrgAt } from '../orgs/orgs.service.ts';
import { fillRows, keysOf } from './fill-rows.ts';
import { mau1HdcdRows } from './mau-1-hdcd.rows.ts';
import { loadFigures } from './statistical-form.sources.ts';
import { writeStatisticalFormXlsx } from './statistical-form.xlsx.ts';

/**
 * The counts of the form (admissions, disputes, dialogues, accidents) cover the union's reporting year so far: from
 * 01/12 of the previous year to the reporting date — six months on 31/5, twelve on 30/11.
 */
export const periodStartOf = (date: string) => `${Number(date.slice(0, 4)) - 1}-12-01`;

export async function getStatisticalForm(db: Db, caller: Caller, orgId: number, date: string): Promise<StatisticalFormView> {
  await assertCan(db, caller, orgId, 'workforce.read', today());
  const org = await requireOrgAt(db, orgId, date);
  if (org.isUpperLevel || org.kind === 'union_group') {
    throw invalid('Mẫu 1-HĐCĐ dành cho công đoàn cơ sở và nghiệp đoàn; công đoàn cấp trên tổng hợp theo Mẫu 2-HĐCĐ');
  }
  const from = periodStartOf(date);
  const figures = await loadFigures({ db, orgId, date, from }, keysOf(mau1HdcdRows));
  return {
    form: 'Mẫu 1-HĐCĐ',
    union: { id: org.id, code: org.code, name: org.name, parentName: org.parentName },
    date,
    periodFrom: from,
    rows: fillRows(mau1HdcdRows, figures),
  };
}

export async function exportStatisticalForm(db: Db, caller: Caller, orgId: number, date: string): Promise<{ xlsx: Buffer; fileName: string }> {
  const view = await getStatisticalForm(db, caller, orgId, date);
  return { xlsx: await writeStatisticalFormXlsx(view), fileName: `mau-1-hdcd-${view.union.code}-${date}.xlsx` };
}
