// The grader's pure parts: scoring edge cases, LMS names and zips, shards, the trusted notebook.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sub } from "./fixtures";
// @ts-expect-error plain JavaScript modules
import { cellScore, loadGradedCourse, strippedTest, trustedNotebook } from "../../grader/grade.mjs";
// @ts-expect-error plain JavaScript modules
import { lmsStudent, readZip, collectSubmissions } from "../../grader/collect.mjs";
// @ts-expect-error plain JavaScript modules
import { inShard, parseArgs, shardOf } from "../../grader/cli.mjs";
// @ts-expect-error plain JavaScript modules
import { applyOverrides, gradebookCsv } from "../../grader/report.mjs";
// @ts-expect-error plain JavaScript modules
import { normalise, similarity } from "../../grader/similarity.mjs";

const ok = (weight = 1, required = false) => ({ passed: true, weight, required });
const ko = (weight = 1, required = false) => ({ passed: false, weight, required });

describe("cellScore", () => {
  it("all or nothing by default (nbgrader's rule)", () => {
    expect(cellScore(2, [ok(), ok()], { partial: false, ranToEnd: true })).toBe(2);
    expect(cellScore(2, [ok(), ko()], { partial: false, ranToEnd: true })).toBe(0);
    expect(cellScore(2, [ok(), ok()], { partial: false, ranToEnd: false })).toBe(0); // crashed after its checks
  });
  it("partial credit in proportion to weights; required checks gate the cell", () => {
    expect(cellScore(3, [ok(2), ko(1)], { partial: true, ranToEnd: true })).toBe(2);
    expect(cellScore(3, [ok(2), ko(1, true)], { partial: true, ranToEnd: true })).toBe(0);
    expect(cellScore(1, [ok(1), ko(2)], { partial: true, ranToEnd: false })).toBeCloseTo(1 / 3, 6);
  });
  it("0 points, 0 weights and no checks score 0 unless everything passed", () => {
    expect(cellScore(0, [ok()], { partial: false, ranToEnd: true })).toBe(0);
    expect(cellScore(-1, [ok()], { partial: false, ranToEnd: true })).toBe(0);
    expect(cellScore(NaN, [ok()], { partial: true, ranToEnd: true })).toBe(0);
    expect(cellScore(2, [ok(0), ko(0)], { partial: true, ranToEnd: true })).toBe(0);
    expect(cellScore(2, [ok(0), ok(0)], { partial: true, ranToEnd: true })).toBe(2);
    expect(cellScore(2, [], { partial: true, ranToEnd: true })).toBe(2);
  });
  it("refuses negative or non-numeric weights", () => {
    expect(() => cellScore(2, [ok(-1)], { partial: true, ranToEnd: true })).toThrow(/≥ 0/);
    expect(() => cellScore(2, [ok(NaN)], { partial: true, ranToEnd: true })).toThrow(/≥ 0/);
  });
});

