// Members admitted month by month: one short bar per month, so it reads on a phone as well as on a desk.
import { Box, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';

interface Props { months: number[] }

export function AdmissionsByMonth({ months }: Props) {
  const { t } = useTranslation();
  const most = Math.max(1, ...months);
  return (
    <Paper withBorder radius="md" p="md" data-testid="recruitment-months">
      <Title order={4} mb="xs">{t('recruitment.months.section')}</Title>
      {months.map((n, i) => (
        <Group key={i} gap="xs" wrap="nowrap" mb={4}>
          <Text size="sm" w={64} style={{ flexShrink: 0 }}>{t('recruitment.months.month', { month: i + 1 })}</Text>
          <Box style={{ flex: 1 }} h={14} bg="gray.1" aria-hidden>
            <Box h={14} w={`${(n / most) * 100}%`} bg="blue.6" style={{ borderRadius: 3 }} />
          </Box>
          <Text size="sm" w={28} ta="right" fw={n > 0 ? 600 : 400}>{formatNumber(n)}</Text>
        </Group>
      ))}
    </Paper>
  );
}
