// The built package in a child process: interrupted products, and DEEPTS_NO_WASM=1.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstMismatch } from "./helpers";

describe("interrupted cells (the built package in a child process)", () => {
  const dist = join(__dirname, "..", "..", "..", "dist");
  it.skipIf(!existsSync(join(dist, "index.js")))("a product cut short mid-job leaves the helpers' next jobs right", () => {
    // vm's timeout stops the thread mid-product exactly as the kernel's interrupt (breakOnSigint)
    // does: no finally block runs, and the helper thread is still on its chunk of the old job
    const script = `const vm = require("node:vm"); const { np } = require(${JSON.stringify(dist)});
      const A = np.random.rand(600, 600), B = np.random.rand(600, 600), ref = np.matmul(A, B);
      let bad = 0, cut = 0;
      for (let t = 0; t < 30; t++) {
        try { vm.runInNewContext("for (;;) np.matmul(A, B)", { np, A, B }, { timeout: 20 + (t % 7) }); } catch (e) { if (/timed out/.test(e.message)) cut++; else throw e; }
        const d = np.max(np.abs(np.subtract(np.matmul(A, B), ref)));
        if (!(d < 1e-9)) bad++;
      }
      console.log(JSON.stringify({ bad, cut }));`;
    const r = JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { ...process.env, DEEPTS_WASM_THREADS: "2" } }).toString());
    expect(r.cut).toBe(30);
    expect(r.bad).toBe(0);
  });
});

describe("DEEPTS_NO_WASM=1 (the built package in a child process)", () => {
  const dist = join(__dirname, "..", "..", "..", "dist");
  it.skipIf(!existsSync(join(dist, "index.js")))("turns the kernels and WASM storage off; results are unchanged", () => {
    const script = `const { np } = require(${JSON.stringify(dist)}); const w = require(${JSON.stringify(join(dist, "np/wasm"))});
      const x = np.array(np.linspace(-3, 3, 1000)).reshape(20, 50);
      const y = np.sum(np.exp(np.matmul(x, x.T)), { axis: 1 });
      console.log(JSON.stringify({ tier: w.wasmStatus().tier, blocks: w.wasmStatus().liveBlocks, y: Array.from(y.data) }));`;
    const run = (env: Record<string, string>) => JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { ...process.env, ...env } }).toString());
    const off = run({ DEEPTS_NO_WASM: "1" }), on = run({ DEEPTS_NO_WASM: "" });
    expect(off.tier).toBe("none");
    expect(off.blocks).toBe(0);
    expect(on.tier).not.toBe("none");
    expect(on.blocks).toBeGreaterThan(0);
    expect(firstMismatch(on.y, off.y, (g, w) => Math.abs(g - w) <= 1e-12 * Math.abs(w))).toBeNull();
  });
});
