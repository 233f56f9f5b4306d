// The grading command end to end (main([...]) of grader/cli.mjs, real sandboxes, notebook 01 of the
// course): resume, --regrade, manual overrides, the similarity report, restart exhaustion, LMS zips,
// Kubernetes/Slurm shards and their merge. The course is a copy of notebook 01 and its recording
// (--course), so that a test can change a source as an instructor would.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FULL, POINTS, correct, sub } from "./fixtures";
// @ts-expect-error plain JavaScript module
import { inShard, lastRun, main } from "../../grader/cli.mjs";
// @ts-expect-error plain JavaScript module
import { contentHash, nbg } from "../../course/format.mjs";

const ROOT = join(__dirname, "..", "..");
const NB = "01-activations";
const dir = mkdtempSync(join(tmpdir(), "deepts-cli-"));
const course = join(dir, "course");
const cls = join(dir, "class");
const out = join(dir, "out");
const LIMITS = ["--jobs", "2", "--timeout", "3", "--memory", "300", "--output-cap", "1", "--restarts", "1"];
/** Timeout of a test that grades: generous, since the machine may be shared. */
const SLOW = 600_000;
const run = (args: string[], quiet = true) => main(["grade", ...args, "--course", course, ...LIMITS, ...(quiet ? ["--quiet"] : [])]);

/** Changes the source of notebook 01's relu test cell (and its recording's stamp, as a release would). */
function editReluTest(fn: (cell: any) => void) {
  const file = join(course, `${NB}.ipynb`);
  const nb = JSON.parse(readFileSync(file, "utf8"));
  fn(nb.cells.find((c: any) => nbg(c).grade_id === "01-relu-tests"));
  writeFileSync(file, JSON.stringify(nb, null, 1));
  const recFile = join(course, ".expected", `${NB}.json`);
  const rec = JSON.parse(readFileSync(recFile, "utf8"));
  rec.source = contentHash(nb); // the recorded values do not change: the reference solution is the same
  writeFileSync(recFile, JSON.stringify(rec));
}
/** Partial credit on the relu test cell, with this weight on its hidden check. */
const reluPartial = (hiddenWeight: number) =>
  editReluTest((cell) => {
    cell.metadata.deepts = { ...cell.metadata.deepts, partial_credit: true };
    const src = (Array.isArray(cell.source) ? cell.source.join("") : cell.source).replace(/\{ what: "relu of a \(5, 6\) matrix"(, weight: \d+)? \}/, `{ what: "relu of a (5, 6) matrix", weight: ${hiddenWeight} }`);
    expect(src).toContain(`weight: ${hiddenWeight}`);
    cell.source = src;
  });

// ada: the reference answers; bob: ada's with every name changed and other spacing and comments;
// cyd: honest answers of their own, and relu hard-coded for the public test's input.
const BOB: Record<string, string> = {
  basicSigmoid: "function basicSigmoid(value: number): number {\n    // the logistic function\n    return 1/(1+Math.exp(-value));\n}",
  sigmoid: "function sigmoid(input: NDArray): NDArray {\n  return np.divide( 1, np.add( 1, np.exp( np.negative( input ) ) ) );\n}",
  sigmoidDerivative: "function sigmoidDerivative(a: NDArray): NDArray {\n  const sg = sigmoid(a);   return sg.mul(np.subtract(1, sg)); }",
  relu: "function relu(v: NDArray): NDArray { return np.maximum(0, v); }",
  tanhDerivative: "function tanhDerivative(m: NDArray): NDArray {\n\tconst th = np.tanh(m);\n\n\treturn np.subtract(1, th.mul(th));\n}",
};
const CYD: Record<string, string> = {
  basicSigmoid: "function basicSigmoid(x: number): number {\n  const e = Math.exp(-x);\n  return 1 / (e + 1);\n}",
  sigmoid: "function sigmoid(z: NDArray): NDArray {\n  const e = np.exp(np.negative(z));\n  return np.divide(1, np.add(e, 1));\n}",
  sigmoidDerivative: "function sigmoidDerivative(z: NDArray): NDArray {\n  return sigmoid(z).mul(np.subtract(1, sigmoid(z)));\n}",
  relu: "function relu(z: NDArray): NDArray {\n  return np.array([[0, 0, 2], [3, 0, 0.25]]);\n}",
  tanhDerivative: "function tanhDerivative(z: NDArray): NDArray {\n  return np.subtract(1, np.tanh(z).mul(np.tanh(z)));\n}",
};
const build = (answers: Record<string, string>) => {
  const s = sub();
  for (const [name, src] of Object.entries(answers)) s.answer(name, src);
  return s;
};
const CYD_V1 = FULL - POINTS.relu; // relu all or nothing: the hidden check fails

