export type { AuditEntry, AuditPage } from '../../../shared/contracts/audit.contract.ts';
