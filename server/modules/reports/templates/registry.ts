import { AppError } from '../../../core/errors.ts';
import { agencyTemplate } from './agency.template.ts';
import { enterpriseTemplate } from './enterprise.template.ts';
import { federationTemplate } from './federation.template.ts';
import type { ReportTemplate } from './template.ts';

// One line per template; org_kinds.report_template names which one a kind of union uses.
const templates: Record<string, ReportTemplate> = {
  [agencyTemplate.id]: agencyTemplate,
  [enterpriseTemplate.id]: enterpriseTemplate,
  [federationTemplate.id]: federationTemplate,
};

export function templateById(id: string | null): ReportTemplate {
  const t = id ? templates[id] : undefined;
  if (!t) {
    throw new AppError('VALIDATION', 'Loại hình tổ chức này chưa có mẫu báo cáo tổng kết');
  }
  return t;
}
