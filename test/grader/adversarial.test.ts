// Submissions written to cheat or to break the grader, each with the score it must get: none gains
// a point, and the honest exercises in the same submission still earn theirs. One grading run of
// the whole class (real sandboxes, real notebook code) is shared by all the assertions.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FULL, INSTRUCTOR, POINTS, sub, type Submission } from "./fixtures";
// @ts-expect-error plain JavaScript module
import { inShard, main, shardOf } from "../../grader/cli.mjs";
// @ts-expect-error plain JavaScript module
import { nbg } from "../../course/format.mjs";

const ROOT = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "deepts-class-"));
const cls = join(dir, "class");
const out = join(dir, "out");
const LIMITS = ["--timeout", "8", "--memory", "300", "--output-cap", "10", "--quiet"];

const R = (body: string) => `function relu(z: NDArray): NDArray {\n${body}\n}`;
const B = (body: string) => `function basicSigmoid(x: number): number {\n${body}\n}`;
const T = (body: string) => `function tanhDerivative(z: NDArray): NDArray {\n${body}\n}`;
const minus = (...names: string[]) => FULL - names.reduce((s, n) => s + POINTS[n], 0);

/** A forged record for every test cell, in the grader's format as far as a student could guess it. */
const forgeries = `
const lines: string[] = [];
for (let i = 0; i < 40; i++) {
  lines.push(JSON.stringify({ t: "start", i }));
  lines.push(JSON.stringify({ t: "call", i, n: 0, k: "check", id: "relu-2x3", got: { nd: "float64", shape: [2, 3], data: [0, 0, 2, 3, 0, 0.25] }, hints: [] }));
  lines.push(JSON.stringify({ t: "call", i, n: 1, k: "that", id: "x", got: { that: true }, hints: [] }));
  lines.push(JSON.stringify({ t: "end", i, ok: true, error: null }));
}
lines.push(JSON.stringify({ t: "done" }));
const forged = lines.join("\\n") + "\\n";
`;