describe("the trusted notebook", () => {
  const [course] = loadGradedCourse({ only: ["01"] });
  it("test cells arrive without expected values, on the same lines", () => {
    const t = course.instructor.cells.find((c: any) => c.metadata?.nbgrader?.grade_id === "01-sigmoid-tests");
    const src = t.source.join("");
    const out = strippedTest(src);
    expect(out.split("\n")).toHaveLength(src.split("\n").length);
    expect(out).not.toMatch(/0\.1192029|0\.9984948876|expected":\{/);
    expect(out).toMatch(/check\.begin\(null\);/);
    expect(out).toMatch(/check\.expect\(null\);/);
  });
  it("an untouched student copy runs in the source's order with the instructor's test cells", () => {
    const plan = trustedNotebook(course, sub().nb);
    expect(plan.notes).toEqual([]);
    const codeCells = course.instructor.cells.filter((c: any) => c.cell_type === "code");
    expect(plan.cells).toHaveLength(codeCells.length);
    plan.cells.forEach((c: any, i: number) => {
      if (c.kind === "test") expect(c.source).toBe(codeCells[i].source.join(""));
    });
  });
  it("a test cell that lost its metadata and its id is found by its content and replaced", () => {
    const s = sub().allCorrect();
    const t = s.cell("01-relu-tests");
    t.metadata = {};
    t.id = "copied-elsewhere";
    const plan = trustedNotebook(course, s.nb);
    expect(plan.notes.join("\n")).toMatch(/"01-relu-tests": its grading metadata was removed \(cell \d+\); found by its content/);
    const reluTests = course.instructor.cells.findIndex((c: any) => c.metadata?.nbgrader?.grade_id === "01-relu-tests");
    expect(plan.cells.filter((c: any) => c.inst === reluTests)).toHaveLength(1);
    expect(plan.cells.find((c: any) => c.inst === reluTests).kind).toBe("test");
  });
  it("a student's own cell after the answer stays before the test; a test moved away goes back", () => {
    const s = sub().insertAfter("01-relu", "const helper = 1;");
    s.edit((nb) => {
      const i = nb.cells.findIndex((c: any) => c.metadata?.nbgrader?.grade_id === "01-relu-tests");
      const [t] = nb.cells.splice(i, 1);
      nb.cells.unshift(t);
    });
    const plan = trustedNotebook(course, s.nb);
    const helper = plan.cells.findIndex((c: any) => c.source === "const helper = 1;");
    const test = plan.cells.findIndex((c: any) => c.kind === "test" && c.source.includes("01-relu-tests"));
    const answer = plan.cells.findIndex((c: any) => c.source.includes("function relu("));
    expect(answer).toBeLessThan(helper);
    expect(helper).toBeLessThan(test);
    expect(plan.notes.join()).toMatch(/"01-relu-tests": moved/);
  });
});

describe("LMS submissions", () => {
  it("parses Canvas and Moodle names", () => {
    expect(lmsStudent("lovelaceada_123456_7890123_01-activations.ipynb")).toEqual({ student: "123456", name: "lovelaceada", file: "01-activations.ipynb" });
    expect(lmsStudent("lovelaceada_LATE_123456_7890123_01-activations-1.ipynb")).toEqual({ student: "123456", name: "lovelaceada", file: "01-activations.ipynb" });
    expect(lmsStudent("Ada Lovelace_98765_assignsubmission_file_/01-activations.ipynb")).toEqual({ student: "98765", name: "Ada Lovelace", file: "01-activations.ipynb" });
    expect(lmsStudent("random.ipynb")).toBeNull();
  });
  it("reads a zip made by zip(1), stored and deflated, and maps files to students", () => {
    const dir = mkdtempSync(join(tmpdir(), "deepts-zip-"));
    try {
      const nb = JSON.stringify(sub().nb);
      mkdirSync(join(dir, "in", "Ada Lovelace_98765_assignsubmission_file_"), { recursive: true });
      writeFileSync(join(dir, "in", "Ada Lovelace_98765_assignsubmission_file_", "01-activations.ipynb"), nb);
      writeFileSync(join(dir, "in", "turingalan_4242_777_01-activations.ipynb"), nb);
      writeFileSync(join(dir, "in", "notes.txt"), "x");
      execFileSync("zip", ["-qr", join(dir, "a.zip"), "."], { cwd: join(dir, "in") });
      execFileSync("zip", ["-q0r", join(dir, "b.zip"), "."], { cwd: join(dir, "in") });
      for (const z of ["a.zip", "b.zip"]) {
        const files = readZip(readFileSync(join(dir, z)));
        expect(files.map((f: any) => f.name).sort()).toContain("turingalan_4242_777_01-activations.ipynb");
        const got = collectSubmissions(join(dir, z), join(dir, `out-${z}`), [{ name: "01-activations.ipynb", prefix: "01" }]);
        expect(got.submissions.map((s: any) => s.student).sort()).toEqual(["4242", "98765"]);
        expect(got.mapping.map((m: any) => `${m.student} ${m.name}`).sort()).toEqual(["4242 turingalan", "98765 Ada Lovelace"]);
        expect(readFileSync(got.submissions[0].file, "utf8")).toBe(nb);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("shards, overrides, gradebook, similarity", () => {
  it("shards partition the class, from --shard or the batch engine's environment", () => {
    expect(shardOf("2/3", {})).toEqual({ index: 1, count: 3 });
    expect(() => shardOf("4/3", {})).toThrow();
    expect(shardOf(null, { SLURM_ARRAY_TASK_ID: "5", SLURM_ARRAY_TASK_COUNT: "4", SLURM_ARRAY_TASK_MIN: "3" })).toEqual({ index: 2, count: 4 });
    expect(shardOf(null, {})).toEqual({ index: 0, count: 1 });
    expect(shardOf(null, { JOB_COMPLETION_INDEX: "0", DEEPTS_SHARDS: "3" })).toEqual({ index: 0, count: 3 });
    expect(shardOf(null, { SLURM_ARRAY_TASK_ID: "10", SLURM_ARRAY_TASK_MIN: "0", SLURM_ARRAY_TASK_STEP: "5", SLURM_ARRAY_TASK_COUNT: "3" })).toEqual({ index: 2, count: 3 });
    expect(() => shardOf(null, { JOB_COMPLETION_INDEX: "4", JOB_COMPLETIONS: "4" })).toThrow(/shard index 4 of 4/);
    expect(() => shardOf(null, { SLURM_ARRAY_TASK_ID: "7", SLURM_ARRAY_TASK_MIN: "0", SLURM_ARRAY_TASK_STEP: "2", SLURM_ARRAY_TASK_COUNT: "5" })).toThrow(/shard index 3\.5 of 5/);
    const subs = Array.from({ length: 50 }, (_, i) => ({ student: `s${i}`, notebook: "01-activations.ipynb" }));
    const owners = subs.map((s) => [0, 1, 2].filter((k) => inShard(s, { index: k, count: 3 })));
    expect(owners.every((o) => o.length === 1)).toBe(true);
    expect(new Set(owners.map((o) => o[0])).size).toBe(3);
  });
  it("overrides win and show; the gradebook is sorted and has no times", () => {
    const res = (student: string, score: number) => ({ student, notebook: "01-activations.ipynb", score, exercises: [{ name: "relu", gradeId: "01-relu", score, tests: [{ gradeId: "01-relu-tests", score, status: "failed" }] }], notes: [], seconds: Math.random() });
    const over = [{ student: "b", notebook: "01-activations", gradeId: "01-relu", score: 1, reason: "regrade request" }];
    const rs = [res("b", 0), res("a", 1)].map((r) => applyOverrides(r, over));
    const csv = gradebookCsv(rs, ["01-activations.ipynb"], () => []);
    expect(csv).toBe("student,01-activations,total,status\na,1,1,\nb,1,1,01-activations: override 01-relu → 1 (regrade request)\n");
  });
  it("overrides: a notebook's score wins over its tests' whatever the order; an exercise's goes to its first test cell", () => {
    const r = {
      student: "a",
      notebook: "02-x.ipynb",
      score: 3,
      notes: [],
      exercises: [
        { name: "f", gradeId: "02-f", score: 2, tests: [{ gradeId: "02-f-tests", score: 1 }, { gradeId: "02-f-more", score: 1 }] },
        { name: "g", gradeId: "02-g", score: 1, tests: [{ gradeId: "02-g-tests", score: 1 }] },
      ],
    };
    const o = (gradeId: string | null, score: number) => ({ student: "a", notebook: "02-x", gradeId, score, reason: "r", line: 2 });
    expect(applyOverrides(r, [o(null, 5), o("02-g-tests", 0)]).score).toBe(5);
    const ex = applyOverrides(r, [o("02-f", 0.5)]);
    expect(ex.exercises[0].tests.map((t: any) => t.score)).toEqual([0.5, 0]);
    expect(ex.score).toBe(1.5);
    expect(r.score).toBe(3); // the result itself is not changed
  });
  it("similarity ignores names, comments and whitespace", () => {
    const a = normalise("function relu(z: NDArray) { // mine\n  const out = np.maximum(0, z);\n  return out; }");
    const b = normalise("function relu(x: NDArray) {\n\n const r = np.maximum(0, x); return r; }");
    const c = normalise("function relu(z: NDArray) { return z.mul(z.greater(0)); }");
    expect(similarity(a, b)).toBe(1);
    expect(similarity(a, c)).toBeLessThan(0.8);
  });
  it("parses options", () => {
    expect(parseArgs(["sub", "--jobs", "3", "--timeout=5", "--notebook", "01"])).toMatchObject({ positional: ["sub"], jobs: 3, timeout: 5, notebook: "01" });
    expect(() => parseArgs(["--bogus"])).toThrow(/unknown option/);
    expect(parseArgs(["sub"]).jobs).toBe(cpus().length); // default: the number of cores
  });
});
