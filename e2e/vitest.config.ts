import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys (npm run test:e2e): each file starts the real app on its own in-memory PGlite
// with the demo loaded, and drives Debian's Chromium through playwright-core. One file at a time:
// each has a browser and a server of its own, and running them side by side only adds noise.
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    // A journey builds on the step before it (add a member, then find it): no retries hiding a failure.
    retry: 0,
  },
});
