import { defineConfig } from "vitest/config";

// Shared 2-core machines: generous timeouts; tests never assert on speed.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
