import { Divider, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of form fields laid out in a responsive grid. */
export function FormSection({ title, first, children }: { title: string; first?: boolean; children: ReactNode }) {
  return (
    <>
      <Divider
        mt={first ? 0 : 'lg'}
        mb="md"
        labelPosition="left"
        label={
          <Text fw={600} size="sm" c="dark">
            {title}
          </Text>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {children}
      </SimpleGrid>
    </>
  );
}
