// Every date input of the app: typed or picked, shown dd/mm/yyyy, valued as an ISO string.
// Typed text that is not a date (31/02/1990, only a year, a year out of range) stays in the box with an error on the
// field; it is never silently replaced by the previous value.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTextProblem, parseDateVi } from '../../shared/vi/dates.ts';

export interface DateFieldProps extends DateInputProps {
  /** Told the message when the typed text is not a date, and null once it is a date again or blank. */
  onTextError?: (message: string | null) => void;
}

export function DateField({ onTextError, error, onBlur, onChange, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const [textError, setTextError] = useState<string | null>(null);
  const report = (message: string | null) => {
    setTextError(message);
    onTextError?.(message);
  };

  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={(text) => parseDateVi(text)}
      placeholder="dd/mm/yyyy"
      fixOnBlur={false}
      {...props}
      error={error || textError || undefined}
      onChange={(value) => {
        if (textError) {
          report(null);
        }
        onChange?.(value);
      }}
      onBlur={(event) => {
        const text = event.currentTarget.value;
        const problem = dateTextProblem(text);
        report(problem ? t(`dateField.${problem}`, { text: text.trim() }) : null);
        // Erased text empties the value, even where the field cannot be cleared with its button.
        if (text.trim() === '' && props.value) {
          onChange?.(null);
        }
        onBlur?.(event);
      }}
    />
  );
}
