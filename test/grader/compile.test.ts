// A notebook graded runs as it runs in the kernel: the grader's compiler applies the kernel's source
// rewrites (kernel/rewrite.js), so earlier cells' names work in shorthand properties, destructuring
// and `export` forms in the sandbox too.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript modules
import { runSandbox } from "../../grader/run.mjs";

const require = createRequire(import.meta.url);
const { NotebookCompiler } = require("../../grader/compile.cjs");

describe("the grader's compiler", () => {
  it("runs earlier cells' names in shorthand, destructuring and export forms, as the kernel does", async () => {
    const sources = [
      "const q = 5;\nconst a = 2;\nconst o = { a: 7 };",
      "const s = ({ q });\nif (s.q !== 5) throw new Error(`shorthand: ${s.q}`);",
      "const { a: x } = o;\nif (x !== 7) throw new Error(`destructuring: ${x}`);",
      "export const z = q + a;",
      "if (z !== 7) throw new Error(`export: ${z}`);",
    ];
    const compiler = new NotebookCompiler();
    let compiled;
    try {
      compiled = compiler.compile(sources);
    } finally {
      compiler.close();
    }
    expect(compiled.filter((c: any) => !c.ok)).toEqual([]);
    const cells = compiled.map((c: any, i: number) => ({ i, kind: "student", js: c.js, async: c.async, name: `cell-${i}`, segment: "s" }));
    const run = await runSandbox(cells, { timeout: 60, memoryMB: 2048, outputMB: 10 });
    expect(run.ended).toBe("done");
    const ends = run.records.filter((r: any) => r.t === "end");
    expect(ends.map((r: any) => [r.i, r.ok, r.error?.message ?? ""])).toEqual(sources.map((_, i) => [i, true, ""]));
  }, 120_000);

  it("gives np in the sandbox the threads it is told (deepts grade: the sandbox's share of the cores)", async () => {
    const compiler = new NotebookCompiler();
    let compiled;
    try {
      compiled = compiler.compile([`const t = np.showConfig({ mode: "dicts" }).kernels.threads;\nif (t !== 1) throw new Error(\`\${t} threads\`);`]);
    } finally {
      compiler.close();
    }
    const cells = compiled.map((c: any, i: number) => ({ i, kind: "student", js: c.js, async: c.async, name: `cell-${i}`, segment: "s" }));
    const run = await runSandbox(cells, { timeout: 60, memoryMB: 2048, outputMB: 10, threads: 1 });
    expect(run.ended).toBe("done");
    expect(run.records.filter((r: any) => r.t === "end").map((r: any) => [r.ok, r.error?.message ?? ""])).toEqual([[true, ""]]);
  }, 120_000);
});