const result = (o: string, student: string) => JSON.parse(readFileSync(join(o, "submissions", student, NB, "result.json"), "utf8"));
const gradescope = (o: string, student: string) => JSON.parse(readFileSync(join(o, "submissions", student, NB, "results.json"), "utf8"));
const feedback = (o: string, student: string) => readFileSync(join(o, "submissions", student, NB, "feedback.html"), "utf8");
const csv = (o: string) => readFileSync(join(o, "grades.csv"), "utf8");
/** grades.csv as student → column → value (quoted cells kept whole). */
function gradebook(o: string): Record<string, Record<string, string>> {
  const split = (l: string) => {
    const f = [""];
    let q = false;
    for (let i = 0; i < l.length; i++) {
      if (q && l[i] === '"' && l[i + 1] === '"') (f[f.length - 1] += '"'), i++;
      else if (l[i] === '"') q = !q;
      else if (l[i] === "," && !q) f.push("");
      else f[f.length - 1] += l[i];
    }
    return f;
  };
  const [head, ...rows] = csv(o).trim().split("\n");
  const cols = split(head);
  return Object.fromEntries(rows.map((r) => [split(r)[0], Object.fromEntries(split(r).map((v, i) => [cols[i], v]))]));
}
const score = (o: string, student: string, ex: string) => result(o, student).exercises.find((e: any) => e.name === ex).score;

let stderr = "";

