// Danh hiệu, giải thưởng tập thể: of the union or of its host agency/employer ("Tập thể Lao động tiên tiến", a prize
// "Chuyển đổi số" of rank "giải ba"); proposed, or recorded as decided by the chairperson with its decision.
import { Alert, Button, Modal, NativeSelect, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { holderCode, issuerLevel, type DecisionView, type IssuerLevel } from '../../../../shared/contracts/emulation.contract.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { createCollectiveAward, type HolderCode } from '../emulation.api.ts';
import { useDecisionChoice } from '../hooks/use-decision-choice.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { ProposalStatusControl, type ProposalStatus } from './ProposalStatusControl.tsx';

interface Props {
  orgId: number;
  year: number;
  decisions: readonly DecisionView[];
  mayDecide: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function CollectiveAwardFormModal({ orgId, year, decisions, mayDecide, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState<HolderCode>('union');
  const [kind, setKind] = useState<'title' | 'prize'>('title');
  const [name, setName] = useState('');
  const [prizeRank, setPrizeRank] = useState('');
  const [issuer, setIssuer] = useState('');
  const [level, setLevel] = useState<IssuerLevel>('district');
  const [status, setStatus] = useState<ProposalStatus>('proposed');
  const decision = useDecisionChoice();
  const { fieldErrors, setFieldErrors, formError, saving, run } = useServerSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      ...(!name.trim() ? { name: t('form.required') } : {}),
      ...(status === 'decided' ? decision.missing(t('form.required')) : {}),
    };
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    const done = await run(async () => createCollectiveAward(orgId, {
      year, holder, kind, name: name.trim(), prizeRank: kind === 'prize' ? prizeRank.trim() || null : null,
      issuer: issuer.trim(), issuerLevel: level, decisionId: status === 'decided' ? await decision.resolve(orgId) : null,
    }));
    if (done) {
      notifications.show({ color: 'green', message: t('emulation.entry.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('emulationForms.collectiveAward.title', { year })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="collective-award-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs" data-testid="collective-award-error">{formError}</Alert>}
          <NativeSelect label={t('emulationForms.holder')} value={holder} onChange={(e) => setHolder(e.currentTarget.value as HolderCode)}
            data={holderCode.options.map((h) => ({ value: h, label: t(`emulation.holders.${h}`) }))} data-testid="collective-award-holder" />
          <SegmentedControl value={kind} onChange={(v) => setKind(v as 'title' | 'prize')} data-testid="collective-award-kind"
            data={(['title', 'prize'] as const).map((k) => ({ value: k, label: t(`emulationForms.collectiveAward.kinds.${k}`) }))} />
          <TextInput required label={t(`emulationForms.collectiveAward.name.${kind}`)} value={name} onChange={(e) => setName(e.currentTarget.value)}
            placeholder={t(`emulationForms.collectiveAward.placeholder.${kind}`)} error={fieldErrors.name} data-testid="collective-award-name" />
          {kind === 'prize' && (
            <TextInput label={t('emulationForms.collectiveAward.prizeRank')} value={prizeRank} onChange={(e) => setPrizeRank(e.currentTarget.value)}
              placeholder={t('emulationForms.collectiveAward.prizeRankPlaceholder')} error={fieldErrors.prizeRank} data-testid="collective-award-rank" />
          )}
          <TextInput required label={t('emulationForms.recognisedBy')} value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)}
            error={fieldErrors.issuer} data-testid="collective-award-issuer" />
          <NativeSelect label={t('emulation.decision.level')} value={level} onChange={(e) => setLevel(e.currentTarget.value as IssuerLevel)}
            data={issuerLevel.options.map((l) => ({ value: l, label: t(`emulation.levels.${l}`) }))} data-testid="collective-award-level" />
          {mayDecide && <ProposalStatusControl value={status} onChange={setStatus} testId="collective-award-status" />}
          {status === 'decided' && (
            <DecisionFields choice={decision.choice} onChange={decision.change} decisions={decisions} fieldErrors={fieldErrors} />
          )}
          <Button type="submit" loading={saving} data-testid="collective-award-save">{t('emulation.entry.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
