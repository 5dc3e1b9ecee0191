// The plans module's API paths (kế hoạch, chỉ tiêu), typed by the shared contract.
import type { PlanView, ReadingInput, TargetInput, TargetStatus, TargetView } from '../../../shared/contracts/plans.contract.ts';
import { api } from '../../app/api.ts';
import { uploadAttachment } from '../attachments/attachments.api.ts';

export type { PlanView, TargetStatus, TargetView };
export {
  MEASURE_UNIT, formatPlanTarget, formatPlanValue, planMeasure, planTitle, planUnit, type PlanMeasure, type PlanTitle, type PlanUnit,
} from '../../../shared/contracts/plans.contract.ts';
export { MAX_ATTACHMENT_BYTES, attachmentTypes, downloadAttachment } from '../attachments/attachments.api.ts';

/** What the forms send: the contract's input before its defaults are applied. */
export type TargetBody = Partial<TargetInput> & Pick<TargetInput, 'statement' | 'targetMin'>;

export const planPath = (orgId: number, year: number) => `/api/orgs/${orgId}/plans/${year}/targets`;

export const createTarget = (orgId: number, year: number, body: TargetBody) => api.post<TargetView>(planPath(orgId, year), body);
export const updateTarget = (orgId: number, year: number, id: number, body: TargetBody) => api.put<TargetView>(`${planPath(orgId, year)}/${id}`, body);
export const deleteTarget = (orgId: number, year: number, id: number) => api.delete<{ ok: boolean }>(`${planPath(orgId, year)}/${id}`);
export const importTargets = (orgId: number, year: number, movementId: number) => api.post<PlanView>(`${planPath(orgId, year)}/import`, { movementId });
export const reorderTargets = (orgId: number, year: number, targetIds: number[]) => api.post<PlanView>(`${planPath(orgId, year)}/order`, { targetIds });
export const addReading = (orgId: number, year: number, id: number, body: ReadingInput) =>
  api.post<TargetView>(`${planPath(orgId, year)}/${id}/readings`, body);
export const deleteReading = (orgId: number, year: number, id: number, readingId: number) =>
  api.delete<TargetView>(`${planPath(orgId, year)}/${id}/readings/${readingId}`);

/** Uploads one evidence file of a target's reading. */
export const uploadEvidenceFile = (orgId: number, file: File) => uploadAttachment(orgId, 'evidence', file);

export const STATUS_COLOR: Record<TargetStatus, string> = { met: 'green', on_track: 'teal', at_risk: 'orange', not_met: 'red', pending: 'gray' };
