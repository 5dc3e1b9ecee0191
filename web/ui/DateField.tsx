// Every date input of the app: typed or picked, shown dd/mm/yyyy, valued as an ISO string.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDateVi } from '../../shared/vi/dates.ts';

export function DateField(props: DateInputProps) {
  return <DateInput valueFormat="DD/MM/YYYY" dateParser={(text) => parseDateVi(text)} placeholder="dd/mm/yyyy" {...props} />;
}
