// Turns any thrown value into text for the user, and server validation details into per-field messages.
import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

const genericCodes: Record<string, string> = {
  NETWORK: 'errors.network',
  SERVER_UNAVAILABLE: 'errors.server',
  HTTP_ERROR: 'errors.unknown',
};

export function errorMessage(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    const key = genericCodes[err.code];
    return key ? t(key) : err.message;
  }
  return t('errors.unknown');
}

export type FieldErrors = Record<string, string>;

/** The whole dotted path of an issue ("beneficiaries.0.relation"). */
function pathOf(value: unknown): string | null {
  if (Array.isArray(value) && value.length > 0) {
    return value.map(String).join('.');
  }
  return typeof value === 'string' && value ? value : null;
}

/**
 * Reads field messages from an error's details, whichever shape the server uses:
 * zod issues ([{ path, message }]), { issues: [...] }, { fields: { name: message } } or { name: message }. A nested
 * issue is found under its top-level field and under its whole path ("beneficiaries.0.relation").
 */
export function fieldErrorsOf(err: unknown): FieldErrors {
  const details = err instanceof ApiError ? err.details : undefined;
  const result: FieldErrors = {};
  const fromIssues = (issues: unknown[]) => {
    for (const issue of issues) {
      const item = issue as { path?: unknown; field?: unknown; message?: unknown };
      const path = pathOf(item.path ?? item.field);
      if (path && typeof item.message === 'string') {
        // Under its top-level field, and under its whole path for a form showing an item's own field.
        for (const field of new Set([path.split('.')[0], path])) {
          result[field] ??= item.message;
        }
      }
    }
  };
  if (Array.isArray(details)) {
    fromIssues(details);
  } else if (details && typeof details === 'object') {
    const record = details as Record<string, unknown>;
    if (Array.isArray(record.issues)) {
      fromIssues(record.issues);
    } else {
      const fields = (record.fields && typeof record.fields === 'object' ? record.fields : record) as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) {
        if (typeof value === 'string') {
          result[key] = value;
        } else if (Array.isArray(value) && typeof value[0] === 'string') {
          result[key] = value[0];
        }
      }
    }
  }
  return result;
}
