// npm run release on the committed sources: deterministic, no solution line and no hidden test in the
// student version, valid nbformat, balanced LaTeX, no file read outside the repository; and a source
// whose reference fails its own test stops the release naming the cell and line.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { course, format, release, src, ROOT, type Course } from "./helpers";

const notebooks: Course[] = course();
let outA = "";
let outB = "";

beforeAll(async () => {
  outA = mkdtempSync(join(tmpdir(), "release-a-"));
  outB = mkdtempSync(join(tmpdir(), "release-b-"));
  // --check: the committed recordings must match the sources (stale ones would be re-run silently)
  await release.release({ out: outA, check: true, log: () => {} });
  await release.release({ out: outB, check: true, log: () => {} });
});

const read = (dir: string, sub: string, c: Course) => readFileSync(join(dir, sub, `${c.name}.ipynb`), "utf8");

describe("the release", () => {
  it("covers the course: notebooks with graded exercises, each with points", () => {
    expect(notebooks.length).toBeGreaterThan(0);
    for (const c of notebooks) for (const ex of c.exercises) expect(ex.points, `${c.name} ${ex.name}`).toBeGreaterThan(0);
  });

  it.each(notebooks.map((c) => [c.name, c] as const))("%s: enough graded exercises, each with an expected-output block and hidden tests", (name, c) => {
    const nn = Number(name.slice(0, 2));
    if (nn >= 1) expect(c.exercises.length, "graded exercises").toBeGreaterThanOrEqual(nn <= 5 ? 3 : 4);
    for (const ex of c.exercises) {
      const between = c.nb.cells.slice(ex.answer + 1, ex.tests[0]);
      expect(between.some(format.isExpectedOutput), `${ex.name}: an expected-output block between the answer and its test cell`).toBe(true);
      expect(ex.tests.some((t) => src(c.nb.cells[t]).includes("BEGIN HIDDEN TESTS")), `${ex.name}: hidden tests`).toBe(true);
    }
  });

  it("the whole course has at least 60 graded exercises once all 17 notebooks are in", () => {
    if (process.env.DEEPTS_COURSE || notebooks.length < 17) return;
    expect(notebooks.reduce((n, c) => n + c.exercises.length, 0)).toBeGreaterThanOrEqual(60);
  });

  it("is deterministic: the same sources give byte-identical files", () => {
    for (const sub of ["student", "instructor"]) expect(readdirSync(join(outA, sub)).sort()).toEqual(readdirSync(join(outB, sub)).sort());
    for (const c of notebooks) for (const sub of ["student", "instructor"]) expect(read(outA, sub, c) === read(outB, sub, c), `${sub}/${c.name}`).toBe(true);
  });

  it.each(notebooks.map((c) => [c.name, c] as const))("%s: the student version has no solution line, no hidden test, no output", (_, c) => {
    const student = JSON.parse(read(outA, "student", c));
    const all = student.cells.map(src).join("\n");
    expect(all).not.toMatch(/BEGIN SOLUTION|END SOLUTION|HIDDEN TESTS|check\.expect\(/);
    // lines that exist only inside solution regions or hidden tests of the source
    const secret = new Set<string>();
    const open = new Set<string>();
    for (const cell of c.nb.cells) {
      const lines = src(cell).split("\n");
      const inside = new Set<number>();
      for (const kind of ["solution", "hidden"] as const) {
        if (!src(cell).includes(kind === "solution" ? "BEGIN SOLUTION" : "BEGIN HIDDEN TESTS")) continue;
        for (const r of format.regions(src(cell), kind, () => undefined as never)) for (let k = r.begin; k <= r.end; k++) inside.add(k);
      }
      lines.forEach((l, k) => (inside.has(k) ? secret : open).add(l.trim()));
    }
    const leaked = [...secret].filter((l) => l.length > 3 && !open.has(l) && !/^[{}()\[\];,]*$/.test(l) && all.split("\n").some((s) => s.trim() === l));
    expect(leaked).toEqual([]);
    for (const cell of student.cells) if (cell.cell_type === "code") expect(cell.outputs).toEqual([]);
    // every graded test cell says honestly whether hidden tests remain
    for (const cell of student.cells.filter(format.isTest)) expect(src(cell)).toMatch(/^check\.begin\(\{"cell":.*"hidden":(true|false)/);
  });

  it.each(notebooks.map((c) => [c.name, c] as const))("%s: markdown has balanced LaTeX; code reads no file", (_, c) => {
    for (const [i, cell] of c.nb.cells.entries()) {
      const s = src(cell);
      if (cell.cell_type === "markdown") {
        const prose = s.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
        const display = prose.split("$$");
        expect(display.length % 2, `cell ${i + 1}: unbalanced $$`).toBe(1);
        display.forEach((part, k) => {
          if (k % 2 === 0) expect(part.replace(/\\\$/g, "").split("$").length % 2, `cell ${i + 1}: unbalanced $ in ${JSON.stringify(part.slice(0, 80))}`).toBe(1);
        });
        for (const math of prose.match(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g) ?? []) {
          let depth = 0;
          for (const ch of math.replace(/\\[{}]/g, "")) {
            depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
            expect(depth, `cell ${i + 1}: unbalanced braces in ${math}`).toBeGreaterThanOrEqual(0);
          }
          expect(depth, `cell ${i + 1}: unbalanced braces in ${math}`).toBe(0);
          expect((math.match(/\\begin\{/g) ?? []).length, `cell ${i + 1}: \\begin/\\end in ${math}`).toBe((math.match(/\\end\{/g) ?? []).length);
        }
      } else {
        expect(s, `cell ${i + 1} reads files`).not.toMatch(/\brequire\s*\(|^\s*import\s|readFileSync|readFile\(|\bfs\.|process\.cwd|__dirname|["'`]\/(?:work|home|etc|tmp)\//m);
      }
    }
  });

  it("the released notebooks validate against nbformat's schema", () => {
    const py = join(ROOT, ".venv", "bin", "python");
    const files = notebooks.flatMap((c) => ["student", "instructor"].map((sub) => join(outA, sub, `${c.name}.ipynb`)));
    const r = spawnSync(py, ["-c", "import sys, nbformat\nfor f in sys.argv[1:]:\n    nbformat.validate(nbformat.read(f, as_version=4))\nprint('ok', len(sys.argv) - 1)", ...files], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe(`ok ${files.length}`);
  });
});

describe("a reference solution that fails its own test", () => {
  it("stops the release with the notebook, cell and line", async () => {
    const nb = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: "deepts", display_name: "TypeScript (deepts)", language: "typescript" } },
      cells: [
        { cell_type: "code", id: "a", metadata: { nbgrader: { grade_id: "99-f", solution: true, grade: false, locked: false, schema_version: 3 } }, source: "function f(x: number): number {\n  // BEGIN SOLUTION\n  return x + 2;\n  // END SOLUTION\n}", outputs: [], execution_count: null },
        { cell_type: "code", id: "t", metadata: { nbgrader: { grade_id: "99-f-tests", grade: true, solution: false, locked: true, points: 1, schema_version: 3 } }, source: 'check("f1", f(1));\ncheck.close(f(1), 2, { what: "f(1)" });', outputs: [], execution_count: null },
      ],
    };
    const exercises = format.validate(nb, "99-broken.ipynb", new Map());
    await expect(release.record("99-broken.ipynb", nb, exercises)).rejects.toThrow(
      /^99-broken\.ipynb, cell 2 \(id t\), line 2: the reference solution fails here: CheckError: f\(1\): wrong value: expected 2, got 3/,
    );
  });
});
