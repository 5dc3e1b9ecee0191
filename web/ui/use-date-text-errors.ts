// For forms with DateFields: remembers which boxes hold text that is not a date, so submitting stops on them.
import { useRef } from 'react';

export function useDateTextErrors() {
  const errors = useRef<Record<string, string>>({});
  /** The `onTextError` of the field named `field`. */
  const note = (field: string) => (message: string | null) => {
    if (message) {
      errors.current[field] = message;
    } else {
      delete errors.current[field];
    }
  };
  /** Leaves the focused box first (its text gets checked), then answers each field whose text is not a date. */
  const pending = (): Record<string, string> => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    return { ...errors.current };
  };
  return { note, pending };
}
