// Memory stays bounded (issue 12): the built package in a child process, so the numbers are one
// process's own RSS.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("memory stays bounded (the built package in a child process)", () => {
  const dist = join(__dirname, "..", "..", "..", "dist");
  // asynchronous, so the test worker keeps answering vitest while the child runs (a synchronous
  // child of a minute makes vitest's RPC time out on a loaded machine)
  const runChild = (script: string, args: string[] = []) =>
    new Promise<any>((resolve, reject) =>
      execFile(process.execPath, [...args, "-e", script], { env: { ...process.env, DEEPTS_WASM_THREADS: "1" }, maxBuffer: 1 << 20 }, (err, stdout) =>
        err ? reject(err) : resolve(JSON.parse(stdout.toString())),
      ),
    );

  it.skipIf(!existsSync(join(dist, "index.js")))("a million small ops (plain and WASM-resident sizes) grow RSS by less than 100 MB", async () => {
    // results of 5 to 4180 elements (both sides of MIN_RESIDENT = 128), adds, scalar products, exp,
    // sums and small matrix products, nothing kept: only collections free the WASM blocks
    const script = `const { np } = require(${JSON.stringify(dist)}); const w = require(${JSON.stringify(join(dist, "np/wasm"))});
      np.random.seed(0);
      const pairs = [[1, 5], [5, 10], [10, 20], [4, 400], [20, 209]].map(([r, c]) => [np.random.rand(r, c), np.random.rand(r, c)]);
      const W = np.random.rand(20, 20), x = np.random.rand(20, 209);
      const rss0 = process.memoryUsage().rss;
      let peak = rss0, check = 0;
      for (let i = 0; i < 1e6; i++) {
        const [a, b] = pairs[i % 5], k = (i / 5) % 4 | 0;
        const r = k === 0 ? np.add(a, b) : k === 1 ? np.multiply(a, 0.5) : k === 2 ? np.exp(a) : i % 20 === 3 ? np.dot(W, x) : np.sum(a, { axis: 0 });
        if (i % 4999 === 0) { peak = Math.max(peak, process.memoryUsage().rss); check += r.size; }
      }
      const s = w.wasmStatus();
      console.log(JSON.stringify({ grownMb: (peak - rss0) / 2 ** 20, heapMb: s.heapBytes / 2 ** 20, collections: s.forcedCollections, tier: s.tier, check }));`;
    const r = await runChild(script);
    expect(r.tier).not.toBe("none");
    expect(r.check).toBeGreaterThan(0);
    expect(r.grownMb).toBeLessThan(100);
  }, 600_000);

  it.skipIf(!existsSync(join(dist, "index.js")))("a long training loop of a small network leaves the process under 300 MB once idle", async () => {
    // the course's shallow network (4 hidden units, 400 planar points), 10000 iterations, then a
    // full collection: WASM memory never shrinks, so this holds only if it never grew far
    const script = `const { np, nn, data } = require(${JSON.stringify(dist)}); const w = require(${JSON.stringify(join(dist, "np/wasm"))});
      const { X, Y } = data.planar();
      const { parameters, costs } = nn.shallow.nnModel(X, Y, 4, { numIterations: 10000, seed: 3 });
      const acc = nn.accuracy(nn.shallow.predict(parameters, X), Y);
      global.gc();
      setTimeout(() => {
        global.gc();
        const s = w.wasmStatus();
        console.log(JSON.stringify({ rssMb: process.memoryUsage().rss / 2 ** 20, heapMb: s.heapBytes / 2 ** 20, collections: s.forcedCollections, acc, last: costs[costs.length - 1] }));
      }, 100);`;
    const r = await runChild(script, ["--expose-gc"]);
    expect(r.acc).toBeGreaterThan(0.85);
    expect(r.rssMb).toBeLessThan(300);
  }, 600_000);
});
