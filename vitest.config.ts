import { defineConfig } from "vitest/config";

// Shared 2-core machines: generous timeouts; tests never assert on speed.
const shared = { testTimeout: 120_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: "deepts", include: ["test/**/*.test.ts"] } },
      {
        // np's pure-TypeScript fallbacks on their own: the numpy fixtures and the lecture values
        // again with the WebAssembly kernels and storage switched off
        test: {
          ...shared,
          name: "no-wasm",
          // test/np/ holds the numpy fixtures, printing (test/np/printing) and random (test/np/random);
          // test/nn/ the nn suites and the lectures; test/np/wasm tests the kernels themselves
          include: ["test/np/**/*.test.ts", "test/nn/**/*.test.ts"],
          exclude: ["test/np/wasm/**"],
          env: { DEEPTS_NO_WASM: "1" },
        },
      },
    ],
  },
});
