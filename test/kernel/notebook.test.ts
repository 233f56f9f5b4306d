// Notebooks executed through the real kernel by nbclient (as `jupyter nbconvert --execute` would):
// preloaded names, arrays printed exactly as numpy prints them (fixtures from numpy), errors,
// interrupt, plots as plotly mime bundles, displays, progress, %timeit — and the welcome notebook.
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { executeNotebook } from "../../course/release.mjs";
import { ROOT, artifact, privateKernelspec, requireVenv } from "./helpers";

const fx = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "kernel.json"), "utf8"));

interface Output {
  output_type: string;
  name?: string;
  text?: string;
  data?: Record<string, any>;
  ename?: string;
  evalue?: string;
  traceback?: string[];
}
interface Cell {
  source: string;
  outputs: Output[];
}

let jupyterPath = "";

function notebook(sources: string[]): object {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: "deepts", display_name: "TypeScript (deepts)", language: "typescript" },
      language_info: { name: "typescript" },
    },
    cells: sources.map((source, i) => ({ cell_type: "code", id: `c${i}`, metadata: {}, execution_count: null, source, outputs: [] })),
  };
}

/** Runs the notebook `input` through the kernel (the course's runner), keeping the result in `output`. */
async function execute(input: string, output: string, timeoutS: number): Promise<Cell[]> {
  const nb: any = await executeNotebook(JSON.parse(readFileSync(input, "utf8")), { timeout: timeoutS, jupyterPath });
  writeFileSync(output, JSON.stringify(nb, null, 1));
  return nb.cells.filter((c: any) => c.cell_type === "code").map((c: any) => ({ source: [c.source].flat().join(""), outputs: c.outputs }));
}

const text = (o: Output): string => [o.text ?? ""].flat().join("");
const plain = (o: Output | undefined): string => [o?.data?.["text/plain"] ?? ""].flat().join("");
const results = (c: Cell) => c.outputs.filter((o) => o.output_type === "execute_result");
const errors = (c: Cell) => c.outputs.filter((o) => o.output_type === "error");

beforeAll(() => {
  requireVenv();
  jupyterPath = privateKernelspec();
});

