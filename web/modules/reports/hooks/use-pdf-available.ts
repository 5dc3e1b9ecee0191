// Whether the server can turn a .docx into a PDF (it needs LibreOffice); asked once per page.
import { useApiQuery } from '../../../app/use-api-query.ts';
import { pdfAvailablePath } from '../reports.api.ts';

/** null while unknown. */
export function usePdfAvailable(): boolean | null {
  const query = useApiQuery<{ available: boolean }>(pdfAvailablePath);
  return query.data ? query.data.available : query.error ? false : null;
}
