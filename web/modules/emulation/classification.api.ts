// Xếp loại CĐCS: the self-assessment form of a year and the thresholds an upper level sets.
import type {
  ClassificationForm, ClassificationScoresInput, ThresholdsInput, ThresholdsList,
} from '../../../shared/contracts/classification.contract.ts';
import type { GradeCode } from '../../../shared/contracts/emulation.contract.ts';
import { api, toQueryString } from '../../app/api.ts';

export type { ClassificationForm, ThresholdsList };

export const classificationFormPath = (orgId: number, year: number) => `/api/orgs/${orgId}/emulation/${year}/classification/form`;
export const thresholdsPath = (orgId: number, date: string) => `/api/orgs/${orgId}/classification-thresholds${toQueryString({ date })}`;

export function saveClassificationScores(orgId: number, year: number, input: ClassificationScoresInput) {
  return api.put<ClassificationForm>(`/api/orgs/${orgId}/emulation/${year}/classification/scores`, input);
}

/** The grade the upper body decided, with its decision (recorded in the union's file). */
export function recordDecidedGrade(orgId: number, year: number, grade: GradeCode, decisionId: number) {
  return api.post<{ id: number }>(`/api/orgs/${orgId}/emulation/${year}/classification/decide`, { grade, decisionId });
}

export function setThresholds(orgId: number, input: ThresholdsInput) {
  return api.post<{ id: number }>(`/api/orgs/${orgId}/classification-thresholds`, input);
}
