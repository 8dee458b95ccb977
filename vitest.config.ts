import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@shared/…` resolves through tsconfig.json's `paths`, as in the client build.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['server/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'seeds/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 30000,
  },
});
