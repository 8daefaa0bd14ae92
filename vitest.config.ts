import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    server: {
      deps: {
        // The loader's bundles of user definition files run on Node's own loader, as they do in the CLI.
        external: [/vigil-load-/],
      },
    },
  },
});
