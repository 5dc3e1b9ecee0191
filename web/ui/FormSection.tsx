import { Divider, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of form fields laid out in a responsive grid. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Divider
        my="md"
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
