// The submit plumbing of a form that saves to the server: a saving flag, the form's error line and per-field messages.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf, type FieldErrors } from './errors.ts';

interface SubmitSetters {
  setSaving: (saving: boolean) => void;
  setFormError: (message: string | null) => void;
  setFieldErrors: (errors: FieldErrors) => void;
}

/**
 * Runs `action` with the saving flag on and the old messages cleared; when it fails, shows the server's field
 * messages and its text for the user, tells `onFailure` that text, and gives undefined instead of throwing.
 */
export async function runServerSubmit<T>(
  action: () => Promise<T>,
  { setSaving, setFormError, setFieldErrors }: SubmitSetters,
  t: TFunction,
  onFailure?: (message: string) => void,
): Promise<T | undefined> {
  setSaving(true);
  setFormError(null);
  setFieldErrors({});
  try {
    return await action();
  } catch (err) {
    const message = errorMessage(err, t);
    setFieldErrors(fieldErrorsOf(err));
    setFormError(message);
    onFailure?.(message);
    return undefined;
  } finally {
    setSaving(false);
  }
}

export function useServerSubmit() {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const run = <T>(action: () => Promise<T>, onFailure?: (message: string) => void) =>
    runServerSubmit(action, { setSaving, setFormError, setFieldErrors }, t, onFailure);
  return { fieldErrors, setFieldErrors, formError, setFormError, saving, run };
}
