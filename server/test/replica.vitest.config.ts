import { defineConfig } from 'vitest/config';

// Only the replica test, against the primary and standby that scripts/replica-test.sh starts (no PGlite template).
export default defineConfig({
  test: {
    name: 'replica',
    include: ['server/test/replica.int.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
