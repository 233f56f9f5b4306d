#!/usr/bin/env node
// @ts-check
// Warms the kernel once at install time (npm install runs it): compiles the prelude so that V8's
// code cache of the TypeScript compiler is written, which makes every later kernel start faster.
"use strict";
const os = require("os");
const t0 = Date.now();
process.chdir(os.tmpdir());
const { CellExecutor } = require("./executor");
const library = require("./library");
const v8cache = require("./v8cache");

async function main() {
  const executor = new CellExecutor({ thread: false }); // this thread's code cache is the one saved
  const { code, problems } = library.preludeCode();
  for (const p of problems) console.log(`[kernel warm-up] ${p}`);
  if (code) {
    const out = await executor.run(code, { name: "deepts-prelude", label: "prelude" });
    if (!out.ok) console.log(`[kernel warm-up] prelude failed: ${out.evalue}`);
    await executor.run("np.ones(2)", { name: "warm", label: "warm" });
  }
  v8cache.save();
  console.log(`[kernel warm-up] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(0);
}

main().catch((e) => {
  // Warming is an optimisation: never fail the install for it.
  console.log(`[kernel warm-up] skipped: ${e && e.message}`);
  process.exit(0);
});
