import { defineConfig } from 'vitest/config';

// Unit tests run once; integration tests (*.int.test.ts) run on embedded PGlite always,
// and again on a PostgreSQL server when TEST_DATABASE_URL is set.
const integration = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: engine,
    include: ['server/**/*.int.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    env: { TEST_ENGINE: engine },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'web/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      integration('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ],
  },
});