beforeAll(async () => {
  mkdirSync(join(course, ".expected"), { recursive: true });
  copyFileSync(join(ROOT, "notebooks", `${NB}.ipynb`), join(course, `${NB}.ipynb`));
  copyFileSync(join(ROOT, "notebooks", ".expected", `${NB}.json`), join(course, ".expected", `${NB}.json`));
  sub().allCorrect().write(cls, "ada");
  build(BOB).write(cls, "bob");
  build(CYD).write(cls, "cyd");
  writeFileSync(
    join(dir, "overrides.csv"),
    'student,notebook,grade_id,score,reason\ncyd,01-activations,01-relu-tests,1,"regrade request, approved"\nada,01-activations.ipynb,,3,oral exam\n',
  );
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((c: any) => (chunks.push(String(c)), true));
  try {
    expect(await run([cls, "--out", out, "--overrides", join(dir, "overrides.csv")], false)).toBe(0);
  } finally {
    spy.mockRestore();
  }
  stderr = chunks.join("");
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("deepts grade, end to end", () => {
  it("grades the class, with a progress bar, an ETA and a count of sandboxes", () => {
    expect(Object.fromEntries(["ada", "bob", "cyd"].map((s) => [s, result(out, s).score]))).toEqual({ ada: FULL, bob: FULL, cyd: CYD_V1 });
    expect(stderr).toMatch(/3 submissions: 3 to grade, 0 unchanged/);
    expect(stderr).toMatch(/\[#+\.*\] 1\/3 .*ETA \d/);
    expect(stderr).toMatch(/\[#{30}\] 3\/3/);
    expect(lastRun).toMatchObject({ graded: 3, skipped: 0, sandboxes: 4 }); // 3 submissions and the reference, once
  });

  it("similarity: the same answers up to names and spacing are listed, honest different ones are not, scores unchanged", () => {
    const [head, ...pairs] = readFileSync(join(out, "similarity.csv"), "utf8").trim().split("\n");
    expect(head).toBe("notebook,student_a,student_b,similarity,exercises");
    expect(pairs).toEqual([`${NB}.ipynb,ada,bob,1.000,01-basicSigmoid 01-sigmoid 01-sigmoidDerivative 01-relu 01-tanhDerivative`]);
    expect(result(out, "bob").score).toBe(FULL);
    expect(gradebook(out).bob).toEqual({ student: "bob", [NB]: String(FULL), total: String(FULL), status: "" });
  });

  it("overrides win and are shown in grades.csv, results.json and the feedback page", () => {
    const g = gradebook(out);
    expect(g.cyd[NB]).toBe(String(CYD_V1 + 1));
    expect(g.cyd.status).toBe("01-activations: override 01-relu-tests → 1 (regrade request, approved)");
    expect(g.ada[NB]).toBe("3");
    expect(g.ada.status).toBe("01-activations: override notebook → 3 (oral exam)");
    expect(result(out, "cyd").score).toBe(CYD_V1); // the computed result is kept as computed
    const relu = gradescope(out, "cyd").tests.find((t: any) => t.extra_data.grade_id === "01-relu-tests");
    expect(relu).toMatchObject({ score: 1, max_score: 1 });
    expect(relu.output).toMatch(/Manual override: 1 points \(regrade request, approved\)/);
    expect(gradescope(out, "cyd").score).toBe(CYD_V1 + 1);
    expect(gradescope(out, "ada")).toMatchObject({ score: 3, output: expect.stringMatching(/manual override: notebook → 3 \(oral exam\)/) });
    expect(feedback(out, "cyd")).toMatch(/Manual override:<\/b> 1 points \(regrade request, approved\)/);
    expect(feedback(out, "ada")).toMatch(/Manual override:<\/b> notebook → 3 \(oral exam\)/);
    expect(feedback(out, "ada")).toMatch(/<b>ada<\/b>: 3 \/ 7 points/);
    expect(result(out, "ada").score).toBe(FULL);
  });

  it("a malformed or mistaken override file is refused before grading, naming the line", async () => {
    const bad = (name: string, body: string) => {
      writeFileSync(join(dir, name), body);
      return run([cls, "--out", join(dir, "never"), "--overrides", join(dir, name)]);
    };
    const H = "student,notebook,grade_id,score,reason\n";
    await expect(bad("a.csv", `${H}ada,01-activations,,7,ok\nbob,01-activations,,lots,why\n`)).rejects.toThrow(/a\.csv line 3: the score "lots" is not a number ≥ 0/);
    await expect(bad("b.csv", `${H}ada,01-activations,,-1,penalty\n`)).rejects.toThrow(/line 2: the score "-1" is not a number ≥ 0/);
    await expect(bad("c.csv", `${H}ada,01-activations,,7,a, b\n`)).rejects.toThrow(/line 2: 6 fields, the header has 5/);
    await expect(bad("d.csv", `${H}\nada,01-activations,01-relu-test,1,typo\n`)).rejects.toThrow(/line 3: 01-activations has no exercise or test cell "01-relu-test"/);
    await expect(bad("e.csv", `${H}ada,01-activaton,,1,typo\n`)).rejects.toThrow(/line 2: no notebook "01-activaton" in the course/);
    await expect(bad("f.csv", "name,notebook,score\n")).rejects.toThrow(/line 1: the header must be student,notebook,grade_id,score,reason \(missing student, grade_id\)/);
    await expect(bad("g.csv", `${H}ada,01-activations,,1,"unclosed\n`)).rejects.toThrow(/line 2: a quote is not closed/);
    await expect(bad("h.csv", `${H}ada,01-activations,,1,x\nada,01-activations,,2,y\n`)).rejects.toThrow(/line 3: overrides the same score as line 2/);
    expect(existsSync(join(dir, "never", "submissions"))).toBe(false);
  });

  it("resume: unchanged content runs no sandbox; overrides are kept without being given again", async () => {
    const before = Object.fromEntries(["ada", "bob", "cyd"].map((s) => [s, readFileSync(join(out, "submissions", s, NB, "result.json"), "utf8")]));
    const book = csv(out);
    expect(await run([cls, "--out", out])).toBe(0);
    expect(lastRun).toMatchObject({ graded: 0, skipped: 3, sandboxes: 0 });
    for (const [s, text] of Object.entries(before)) expect(readFileSync(join(out, "submissions", s, NB, "result.json"), "utf8")).toBe(text);
    expect(csv(out)).toBe(book);
  }, SLOW);

  it("resume: a changed submission is the only one graded again", async () => {
    build({ ...CYD, basicSigmoid: correct("basicSigmoid") }).write(cls, "cyd");
    expect(await run([cls, "--out", out])).toBe(0);
    expect(lastRun).toMatchObject({ graded: 1, skipped: 2, sandboxes: 1, students: ["cyd"] });
    expect(result(out, "cyd").score).toBe(CYD_V1);
    expect(gradebook(out).cyd.status).toMatch(/override 01-relu-tests → 1/);
  }, SLOW);

  it("resume: a changed source notebook grades everyone again (and its reference)", async () => {
    reluPartial(3); // relu: partial credit, the hidden check 3 times the public one
    expect(await run([cls, "--out", out])).toBe(0);
    expect(lastRun).toMatchObject({ graded: 3, skipped: 0, sandboxes: 4 });
    expect(score(out, "cyd", "relu")).toBe(0.25); // the public check only: 1 / (1 + 3)
    const relu = result(out, "cyd").exercises.find((e: any) => e.name === "relu");
    expect(relu.status).toBe("failed");
    // the public check passed; the student is told a hidden one failed, never "all tests passed"
    expect(relu.tests[0].message).toMatch(/^a hidden test failed: wrong shape/);
    expect(result(out, "ada").score).toBe(FULL);
    expect(gradebook(out).cyd[NB]).toBe(String(CYD_V1 + 1)); // the override still wins
  }, SLOW);

  it("--regrade GRADE_ID re-runs one exercise across the class; the others are kept, not re-run", async () => {
    // A mark in every kept result: re-running an exercise would replace its message.
    const mark = (s: string) => {
      const f = join(out, "submissions", s, NB, "result.json");
      const r = JSON.parse(readFileSync(f, "utf8"));
      for (const ex of r.exercises) for (const t of ex.tests) t.message = `kept ${t.gradeId}`;
      writeFileSync(f, JSON.stringify(r));
      return r;
    };
    const before = Object.fromEntries(["ada", "bob", "cyd"].map((s) => [s, mark(s)]));
    reluPartial(1); // the instructor changes the weight of relu's hidden check
    build(CYD).write(cls, "cyd"); // and cyd's file changed since: cyd is graded in full
    await expect(run([cls, "--out", out, "--regrade", "01-relu-test"])).rejects.toThrow(/--regrade 01-relu-test: no exercise or test cell has this grade_id/);
    expect(await run([cls, "--out", out, "--regrade", "01-relu-tests"])).toBe(0);
    expect(lastRun).toMatchObject({ graded: 3, sandboxes: 4 });
    for (const s of ["ada", "bob"]) {
      const r = result(out, s);
      for (const [k, ex] of r.exercises.entries()) {
        if (ex.name === "relu") expect(ex.tests[0].message).not.toMatch(/^kept/);
        else expect(ex).toEqual(before[s].exercises[k]);
      }
    }
    for (const ex of result(out, "cyd").exercises) expect(ex.tests[0].message).not.toMatch(/^kept/);
    expect(score(out, "cyd", "relu")).toBe(0.5);
    expect(result(out, "cyd").score).toBe(CYD_V1 + 0.5);
    expect(score(out, "ada", "relu")).toBe(1);
    expect(score(out, "bob", "relu")).toBe(1);
    // grades.csv follows; the overrides still win
    const g = gradebook(out);
    expect(g.bob[NB]).toBe(String(FULL));
    expect(g.cyd[NB]).toBe(String(CYD_V1 + 1));
    expect(g.ada[NB]).toBe("3");
    expect(gradescope(out, "cyd").tests.find((t: any) => t.extra_data.grade_id === "01-relu-tests").output).toMatch(/Manual override/);
    // the regrade stamped the new sources: a plain run has nothing to do
    expect(await run([cls, "--out", out])).toBe(0);
    expect(lastRun).toMatchObject({ graded: 0, sandboxes: 0 });
  }, SLOW);

  it("--regrade of another notebook's exercise leaves this notebook's unchanged submissions alone", async () => {
    const two = join(dir, "course-2");
    const o = join(dir, "out-2");
    cpSync(course, two, { recursive: true });
    copyFileSync(join(ROOT, "notebooks", "02-losses.ipynb"), join(two, "02-losses.ipynb"));
    copyFileSync(join(ROOT, "notebooks", ".expected", "02-losses.json"), join(two, ".expected", "02-losses.json"));
    cpSync(join(out, "submissions"), join(o, "submissions"), { recursive: true });
    expect(await main(["grade", cls, "--course", two, "--out", o, "--regrade", "02-L1-tests", ...LIMITS, "--quiet"])).toBe(0);
    expect(lastRun).toMatchObject({ graded: 0, skipped: 3, sandboxes: 0 });
  }, SLOW);

  it("an override removed from the file disappears from every output", async () => {
    const file = join(dir, "overrides2.csv");
    writeFileSync(file, "student,notebook,grade_id,score,reason\nada,01-activations,,3,oral exam\n");
    expect(await run([cls, "--out", out, "--overrides", file])).toBe(0);
    expect(lastRun.graded).toBe(0);
    expect(gradebook(out).cyd[NB]).toBe(String(CYD_V1 + 0.5));
    expect(gradescope(out, "cyd").score).toBe(CYD_V1 + 0.5);
    expect(feedback(out, "cyd")).not.toMatch(/Manual override/);
    expect(gradebook(out).ada[NB]).toBe("3");
  }, SLOW);

  it("shards from Kubernetes' and Slurm's environments merge into the same gradebook and similarity report, byte for byte", async () => {
    const students = ["ada", "bob", "cyd"];
    const envs = [
      { JOB_COMPLETION_INDEX: "0", JOB_COMPLETIONS: "2" },
      { SLURM_ARRAY_TASK_ID: "3", SLURM_ARRAY_TASK_MIN: "1", SLURM_ARRAY_TASK_STEP: "2", SLURM_ARRAY_TASK_COUNT: "2" }, // --array=1-3:2, second task
    ];
    const shards = envs.map((_, k) => join(dir, `shard${k}`));
    for (const [k, d] of shards.entries()) {
      // each shard's folder starts with its share's results (so this checks the share, not grading)
      for (const s of students) if (inShard({ student: s, notebook: `${NB}.ipynb` }, { index: k, count: 2 })) cpSync(join(out, "submissions", s), join(d, "submissions", s), { recursive: true });
      cpSync(join(out, ".reference"), join(d, ".reference"), { recursive: true });
    }
    const mine = shards.map((d) => readdirSync(join(d, "submissions")).sort());
    expect(mine[0].length + mine[1].length).toBe(3);
    expect(mine[0].length * mine[1].length).toBeGreaterThan(0);
    for (const [k, env] of envs.entries()) {
      Object.assign(process.env, env);
      try {
        expect(await run([cls, "--out", shards[k], "--overrides", join(out, "overrides.csv")])).toBe(0);
      } finally {
        for (const key of Object.keys(env)) delete process.env[key];
      }
      expect(lastRun).toMatchObject({ graded: 0, skipped: mine[k].length, sandboxes: 0 });
      expect(readdirSync(join(shards[k], "submissions")).sort()).toEqual(mine[k]);
    }
    expect(await main(["grade", "merge", ...shards, "--out", join(dir, "merged"), "--quiet"])).toBe(0);
    expect(csv(join(dir, "merged"))).toBe(csv(out));
    // the report needs no submitted file: the answers travel in the results
    rmSync(cls, { recursive: true, force: true });
    rmSync(join(dir, "merged"), { recursive: true, force: true });
    expect(await main(["grade", "merge", ...shards, "--out", join(dir, "merged"), "--quiet"])).toBe(0);
    expect(readFileSync(join(dir, "merged", "similarity.csv"), "utf8")).toBe(readFileSync(join(out, "similarity.csv"), "utf8"));
    expect(csv(join(dir, "merged"))).toBe(csv(out));
    // a Kubernetes index without the Job's completions would grade everything in every pod
    process.env.JOB_COMPLETION_INDEX = "1";
    try {
      await expect(run([join(dir, "none"), "--out", join(dir, "never")])).rejects.toThrow(/set JOB_COMPLETIONS/);
    } finally {
      delete process.env.JOB_COMPLETION_INDEX;
    }
  }, SLOW);

  describe("an LMS zip with a submission that keeps stopping its sandbox", () => {
    const o = join(dir, "zip-out");
    let text = "";
    beforeAll(async () => {
      // Moodle: Ada answers everything; Canvas (late, resubmitted): Alan's cells flood the output and hang
      const z = join(dir, "zip");
      mkdirSync(join(z, "Ada Lovelace_98765_assignsubmission_file_"), { recursive: true });
      writeFileSync(join(z, "Ada Lovelace_98765_assignsubmission_file_", `${NB}.ipynb`), JSON.stringify(sub().allCorrect().nb));
      const alan = sub()
        .allCorrect()
        .answer("basicSigmoid", 'console.log("x".repeat(2 << 20));\nfunction basicSigmoid(x: number): number { return 1 / (1 + Math.exp(-x)); }')
        .answer("sigmoid", "let spin = true;\nwhile (spin) {}\nfunction sigmoid(z: NDArray): NDArray { return np.divide(1, np.add(1, np.exp(np.negative(z)))); }");
      writeFileSync(join(z, `turingalan_LATE_4242_777_${NB}-1.ipynb`), JSON.stringify(alan.nb));
      execFileSync("zip", ["-qr", join(dir, "canvas-moodle.zip"), "."], { cwd: z });
      cpSync(join(out, ".reference"), join(o, ".reference"), { recursive: true });
      const chunks: string[] = [];
      const spy = vi.spyOn(process.stderr, "write").mockImplementation((c: any) => (chunks.push(String(c)), true));
      try {
        expect(await run([join(dir, "canvas-moodle.zip"), "--out", o], false)).toBe(0);
      } finally {
        spy.mockRestore();
      }
      text = chunks.join("");
    }, SLOW);

    it("student ids parsed from Canvas's and Moodle's names, the mapping shown, graded under the ids", () => {
      expect(text).toContain(`Ada Lovelace_98765_assignsubmission_file_/${NB}.ipynb → 98765 (Ada Lovelace)`);
      expect(text).toContain(`turingalan_LATE_4242_777_${NB}-1.ipynb → 4242 (turingalan)`);
      const g = gradebook(o);
      expect(Object.keys(g).sort()).toEqual(["4242", "98765"]);
      expect(g["98765"]).toMatchObject({ [NB]: String(FULL), status: "" });
      expect(g["4242"][NB]).toBe("0");
    });

    it("restart exhaustion: exercises not reached are not-run, in bounded time, and the status column says so", () => {
      // bounded: Ada 1 sandbox, Alan 1 + 1 restart (--restarts 1), each stopped by a cap (1 MB, 3 s)
      // (no assertion on time: the machine may be shared)
      expect(lastRun).toMatchObject({ graded: 2, sandboxes: 3 });
      const r = result(o, "4242");
      expect(Object.fromEntries(r.exercises.map((e: any) => [e.name, `${e.status} ${e.score}`]))).toEqual({
        basicSigmoid: "error 0",
        sigmoid: "timeout 0",
        sigmoidDerivative: "not-run 0",
        relu: "not-run 0",
        tanhDerivative: "not-run 0",
      });
      expect(r.exercises[0].tests[0].message).toMatch(/printed more than 1 MB/);
      expect(r.exercises[1].tests[0].message).toMatch(/stopped after 3 s/);
      expect(r.exercises[3].tests[0].message).toMatch(/not graded: the sandbox stopped 2 times \(last: stopped after 3 s.*\) and the grader restarts it at most 1 time/);
      expect(gradescope(o, "4242").tests.every((t: any) => t.status === "failed")).toBe(true);
      const status = gradebook(o)["4242"].status;
      expect(status).toMatch(/relu: not-run/);
      expect(status).toMatch(/sandbox restarts used up \(1\)/);
    });
  });

  it("a source with a 0-point test cell or a negative check weight is refused before any student is graded", async () => {
    const bad = join(dir, "bad-course");
    const o = join(dir, "bad-out");
    sub().write(join(dir, "one"), "ada");
    const edit = (fn: (cell: any) => void) => {
      cpSync(course, bad, { recursive: true });
      const file = join(bad, `${NB}.ipynb`);
      const nb = JSON.parse(readFileSync(file, "utf8"));
      fn(nb.cells.find((c: any) => nbg(c).grade_id === "01-relu-tests"));
      writeFileSync(file, JSON.stringify(nb, null, 1));
      const rec = JSON.parse(readFileSync(join(bad, ".expected", `${NB}.json`), "utf8"));
      writeFileSync(join(bad, ".expected", `${NB}.json`), JSON.stringify({ ...rec, source: contentHash(nb) }));
    };
    edit((cell) => (cell.metadata.nbgrader.points = 0));
    await expect(main(["grade", join(dir, "one"), "--course", bad, "--out", o, ...LIMITS, "--quiet"])).rejects.toThrow(/"01-relu-tests" needs points \(a positive number\)/);
    edit((cell) => (cell.source = (Array.isArray(cell.source) ? cell.source.join("") : cell.source).replace(/weight: \d+/, "weight: -1")));
    await expect(main(["grade", join(dir, "one"), "--course", bad, "--out", o, ...LIMITS, "--quiet"])).rejects.toThrow(/01-relu-tests: check relu-random has a negative weight/);
    expect(existsSync(join(o, "submissions"))).toBe(false);
  }, SLOW);

  it("the deepts bin and npm run grade run the same command", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.bin.deepts).toBe("grader/cli.mjs");
    expect(pkg.scripts.grade).toBe("node grader/cli.mjs grade");
    expect(readFileSync(join(ROOT, "grader", "cli.mjs"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const r = spawnSync(process.execPath, [join(ROOT, "grader", "cli.mjs"), "grade", "--bogus"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/deepts grade: unknown option --bogus/);
  });
});
