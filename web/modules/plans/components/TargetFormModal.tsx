// Thêm / sửa một chỉ tiêu: the statement, the measure with its parameters (a title and a member group, an activity
// kind, a grade), the target value or range, and for a target read by hand its unit and whether lower is better.
import { Alert, Button, Checkbox, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import {
  MEASURE_UNIT, createTarget, planMeasure, planTitle, planUnit, updateTarget, type PlanMeasure, type PlanTitle, type PlanUnit, type PlanView,
  type TargetView,
} from '../plans.api.ts';

interface Props { orgId: number; plan: PlanView; target: TargetView | null; onClose: () => void; onSaved: () => void }
const num = (v: number | string) => (typeof v === 'number' ? v : v === '' ? null : Number(v));

// The statement's own {{…}} words, passed as values so i18next prints them as they are typed.
const TOKENS = { value: '{{chiTieu}}', year: '{{nam}}' };

export function TargetFormModal({ orgId, plan, target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [statement, setStatement] = useState(target?.statement ?? '');
  const [measure, setMeasure] = useState<PlanMeasure>(target?.measure ?? 'manual');
  const [title, setTitle] = useState<PlanTitle | null>(target?.params.title ?? 'ldtt');
  const [category, setCategory] = useState<string | null>(target?.params.category ?? null);
  const [kind, setKind] = useState<string | null>(target?.params.kind ?? null);
  const [targetMin, setTargetMin] = useState<number | string>(target?.targetMin ?? '');
  const [targetMax, setTargetMax] = useState<number | string>(target?.targetMax ?? '');
  const [unit, setUnit] = useState<PlanUnit>(target?.unit ?? 'number');
  const [lowerIsBetter, setLowerIsBetter] = useState(target?.lowerIsBetter ?? false);
  const [movementId, setMovementId] = useState<string | null>(target?.movementId ? String(target.movementId) : null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const shownUnit = measure === 'manual' ? unit : MEASURE_UNIT[measure];
  const chooseMeasure = (m: PlanMeasure) => {
    setMeasure(m);
    // a grade is 1–4 (HTXSNV the highest): start from the highest
    if (m === 'classification' && ![1, 2, 3, 4].includes(Number(targetMin))) {
      setTargetMin(4);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const params = measure === 'title_share' || measure === 'title_count' ? { title: title ?? undefined, category: category ?? undefined }
      : measure === 'attendance_rate' ? { kind: kind ?? undefined }
        : measure === 'registration_share' ? { category: category ?? undefined } : {};
    const body = {
      statement: statement.trim(), movementId: movementId ? Number(movementId) : null, measure, params,
      targetMin: num(targetMin) ?? Number.NaN, targetMax: measure === 'classification' ? null : num(targetMax),
      unit: measure === 'manual' ? unit : undefined, lowerIsBetter: measure === 'manual' && lowerIsBetter,
    };
    const saved = await run(() => (target ? updateTarget(orgId, plan.year, target.id, body) : createTarget(orgId, plan.year, body)));
    if (saved) {
      notifications.show({ color: 'green', message: t('plans.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={target ? t('plans.edit') : t('plans.add')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="target-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <Textarea required autosize minRows={2} label={t('plans.field.statement')} value={statement}
            placeholder={t('plans.field.statementHint', TOKENS)} description={t('plans.field.statementHelp', TOKENS)}
            onChange={(e) => setStatement(e.currentTarget.value)} error={fieldErrors.statement} data-testid="target-statement" />
          <Select clearable label={t('plans.field.movement')} value={movementId} onChange={setMovementId}
            data={plan.movements.map((m) => ({ value: String(m.id), label: m.name }))} error={fieldErrors.movementId} />
          <Select required label={t('plans.field.measure')} value={measure} allowDeselect={false}
            data={planMeasure.options.map((m) => ({ value: m, label: t(`plans.measure.${m}`) }))}
            onChange={(v) => v && chooseMeasure(v as PlanMeasure)} error={fieldErrors.measure} data-testid="target-measure" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {(measure === 'title_share' || measure === 'title_count') && (
              <Select required label={t('plans.field.title')} value={title} allowDeselect={false}
                data={planTitle.options.map((x) => ({ value: x, label: t(`plans.titles.${x}`) }))}
                onChange={(v) => setTitle(v as PlanTitle | null)} error={fieldErrors['params.title']} data-testid="target-title" />
            )}
            {(measure === 'title_share' || measure === 'title_count' || measure === 'registration_share') && (
              <Select clearable label={t('plans.field.category')} placeholder={t('plans.field.allMembers')} value={category} onChange={setCategory}
                data={plan.categories.map((c) => ({ value: c.code, label: c.name }))} error={fieldErrors['params.category']} data-testid="target-category" />
            )}
            {measure === 'attendance_rate' && (
              <Select required label={t('plans.field.kind')} value={kind} onChange={setKind}
                data={plan.kinds.map((k) => ({ value: k.code, label: k.name }))} error={fieldErrors['params.kind']} data-testid="target-kind" />
            )}
            {measure === 'manual' && (
              <Select required label={t('plans.field.unit')} value={unit} allowDeselect={false}
                data={planUnit.options.filter((u) => u !== 'grade').map((u) => ({ value: u, label: t(`plans.unit.${u}`) }))}
                onChange={(v) => v && setUnit(v as PlanUnit)} data-testid="target-unit" />
            )}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {measure === 'classification' ? (
              <Select required label={t('plans.field.grade')} value={String(targetMin)} allowDeselect={false}
                data={[4, 3, 2, 1].map((g) => ({ value: String(g), label: t(`plans.grade.${g}`) }))}
                onChange={(v) => v && setTargetMin(Number(v))} error={fieldErrors.targetMin} data-testid="target-grade" />
            ) : (
              <>
                <NumberInput required label={t(shownUnit === 'percent' ? 'plans.field.targetPercent' : 'plans.field.targetMin')} value={targetMin}
                  onChange={setTargetMin} min={0} decimalScale={2} decimalSeparator="," error={fieldErrors.targetMin} data-testid="target-min" />
                <NumberInput label={t('plans.field.targetMax')} description={t('plans.field.targetMaxHint')} value={targetMax}
                  onChange={setTargetMax} min={0} decimalScale={2} decimalSeparator="," error={fieldErrors.targetMax} data-testid="target-max" />
              </>
            )}
          </SimpleGrid>
          {measure === 'manual' && (
            <Checkbox label={t('plans.field.lowerIsBetter')} checked={lowerIsBetter} onChange={(e) => setLowerIsBetter(e.currentTarget.checked)}
              data-testid="target-lower" />
          )}
          <Button type="submit" loading={saving} data-testid="target-save">{t('plans.form.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
