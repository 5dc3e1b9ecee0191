// How a person first gets in: a one-time code (default, for members without email) or a temporary password.
import { NumberInput, PasswordInput, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CredentialInput } from '../../../../shared/contracts/users.contract.ts';
import { PASSWORD_MIN_LENGTH } from '../password-rules.ts';
import { PasswordStrength } from './PasswordStrength.tsx';

export interface CredentialValue { kind: 'code' | 'password'; password: string; validDays: number }
export const initialCredential: CredentialValue = { kind: 'code', password: '', validDays: 7 };

export function toCredentialInput(value: CredentialValue): CredentialInput {
  return value.kind === 'code' ? { kind: 'code', validDays: value.validDays } : { kind: 'password', password: value.password };
}

interface Props {
  value: CredentialValue;
  onChange: (value: CredentialValue) => void;
  username: string;
  error?: string;
}

export function CredentialFields({ value, onChange, username, error }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <SegmentedControl
        fullWidth
        data-testid="credential-kind"
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as CredentialValue['kind'] })}
        data={[
          { value: 'code', label: t('accounts.credential.code') },
          { value: 'password', label: t('accounts.credential.password') },
        ]}
      />
      {value.kind === 'code' ? (
        <NumberInput
          label={t('accounts.credential.validDays')}
          description={t('accounts.credential.codeHint')}
          min={1}
          max={60}
          value={value.validDays}
          onChange={(v) => onChange({ ...value, validDays: typeof v === 'number' ? v : 7 })}
          data-testid="credential-days"
        />
      ) : (
        <>
          <PasswordInput
            label={t('accounts.credential.temporary')}
            description={t('accounts.credential.temporaryHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            value={value.password}
            onChange={(e) => onChange({ ...value, password: e.currentTarget.value })}
            error={error}
            required
            data-testid="credential-password"
          />
          <PasswordStrength password={value.password} username={username} />
        </>
      )}
    </Stack>
  );
}
