// Strength meter under a new-password field, with the first broken rule as its text.
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, passwordIssue, strengthOf } from '../password-rules.ts';

const colors = ['red', 'red', 'orange', 'teal', 'green'] as const;

export function PasswordStrength({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  if (!password) {
    return null;
  }
  const issue = passwordIssue(password, username);
  const score = strengthOf(password, username);
  return (
    <Stack gap={4} data-testid="password-strength" data-score={score}>
      <Progress value={score === 0 ? 8 : score * 25} color={colors[score]} size="sm" aria-hidden />
      <Text size="xs" c={issue ? 'red' : 'dimmed'}>
        {issue ? t(`passwordRules.${issue}`, { min: PASSWORD_MIN_LENGTH }) : t(`passwordRules.strength${score}`)}
      </Text>
    </Stack>
  );
}
