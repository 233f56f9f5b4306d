// The kernel's compiler thread (kernel/compiler_thread.js): cells sent while it is still preparing
// (loading TypeScript, compiling the prelude and its warm-up cell) are answered, and answered
// exactly as the grader's in-process compiler answers them (kernel/node_types.js's converter), type
// errors included; the prelude it prepares is the one the kernel runs; the warm-up cell compiles.
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { CompilerThread, threadPays } = require("../../kernel/compiler_thread.js");
const { Compiler, WARM_CELL } = require("../../kernel/compiler.js");
const library = require("../../kernel/library.js");
const nodeTypes = require("../../kernel/node_types.js");

const prelude = library.preludeCode().code;
const strip = (r: any) => ({ output: r.output, declOutput: r.declOutput, diagnostics: r.diagnostics.map((d: any) => [d.code, d.start, String(d.messageText)]) });

describe("the compiler thread", () => {
  // Started before anything else, as launch.js does: the requests below reach it mid-preparation.
  const thread = new CompilerThread();
  const local = nodeTypes.createConverter();
  afterAll(() => {
    thread.close();
    local.close();
  });

  it("prepares the prelude the kernel runs, from the declarations alone", () => {
    expect(prelude).toMatch(/^import \{ np, /);
    expect(library.declaredPreludeCode()).toBe(prelude);
  });

  it("answers the first cells sent before it is ready, as the grader's compiler does", async () => {
    const first = thread.convert("", prelude);
    const p = await first;
    expect(p.diagnostics).toEqual([]);
    const cell = "const w = np.zeros([2, 3]);\nw.sum({ axis: 0 })";
    const [inThread, inGrader] = [await thread.convert(p.declOutput, cell), local.convert(local.convert("", prelude).declOutput, cell)];
    expect(inThread.output).toContain("np.zeros");
    expect(strip(inThread)).toEqual(strip(inGrader));
    expect(inThread.lastExpressionVar).toBe(inGrader.lastExpressionVar);
  });

  it("completes synchronously (tslab's call) with the library's names", async () => {
    const p = await thread.convert("", prelude);
    const got = thread.callSync("complete", "node", p.declOutput, "np.zer", 6);
    expect(got.candidates).toContain("zeros");
  });

  it("reports a type error of a very first cell without output", async () => {
    const p = await thread.convert("", prelude);
    const bad = 'const n: number = np.zeros(3);\nconst s: string = 1;';
    const r = await thread.convert(p.declOutput, bad);
    expect(r.output).toBeUndefined();
    expect(r.diagnostics.map((d: any) => d.code)).toEqual([2322, 2322]);
    expect(r.diagnostics[1].start.line).toBe(1);
  });

  it("warms up on a cell that compiles (a failing one would switch to the full Node types)", () => {
    const c = new Compiler();
    try {
      const decls = c.convert("", prelude).declOutput;
      expect(c.convert(decls, WARM_CELL).diagnostics).toEqual([]);
    } finally {
      c.close();
    }
  });

  it("is off unless DEEPTS_COMPILER_THREAD asks for it", () => {
    expect(threadPays("1")).toBe(true);
    expect(threadPays("0")).toBe(false);
    expect(threadPays(undefined)).toBe(false);
  });
});