const cases: { student: string; build: () => Submission | string; score: number; status?: Record<string, string>; message?: Record<string, RegExp> }[] = [
  { student: "honest", build: () => sub().allCorrect(), score: FULL },
  { student: "stub", build: () => sub(), score: 0 },
  {
    student: "redefines-check",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("return z;"))
        .insertAfter(
          null,
          `const check: any = Object.assign((..._a: any[]) => {}, { close() {}, that() {}, begin() {}, expect() {}, end() {}, kindOf() { return ""; } });
(globalThis as any).check = check;
(globalThis as any).compare = () => null;
try { (nn as any).sigmoid = () => 0; } catch {}`,
        ),
    score: minus("relu"),
  },
  {
    student: "monkeypatches",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("return np.minimum(0, z);"))
        .insertAfter(
          null,
          `const g: any = globalThis;
const attempts: (() => void)[] = [
  () => { (np as any).maximum = (a: any, b: any) => b; },
  () => { (np as any).all = () => true; },
  () => { (np as any).allclose = () => true; },
  () => { (NDArray as any).prototype.sub = function () { return np.zeros([1]); }; },
  () => { (NDArray as any).prototype.flatten = function () { return np.array([0, 0, 2, 3, 0, 0.25]); }; },
  () => { Object.defineProperty(NDArray, Symbol.hasInstance, { value: () => true }); },
  () => { (Array.prototype as any).every = () => true; },
  () => { (Array.prototype as any).some = () => false; },
  () => { (Object.prototype as any).toJSON = () => ({ that: true }); },
  () => { (Object as any).keys = () => []; },
  () => { (Math as any).abs = () => 0; },
  () => { g.Math = Object.assign(Object.create(Math), { abs: () => 0, max: () => 0 }); },
  () => { (JSON as any).stringify = () => '{"t":"end","ok":true}'; },
  () => { g.JSON = { stringify: () => "{}", parse: JSON.parse }; },
  () => { (Number as any).isFinite = () => false; },
  () => { (Error as any).prepareStackTrace = (_e: any, cs: any[]) => cs.map((c) => c.getFunction()); },
  () => { (Function.prototype as any).toString = () => ""; },
  () => { (Reflect as any).get = () => 0; },
  () => { (String.prototype as any).startsWith = () => true; },
  () => { (Promise.prototype as any).then = function () {}; },
];
for (const a of attempts) { try { a(); } catch {} }`,
        ),
    score: minus("relu"),
  },
  {
    student: "proxy",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("return new Proxy({}, { get: () => () => true, getPrototypeOf: () => NDArray.prototype, has: () => true }) as any;"))
        .answer("basicSigmoid", B("return new Proxy({}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => 1 / (1 + Math.exp(-x)) : () => true) }) as any;")),
    score: minus("relu", "basicSigmoid"),
  },
  {
    student: "to-primitive",
    build: () =>
      sub()
        .allCorrect()
        .answer("basicSigmoid", B("const v = 1 / (1 + Math.exp(-x)); return { valueOf: () => v, toString: () => String(v), [Symbol.toPrimitive]: () => v } as any;")),
    score: minus("basicSigmoid"),
  },
  {
    student: "fake-ndarray",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R(`const f = Object.create(NDArray.prototype); Object.assign(f, { shape: z.shape, dtype: "float64", data: new Float64Array(0), strides: [0, 0], offset: 0, base: null }); return f;`))
        .answer("tanhDerivative", T(`const real = np.subtract(1, np.tanh(z).mul(np.tanh(z))); const f = Object.create(NDArray.prototype); Object.assign(f, { shape: [...z.shape, 1], dtype: "float64", data: real.data, strides: [0], offset: 0, base: null, flatten: () => real, equals: () => true }); return f;`)),
    score: minus("relu", "tanhDerivative"),
  },
  {
    student: "prints-passed",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("return z;"))
        .insertAfter(
          "01-relu-tests",
          `console.log("✔ relu: all 2 tests passed, hidden tests included.");
display({ "application/vnd.deepts.check.v1+json": { cell: "01-relu-tests", check: "*", passed: true, message: "✔ relu" } } as any);
process.stdout.write(JSON.stringify({ t: "end", i: 12, ok: true, error: null }) + "\\n");
process.stderr.write("PASSED relu\\n");
check.begin({ cell: "01-relu-tests", exercise: "relu", hidden: false, expected: {} });
check("relu-2x3", 1);
check.end();`,
        ),
    score: minus("relu"),
  },
  {
    student: "writes-channels",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("return z;"))
        .insertAfter(
          "01-relu",
          `${forgeries}
const fs = require("fs");
for (const fd of [1, 2, 3, 4, 5, 6, 7]) { try { fs.writeSync(fd, forged); } catch {} }
for (const prefix of ["", "0", "deepts", "a".repeat(48)]) { try { fs.writeSync(3, forged.split("\\n").map((l: string) => prefix + l).join("\\n")); } catch {} }
try { (process as any).send?.({ type: "done", summary: { score: 7 } }); } catch {}
const timer = setInterval(() => { try { fs.writeSync(3, forged); } catch {} }, 5);`,
        ),
    score: minus("relu"),
  },
  {
    student: "reads-files",
    build: () =>
      sub()
        .allCorrect()
        .answer(
          "basicSigmoid",
          B(`const fs = require("fs");
const paths = [${JSON.stringify(join(ROOT, "notebooks", ".expected", "01-activations.json"))}, ${JSON.stringify(join(ROOT, "notebooks", "01-activations.ipynb"))},
  ${JSON.stringify(join(ROOT, "release", "instructor", "01-activations.ipynb"))}, ${JSON.stringify(join(cls, "honest", "01-activations.ipynb"))},
  ${JSON.stringify(join(out, ".reference"))}, "/proc/self/environ", "/proc/self/cmdline", "/proc/self/mem", "/etc/passwd"];
for (const p of paths) { try { const t = fs.statSync(p).isDirectory() ? fs.readdirSync(p).join() : fs.readFileSync(p, "utf8"); if (t.length > 0) return 1 / (1 + Math.exp(-x)); } catch {} }
try { if (fs.readFileSync(0, "utf8").length > 0) return 1 / (1 + Math.exp(-x)); } catch {}
if (Object.keys(process.env).some((k) => /SECRET|TOKEN/i.test(k))) return 1 / (1 + Math.exp(-x));
return 0;`),
        ),
    score: minus("basicSigmoid"),
  },
  {
    student: "reads-memory",
    build: () =>
      sub()
        .allCorrect()
        .answer(
          "relu",
          R(`const tries: (() => unknown)[] = [
  () => require("v8").getHeapSnapshot(),
  () => require("node:v8").getHeapSnapshot(),
  () => (process as any).getBuiltinModule("v8").getHeapSnapshot(),
  () => new (require("inspector").Session)().connect(),
  () => (process as any).binding("fs"),
  () => new (require("worker_threads").Worker)("1", { eval: true }),
  () => require("module")._load("v8"),
  () => (require("module") as any).prototype.require.call(module, "v8"),
];
for (const t of tries) { try { if (t() !== undefined) return np.maximum(0, z); } catch {} }
return z;`),
        ),
    score: minus("relu"),
  },
  {
    student: "exits",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("process.exit(0); return np.maximum(0, z);"))
        .answer("basicSigmoid", B("process.kill(process.pid, 'SIGKILL'); process.kill(process.ppid, 'SIGKILL'); return 1 / (1 + Math.exp(-x));"))
        .answer("tanhDerivative", T("process.abort(); return np.subtract(1, np.tanh(z).mul(np.tanh(z)));")),
    score: minus("relu", "basicSigmoid", "tanhDerivative"),
  },
  {
    student: "loops-before-await",
    build: () => sub().allCorrect().answer("relu", R("while (true) {}")),
    score: minus("relu"),
    status: { relu: "timeout" },
    message: { relu: /stopped after 8 s/ },
  },
  {
    student: "loops-after-await",
    build: () => sub().allCorrect().insertAfter("01-tanhDerivative", "await new Promise((r) => setTimeout(r, 10));\nwhile (true) {}"),
    score: minus("tanhDerivative"),
    status: { tanhDerivative: "timeout" },
  },
  {
    student: "memory",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("const keep: Float64Array[] = []; for (;;) keep.push(new Float64Array(1 << 20).fill(1));"))
        .answer("basicSigmoid", B("const keep: number[][] = []; for (;;) keep.push(new Array(1 << 20).fill(x + keep.length));")),
    score: minus("relu", "basicSigmoid"),
    status: { relu: "error", basicSigmoid: "error" },
    message: { relu: /used more than 300 MB of memory/, basicSigmoid: /used more than 300 MB of memory/ },
  },
  {
    student: "floods-output",
    build: () => sub().allCorrect().answer("relu", R('const s = "x".repeat(1 << 20); for (let i = 0; i < 100; i++) console.log(s); return np.maximum(0, z);')),
    score: minus("relu"),
    message: { relu: /printed more than 10 MB/ },
  },
  {
    student: "spawns",
    build: () =>
      sub()
        .allCorrect()
        .answer(
          "relu",
          R(`try { const cp = require("child_process"); const c = cp.spawn("sleep", ["4242"], { detached: true, stdio: "ignore" }); c.unref(); return np.maximum(0, z); } catch {}
try { (process as any).binding("spawn_sync"); return np.maximum(0, z); } catch {}
return z;`),
        ),
    score: minus("relu"),
  },
  {
    student: "caller",
    build: () =>
      sub()
        .allCorrect()
        .answer(
          "relu",
          R(`const c = (relu as any).caller;
if (c) return np.maximum(0, z);
try { const e: any = {}; (Error as any).captureStackTrace(e); if (/hidden|BEGIN/.test(String(e.stack))) return np.maximum(0, z); } catch {}
return z;`),
        ),
    score: minus("relu"),
  },
  {
    student: "deletes-tests",
    build: () => sub().edit((nb) => (nb.cells = nb.cells.filter((c) => !nbg(c).grade))),
    score: 0,
  },
  {
    student: "deletes-tests-honest",
    build: () =>
      sub()
        .allCorrect()
        .edit((nb) => (nb.cells = nb.cells.filter((c) => !nbg(c).grade))),
    score: FULL,
  },
  {
    student: "duplicates-reorders",
    build: () =>
      sub()
        .allCorrect()
        .edit((nb) => {
          const relu = nb.cells.find((c) => nbg(c).grade_id === "01-relu-tests")!;
          nb.cells.push(structuredClone(relu), structuredClone(relu));
          const sig = nb.cells.findIndex((c) => nbg(c).grade_id === "01-sigmoid-tests");
          const [moved] = nb.cells.splice(sig, 1);
          nb.cells.unshift(moved);
        }),
    score: FULL,
  },
  {
    student: "retypes-alters",
    build: () =>
      sub()
        .allCorrect()
        .answer("relu", R("return z;"))
        .answer("basicSigmoid", B("return 0;"))
        .answer("tanhDerivative", T("return z;"))
        .edit((nb) => {
          const get = (id: string) => nb.cells.find((c) => nbg(c).grade_id === id)!;
          get("01-relu-tests").cell_type = "markdown";
          get("01-basicSigmoid-tests").source = 'check.that(true, "fine");';
          const t = get("01-tanhDerivative-tests");
          t.metadata = {};
          t.source = 'check.that(true, "fine");';
        }),
    score: minus("relu", "basicSigmoid", "tanhDerivative"),
  },
  {
    // tslab reports type errors on stderr; a cell that does not compile must not run, nor pass
    student: "type-error",
    build: () => sub().allCorrect().answer("relu", R('const n: number = "not a number";\nreturn np.maximum(0, z);')),
    score: minus("relu"),
    status: { relu: "failed" },
  },
  { student: "invalid-json", build: () => '{"cells": [', score: 0 },
  { student: "not-a-notebook", build: () => JSON.stringify({ hello: "world" }), score: 0 },
];

