import type { Db } from '../../../db/client.ts';
import { requireOrgAt } from '../../orgs/orgs.service.ts';
import type { OfficialDocument } from './model.ts';

/** The head of a list (DANH SÁCH) an organisation issues on `date`: its upper body and its own name, place, date. */
export async function listDocumentHead(db: Db, orgId: number, date: string) {
  const org = await requireOrgAt(db, orgId, date);
  const parent = org.parentId ? await requireOrgAt(db, org.parentId, date) : null;
  const head: Pick<OfficialDocument, 'upperBody' | 'issuer' | 'number' | 'numberSuffix' | 'place' | 'date' | 'docType'> = {
    upperBody: parent?.shortName ?? '',
    issuer: org.shortName,
    number: null,
    numberSuffix: 'DS-CĐCS',
    place: org.placeName ?? '',
    date,
    docType: 'DANH SÁCH',
  };
  return { org, head };
}