describe("a notebook run by nbclient", () => {
  const sources = [
    "[np, nn, data, plot, display, progress, timeit].map((x) => typeof x).join(' ')",
    ...fx.arrays.map((a: any) => a.cell),
    ...fx.errors.map((e: any) => e.cell),
    "const s: string = np.zeros([2])",
    "let spins = 0;\nwhile (true) { spins++ }",
    "spins > 0",
    "plot.line([1, 3, 2])",
    'display.markdown("**bold**")',
    'const bar = progress(4, { desc: "steps" });\nfor (const i of bar) {}',
    "%timeit -n 5 -r 2 np.ones([10, 10]).sum()",
    "const np = 1; np + 1",
  ];
  let cells: Cell[] = [];
  const at = (src: string): Cell => {
    const c = cells.find((x) => x.source === src);
    if (!c) throw new Error(`no cell ${src}`);
    return c;
  };

  beforeAll(async () => {
    const input = artifact("kernel-check.ipynb");
    writeFileSync(input, JSON.stringify(notebook(sources), null, 1));
    // Long enough for the first cell (kernel warm-up) on a busy machine; the busy loop is interrupted then.
    cells = await execute(input, artifact("kernel-check.executed.ipynb"), 30);
  });

  it("has np, nn, data, plot, display, progress and timeit preloaded", () => {
    expect(plain(results(cells[0])[0])).toBe("'object object object object function function function'");
  });

  for (const a of fx.arrays) {
    it(`prints ${a.cell} as numpy does`, () => {
      const r = results(at(a.cell));
      expect(r).toHaveLength(1);
      expect(plain(r[0])).toBe(a.repr);
    });
  }

  it("reports runtime errors with numpy's message and the cell line, once", () => {
    const c = at(fx.errors[0].cell);
    const e = errors(c);
    expect(e).toHaveLength(1);
    expect(e[0].ename).toBe("Error");
    expect(e[0].evalue).toBe(fx.errors[0].message);
    expect(e[0].traceback!.join("\n")).toMatch(/Cell In\[\d+\], line 1/);
    expect(c.outputs.filter((o) => o.output_type === "stream")).toHaveLength(0);
  });

  it("reports type errors as CompileError", () => {
    const e = errors(at("const s: string = np.zeros([2])"));
    expect(e).toHaveLength(1);
    expect(e[0].ename).toBe("CompileError");
    expect(e[0].evalue).toMatch(/^TS2322: Type 'NDArray' is not assignable to type 'string'\./);
  });

  it("interrupts a busy loop and keeps the kernel's state", () => {
    const e = errors(at("let spins = 0;\nwhile (true) { spins++ }"));
    expect(e.map((x) => x.ename)).toEqual(["Interrupted"]);
    expect(plain(results(at("spins > 0"))[0])).toBe("true");
  });

  it("shows figures with plotly's mime bundle, an HTML fallback and a text summary", () => {
    const r = results(at("plot.line([1, 3, 2])"))[0];
    const fig = r.data!["application/vnd.plotly.v1+json"];
    expect(fig.data[0].y).toEqual([1, 3, 2]);
    expect([r.data!["text/html"]].flat().join("")).toContain("Plotly");
    expect(plain(r)).toMatch(/^Figure\(/);
  });

  it("display.markdown gives text/markdown", () => {
    const d = at('display.markdown("**bold**")').outputs.filter((o) => o.output_type === "display_data");
    expect([d[0].data!["text/markdown"]].flat().join("")).toBe("**bold**");
  });

  it("a progress bar is one output, updated in place to its final state", () => {
    const d = at('const bar = progress(4, { desc: "steps" });\nfor (const i of bar) {}').outputs;
    expect(d.map((o) => o.output_type)).toEqual(["display_data"]);
    expect(plain(d[0])).toMatch(/^steps: 100%\|█{20}\| 4\/4 \[/);
    expect([d[0].data!["text/html"]].flat().join("")).toContain('<progress value="4" max="4"');
  });

  it("%timeit prints IPython's line", () => {
    const out = at("%timeit -n 5 -r 2 np.ones([10, 10]).sum()").outputs.filter((o) => o.output_type === "stream").map(text).join("");
    expect(out).toMatch(/(^|\n)\d[\d.e+]* (ns|μs|ms|s) ± \d[\d.e+]* (ns|μs|ms|s) per loop \(mean ± std\. dev\. of 2 runs, 5 loops each\)\n$/);
  });

  it("lets a cell shadow a preloaded name", () => {
    expect(plain(results(at("const np = 1; np + 1"))[0])).toBe("2");
  });
});

describe("notebooks/00-welcome.ipynb", () => {
  let cells: Cell[] = [];
  beforeAll(async () => {
    const input = artifact("00-welcome.ipynb");
    copyFileSync(join(ROOT, "notebooks", "00-welcome.ipynb"), input);
    cells = await execute(input, artifact("00-welcome.executed.ipynb"), 120);
  });

  it("runs without errors", () => {
    const errs = cells.flatMap((c) => errors(c).map((e) => `${c.source}\n→ ${e.ename}: ${e.evalue}`));
    expect(errs).toEqual([]);
  });
  it("prints an array, draws a plot, shows a progress bar and times code", () => {
    const all = cells.flatMap((c) => c.outputs);
    expect(all.some((o) => plain(o).startsWith("array("))).toBe(true);
    expect(all.some((o) => o.data?.["application/vnd.plotly.v1+json"])).toBe(true);
    expect(all.some((o) => o.output_type === "display_data" && /100%\|/.test(plain(o)))).toBe(true);
    expect(all.some((o) => o.output_type === "stream" && / per loop \(mean ± std\. dev\. of /.test(text(o)))).toBe(true);
  });
});
