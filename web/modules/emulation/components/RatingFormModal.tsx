// A staff rating of the year (đánh giá, xếp loại): the grade, and the agency's or employer's decision when recorded.
import { Alert, Button, Modal, NativeSelect, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeCode, type DecisionView, type GradeCode } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { recordRating } from '../emulation.api.ts';
import type { MemberOption } from '../hooks/use-union-members.ts';

interface Props {
  orgId: number;
  year: number;
  members: MemberOption[];
  decisions: readonly DecisionView[];
  onClose: () => void;
  onSaved: () => void;
}

export function RatingFormModal({ orgId, year, members, decisions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [grade, setGrade] = useState<GradeCode>('httnv');
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!memberId) {
      setFieldErrors({ memberId: t('form.required') });
      return;
    }
    const done = await run(() => recordRating(orgId, { year, memberId: Number(memberId), grade, decisionId: decisionId ? Number(decisionId) : null }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulation.entry.rating', { year })}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="rating-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Select searchable required label={t('emulation.member')} data={members} value={memberId} onChange={setMemberId}
            error={fieldErrors.memberId} data-testid="rating-member" />
          <NativeSelect label={t('emulation.entry.grade')} value={grade} onChange={(e) => setGrade(e.currentTarget.value as GradeCode)}
            data={gradeCode.options.map((g) => ({ value: g, label: g.toUpperCase() }))} data-testid="rating-grade" />
          <Select clearable label={t('emulation.entry.decision')} placeholder={t('emulation.entry.noDecision')} value={decisionId}
            onChange={setDecisionId} data={decisions.map((d) => ({ value: String(d.id), label: `${d.number} — ${d.issuer}` }))}
            error={fieldErrors.decisionId} />
          <Button type="submit" loading={saving} data-testid="rating-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