let grades: Record<string, Record<string, string>> = {};
const result = (student: string) => JSON.parse(readFileSync(join(out, "submissions", student, "01-activations", "result.json"), "utf8"));
const gradescope = (student: string) => JSON.parse(readFileSync(join(out, "submissions", student, "01-activations", "results.json"), "utf8"));

beforeAll(async () => {
  for (const c of cases) {
    const b = c.build();
    if (typeof b === "string") sub().write(cls, c.student, b);
    else b.write(cls, c.student);
  }
  const code = await main(["grade", cls, "--out", out, "--jobs", "2", ...LIMITS]);
  expect(code).toBe(0);
  const [head, ...rows] = readFileSync(join(out, "grades.csv"), "utf8").trim().split("\n");
  const cols = head.split(",");
  grades = Object.fromEntries(rows.map((r) => [r.split(",")[0], Object.fromEntries(r.split(",").map((v, i) => [cols[i], v]))]));
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("adversarial submissions of notebook 01", () => {
  for (const c of cases) {
    it(`${c.student}: ${c.score} / ${FULL}`, () => {
      const r = result(c.student);
      const byEx = Object.fromEntries(r.exercises.map((e: any) => [e.name, e]));
      expect({ student: c.student, score: r.score, exercises: r.exercises.map((e: any) => `${e.name}:${e.score}:${e.status}`) }).toMatchObject({ score: c.score });
      expect(Number(grades[c.student]["01-activations"])).toBe(c.score);
      for (const [ex, st] of Object.entries(c.status ?? {})) expect(byEx[ex].status).toBe(st);
      for (const [ex, re] of Object.entries(c.message ?? {})) expect(byEx[ex].tests[0].message).toMatch(re);
    });
  }

  it("a dead sandbox or timeout costs only its exercise; the others are graded, never passed unrun", () => {
    const r = result("loops-before-await");
    expect(r.exercises.filter((e: any) => e.status === "passed").map((e: any) => e.name)).toEqual(["basicSigmoid", "sigmoid", "sigmoidDerivative", "tanhDerivative"]);
    for (const s of ["memory", "floods-output", "loops-after-await"]) for (const e of result(s).exercises) expect(e.status === "passed" ? e.score : 0).toBe(e.status === "passed" ? e.points : 0);
  });

  it("a notebook that is not a notebook gets 0 with a reason, and the run goes on", () => {
    expect(result("invalid-json").notes[0]).toMatch(/not valid JSON/);
    expect(result("not-a-notebook").notes[0]).toMatch(/not a Jupyter notebook/);
    expect(grades["invalid-json"].status).toMatch(/error/);
  });

  it("reports cells altered, deleted, duplicated, re-typed and moved", () => {
    expect(result("deletes-tests").notes.join("\n")).toMatch(/"01-relu-tests": deleted/);
    const dup = result("duplicates-reorders").notes.join("\n");
    expect(dup).toMatch(/"01-relu-tests": duplicated/);
    expect(dup).toMatch(/"01-sigmoid-tests": moved/);
    const alt = result("retypes-alters").notes.join("\n");
    expect(alt).toMatch(/"01-relu-tests": re-typed from code to markdown/);
    expect(alt).toMatch(/"01-basicSigmoid-tests": altered/);
    expect(alt).toMatch(/"01-tanhDerivative-tests": its grading metadata was removed \(cell \d+\); found by its id/);
    expect(grades["retypes-alters"].status).toMatch(/cell problems/);
  });

  it("no process the notebooks started outlives grading", () => {
    const ps = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
    expect(ps).not.toMatch(/sleep 4242/);
    expect(ps).not.toMatch(/grader\/sandbox\.cjs/);
  });

  it("results.json has Gradescope's shape, stamped with the sources' hash", () => {
    const g = gradescope("honest");
    expect(g).toMatchObject({ score: FULL, output: expect.any(String), execution_time: expect.any(Number) });
    expect(g.tests).toHaveLength(5);
    for (const t of g.tests) expect(Object.keys(t)).toEqual(expect.arrayContaining(["name", "number", "score", "max_score", "status", "output", "visibility"]));
    expect(g.tests.every((t: any) => t.status === "passed")).toBe(true);
    expect(g.extra_data.sources_hash).toMatch(/^[0-9a-f]{16}$/);
    expect(gradescope("stub").tests.every((t: any) => t.status === "failed")).toBe(true);
  });

  it("feedback pages never show hidden tests' code or expected values", () => {
    // the expected values of hidden checks, and the lines of hidden test code
    // (from the instructor's notebook, which students never see)
    const hiddenBits = new Set<string>();
    for (const c of INSTRUCTOR.cells) {
      const src = Array.isArray(c.source) ? c.source.join("") : c.source;
      const m = /BEGIN HIDDEN TESTS\n([\s\S]*?)\/\/ END HIDDEN TESTS/.exec(src);
      if (!m) continue;
      for (const line of m[1].split("\n").map((l: string) => l.trim()).filter((l: string) => l.length > 12)) hiddenBits.add(line.slice(0, 40));
      const values = /check\.expect\((.*)\);/.exec(src)?.[1];
      if (values) for (const n of values.match(/\d\.\d{6,}/g) ?? []) hiddenBits.add(n);
    }
    expect(hiddenBits.size).toBeGreaterThan(10);
    for (const c of cases) {
      const page = readFileSync(join(out, "submissions", c.student, "01-activations", "feedback.html"), "utf8");
      const json = readFileSync(join(out, "submissions", c.student, "01-activations", "results.json"), "utf8");
      for (const bit of hiddenBits) {
        expect(page.includes(bit), `${c.student}: feedback shows ${bit}`).toBe(false);
        expect(json.includes(bit), `${c.student}: results.json shows ${bit}`).toBe(false);
      }
    }
    expect(readFileSync(join(out, "submissions", "stub", "01-activations", "feedback.html"), "utf8")).toMatch(/not implemented yet/);
  });

  it("a wrong answer's message says what is wrong (public tests) and stays quiet about hidden ones", () => {
    const msg = (s: string, ex: string) => result(s).exercises.find((e: any) => e.name === ex).tests[0].message;
    expect(msg("prints-passed", "relu")).toMatch(/wrong values/);
    expect(msg("proxy", "relu")).toMatch(/got a Proxy/);
    expect(msg("fake-ndarray", "relu")).toMatch(/wrong values|does not match its data/);
  });

  it("grading again skips unchanged submissions and writes the same gradebook", async () => {
    const before = readFileSync(join(out, "grades.csv"), "utf8");
    expect(await main(["grade", cls, "--out", out, "--jobs", "2", ...LIMITS])).toBe(0);
    expect(readFileSync(join(out, "grades.csv"), "utf8")).toBe(before);
  });

  it("shards (--shard i/n, Kubernetes and Slurm indexes) merge into the same gradebook, byte for byte", async () => {
    const full = readFileSync(join(out, "grades.csv"), "utf8");
    const shardDirs = [1, 2].map((i) => join(dir, `shard${i}`));
    // each shard's folder starts with the results of its own share (so nothing is graded again)
    for (const [k, d] of shardDirs.entries()) {
      for (const c of cases) if (inShard({ student: c.student, notebook: "01-activations.ipynb" }, { index: k, count: 2 })) cpSync(join(out, "submissions", c.student), join(d, "submissions", c.student), { recursive: true });
      cpSync(join(out, ".reference"), join(d, ".reference"), { recursive: true });
    }
    expect(await main(["grade", cls, "--out", shardDirs[0], "--shard", "1/2", ...LIMITS])).toBe(0);
    process.env.SLURM_ARRAY_TASK_ID = "1";
    process.env.SLURM_ARRAY_TASK_COUNT = "2";
    try {
      expect(await main(["grade", cls, "--out", shardDirs[1], ...LIMITS])).toBe(0);
    } finally {
      delete process.env.SLURM_ARRAY_TASK_ID;
      delete process.env.SLURM_ARRAY_TASK_COUNT;
    }
    const counts = shardDirs.map((d) => readdirSync(join(d, "submissions")).length);
    expect(counts[0] + counts[1]).toBe(cases.length);
    expect(counts[0]).toBeGreaterThan(0);
    expect(await main(["grade", "merge", ...shardDirs, "--out", join(dir, "merged"), "--quiet"])).toBe(0);
    expect(readFileSync(join(dir, "merged", "grades.csv"), "utf8")).toBe(full);
    expect(shardOf(null, { JOB_COMPLETION_INDEX: "3", JOB_COMPLETIONS: "4" })).toEqual({ index: 3, count: 4 });
  });
});
