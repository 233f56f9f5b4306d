// Every JSDoc `@example` in src/ runs, and the output it shows (`// → text`) is what it gives, so the
// kernel's inspector (Shift+Tab, `np.zeros?`) never shows a wrong example. The convention is
// described in test/helpers/doctest.ts; numpy's doctests are the model.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { np, nn, data, plot, display, progress, timeit, check, NDArray, mimeBundle } from "../src";
import { SRC, allExamples, extractExamples, matches, runExample, shownOutputs, type Example } from "./helpers/doctest";

const scope = { np, nn, data, plot, display, progress, timeit, check, NDArray };
const textPlain = (v: unknown): string => String(mimeBundle(v)["text/plain"]);

/** A name a function can take as a parameter (np's `delete` and `var` cannot). */
const bindable = (k: string): boolean => {
  try {
    new Function(k, "");
    return true;
  } catch {
    return false;
  }
};

/** A module's own exports join the public names (numpy's doctests run in their module's globals). */
async function scopeOf(file: string | undefined): Promise<Record<string, unknown>> {
  if (!file) return scope;
  const mod = (await import(join(SRC, file))) as Record<string, unknown>;
  const own = Object.fromEntries(Object.entries(mod).filter(([k]) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default" && bindable(k)));
  return { ...scope, ...own };
}

/** The failures of one example, as text (empty when it passes). */
async function failures(ex: Example, file?: string): Promise<string[]> {
  try {
    const { shown, printed } = await runExample(ex, await scopeOf(file), textPlain);
    return shown.filter((s) => !matches(s)).map((s) => `${ex.where}: expected\n${s.expected}\ngot\n${s.candidates[0]}${printed ? `\n(printed: ${printed.slice(0, 300)})` : ""}`);
  } catch (e) {
    return [`${ex.where}: threw ${(e as Error).stack?.split("\n").slice(0, 3).join("\n")}\n${ex.code}`];
  }
}

const examples = allExamples().filter((ex) => ![ex.code, ...ex.setup].some((c) => c.includes("doctest: +SKIP")));

describe("doctests: every @example in src/ runs and shows what it gives", () => {
  const files = [...new Set(examples.map((e) => e.where.split(":")[0]))];
  for (const file of files) {
    it(file, async () => {
      const bad: string[] = [];
      for (const ex of examples.filter((e) => e.where.split(":")[0] === file)) bad.push(...(await failures(ex, file)));
      expect(bad.join("\n\n")).toBe("");
    });
  }
});

describe("the doctest runner", () => {
  const one = (code: string) => extractExamples(`/**\n * Doc.\n * @example\n${code.split("\n").map((l) => ` * ${l}`).join("\n")}\n */\nexport const f = 1;\n`, "t.ts")[0];
  it("reads shown outputs, multi-line ones too", () => {
    expect([...shownOutputs("np.eye(2) // → array([[1., 0.],\n//        [0., 1.]])\nnp.ones(1)")]).toEqual([[0, "array([[1., 0.],\n       [0., 1.]])"]]);
  });
  it("passes a right shown output (repr, str, a number, printed text)", async () => {
    expect(await failures(one("np.eye(2) // → array([[1., 0.],\n//        [0., 1.]])"))).toEqual([]);
    expect(await failures(one("np.eye(2) // → [[1. 0.]\n//  [0. 1.]]"))).toEqual([]);
    expect(await failures(one("np.random.seed(1); np.random.rand() // → 0.417022004702574"))).toEqual([]);
    expect(await failures(one('console.log(np.arange(3)) // → [0 1 2]'))).toEqual([]);
  });
  it("fails on a wrong shown output", async () => {
    const bad = await failures(one("np.add([1, 2], 1) // → array([2, 4])"));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toContain("array([2, 3])");
  });
  it("fails on an example that throws, or a `// →` after no expression", async () => {
    expect(await failures(one("np.zeros([2]).reshape(3)"))).toHaveLength(1);
    expect(await failures(one("const a = 1; // → 1"))).toHaveLength(1);
  });
  it("finds the examples of src/", () => {
    expect(examples.length).toBeGreaterThan(800);
  });
});
