// Ngày báo cáo: typed or picked as dd/mm/yyyy, saved as soon as it is a whole date; a refused date goes back to the saved one.
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField.tsx';

interface Props {
  saved: string;
  readOnly: boolean;
  onSave: (issuedOn: string) => Promise<boolean>;
}

export function ReportDateField({ saved, readOnly, onSave }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    // The draft changed underneath (saved, another year, start from last year): show its date.
    setLastSaved(saved);
    setValue(saved);
  }

  return (
    <DateField
      label={t('reports.date')}
      data-testid="report-date"
      value={value}
      readOnly={readOnly}
      onChange={(next) => {
        if (!next || next === value) {
          return;
        }
        setValue(next);
        void onSave(next).then((ok) => {
          if (!ok) {
            setValue(saved);
          }
        });
      }}
      leftSection={<IconCalendar size={16} />}
      w={170}
    />
  );
}
