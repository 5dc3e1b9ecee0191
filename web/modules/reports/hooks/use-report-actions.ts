// The report page's writes: each one calls the server, replaces the draft with its answer and says how it went.
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type {
  AnnualDraftView, ReportSettingsRequest, ReportVersionView, TypedNumberWarning,
} from '../../../../shared/contracts/reports.contract.ts';
import { errorMessage } from '../../../app/errors.ts';
import type { ApiQuery } from '../../../app/use-api-query.ts';
import { formatDate } from '../../../ui/format.ts';
import * as reportsApi from '../reports.api.ts';

export interface ReportActions {
  saveSection: (key: string, paragraphs: string[]) => Promise<boolean>;
  resetSection: (key: string) => Promise<boolean>;
  setDate: (issuedOn: string) => Promise<boolean>;
  saveSettings: (change: ReportSettingsRequest) => Promise<boolean>;
  startFromLastYear: () => Promise<boolean>;
  /** `acknowledged`: the typed-number warnings confirmed in the finalise dialog. */
  finalise: (acknowledged: string[]) => Promise<boolean>;
  submit: (version: ReportVersionView) => Promise<boolean>;
}

/**
 * `onCarriedOver` receives what "Bắt đầu từ năm trước" did not simply recompute, for the user to review: the typed
 * numbers it copied, and the titles of the sections it wrote anew from this year's records instead of copying.
 */
export interface CarriedOver {
  typed: TypedNumberWarning[];
  renewed: string[];
}

export function useReportActions(
  orgId: number, year: number, draft: ApiQuery<AnnualDraftView>, onCarriedOver?: (carried: CarriedOver) => void,
): ReportActions {
  const { t } = useTranslation();

  const fail = (err: unknown) => {
    notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(err, t), autoClose: 10_000 });
    return false;
  };

  /** Runs a call answering with the new draft; `message` builds the success note from it. */
  const apply = async (call: () => Promise<AnnualDraftView>, message: (view: AnnualDraftView) => { color: string; text: string }) => {
    try {
      const view = await call();
      draft.setData(view);
      const note = message(view);
      notifications.show({ color: note.color, message: note.text });
      return true;
    } catch (err) {
      return fail(err);
    }
  };

  return {
    saveSection: (key, paragraphs) =>
      apply(
        () => reportsApi.saveSection(orgId, year, key, paragraphs),
        (view) => {
          const errors = view.sections.find((s) => s.key === key)?.errors.length ?? 0;
          return errors > 0
            ? { color: 'yellow', text: t('reports.section.savedWithErrors', { count: errors }) }
            : { color: 'green', text: t('reports.section.saved') };
        },
      ),
    resetSection: (key) =>
      apply(() => reportsApi.resetSection(orgId, year, key), () => ({ color: 'green', text: t('reports.section.resetDone') })),
    setDate: (issuedOn) =>
      apply(
        () => reportsApi.saveSettings(orgId, year, { issuedOn }),
        (view) => ({ color: 'green', text: t('reports.dateSaved', { date: formatDate(view.date) }) }),
      ),
    saveSettings: (change) =>
      apply(() => reportsApi.saveSettings(orgId, year, change), () => ({ color: 'green', text: t('reportSettings.saved') })),
    startFromLastYear: () =>
      apply(
        async () => {
          const { carriedOver, renewed, ...view } = await reportsApi.startFromLastYear(orgId, year);
          if (carriedOver.length > 0 || renewed.length > 0) {
            onCarriedOver?.({ typed: carriedOver, renewed: renewed.map((key) => view.sections.find((s) => s.key === key)?.title ?? key) });
          }
          return view;
        },
        () => ({ color: 'green', text: t('reports.startFromLastYearDone', { year: year - 1 }) }),
      ),
    finalise: async (acknowledged) => {
      try {
        const version = await reportsApi.finaliseAnnual(orgId, year, acknowledged);
        notifications.show({ color: 'green', message: t('reports.finalised', { number: version.number, version: version.version }) });
        draft.reload();
        return true;
      } catch (err) {
        return fail(err);
      }
    },
    submit: async (version) => {
      try {
        const sent = await reportsApi.submitVersion(orgId, version.id);
        notifications.show({ color: 'green', message: t('reports.versions.submitDone', { to: sent.submittedTo ?? '' }) });
        draft.reload();
        return true;
      } catch (err) {
        return fail(err);
      }
    },
  };
}
