import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    setupFiles: ['test/setup/isolated-home.ts', 'test/setup/words.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: end-to-end tests spawn real processes, so keep parallelism modest.
    maxWorkers: 2,
  },
});
