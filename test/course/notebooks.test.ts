// Every notebook of the course, executed through the real kernel three ways:
// - the instructor version (solutions and hidden tests in, expected values filled): every cell runs
//   without an error, so every test passes against the recorded values, and every plot cell draws;
// - the student version: the kernel is alive at the end, and every graded test cell fails with a
//   readable message (no check passes by itself);
// - the answer fixtures (test/course/answers/NN-topic.ts): each committed mistake fails its test
//   cells with the message it expects, each alternative correct answer passes.
import { describe, it, expect, beforeAll } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answers, codeCell, course, errorText, errorsOf, format, release, src, type Course } from "./helpers";

const notebooks = course();
const runs = new Map<string, { instructor: any; student: any; answers: any }>();

/** The instructor version with each answer fixture in place after its exercise's test cells. */
function withAnswers(c: Course, instructor: any): any {
  const cells: any[] = [];
  instructor.cells.forEach((cell: any, i: number) => {
    cells.push(cell);
    const ex = c.exercises.find((e) => e.tests[e.tests.length - 1] === i);
    if (!ex) return;
    const fixtures = answers(c.name).filter((a) => a.fn === ex.name);
    fixtures.forEach((a, k) => {
      cells.push(codeCell(a.code, { fixture: k, fn: a.fn, role: "answer" }));
      for (const t of ex.tests) cells.push(codeCell(src(instructor.cells[t]), { fixture: k, fn: a.fn, role: "test" }));
    });
    if (fixtures.length) cells.push(codeCell(src(instructor.cells[ex.answer]), { fn: ex.name, role: "restore" }));
  });
  return { ...instructor, cells };
}

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "course-release-"));
  await release.release({ out, check: true, log: () => {} });
  const jupyterPath = release.privateKernelspec();
  const jobs: [string, string, () => any][] = [];
  for (const c of notebooks) {
    const instructor = JSON.parse(readFileSync(join(out, "instructor", `${c.name}.ipynb`), "utf8"));
    const student = JSON.parse(readFileSync(join(out, "student", `${c.name}.ipynb`), "utf8"));
    student.cells.push(codeCell('"kernel alive: " + (1 + 1)', { role: "alive" }));
    runs.set(c.name, { instructor: null, student: null, answers: null });
    jobs.push([c.name, "instructor", () => instructor]);
    jobs.push([c.name, "student", () => student]);
    if (answers(c.name).length) jobs.push([c.name, "answers", () => withAnswers(c, instructor)]);
  }
  const times: string[] = [];
  await release.pool(jobs, 2, async ([name, kind, nb]: [string, "instructor" | "student" | "answers", () => any]) => {
    const t0 = Date.now();
    (runs.get(name) as any)[kind] = await release.executeNotebook(nb(), { jupyterPath, timeout: 180 });
    times.push(`${name} ${kind}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
  // wall time of each run, kernel start included (two runs at a time), for the record
  console.log(times.sort().join("\n"));
}, 3_600_000);

describe.each(notebooks.map((c) => [c.name, c] as const))("%s", (name, c) => {
  it("instructor version: every cell runs, every test cell passes and says so, every plot draws", () => {
    const run = runs.get(name)!.instructor;
    run.cells.forEach((cell: any, i: number) => {
      if (cell.cell_type !== "code") return;
      expect(errorsOf(cell).map(errorText), `cell ${i + 1}: ${src(cell).slice(0, 120)}`).toEqual([]);
      if (format.isTest(cell)) expect(release.outputText(cell), `test cell ${i + 1}`).toMatch(/✔ \w+: all \d+ tests? passed/);
      if (/\bplot\./.test(src(cell))) {
        expect(cell.outputs.some((o: any) => o.data?.["application/vnd.plotly.v1+json"]), `plot cell ${i + 1} shows no figure`).toBe(true);
      }
    });
  });

  it("student version: the kernel survives, and every graded test cell fails with a readable message", () => {
    const run = runs.get(name)!.student;
    const last = run.cells[run.cells.length - 1];
    expect(release.outputText(last)).toContain("kernel alive: 2");
    run.cells.forEach((cell: any, i: number) => {
      if (format.isAnswer(cell)) expect(errorsOf(cell).map(errorText), `answer cell ${i + 1} must compile as released`).toEqual([]);
      if (!format.isTest(cell)) return;
      const errs = errorsOf(cell);
      expect(errs.length, `test cell ${i + 1} (${format.nbg(cell).grade_id}) passed without a solution`).toBe(1);
      expect(errorText(errs[0]), `test cell ${i + 1}`).toMatch(/^(Error: \w+ is not implemented yet: write your code in place of this line|CheckError: .+)/);
    });
  });

  const fixtures = answers(name);
  it("every exercise has a committed mistake and an alternative correct answer", () => {
    for (const ex of c.exercises) {
      expect(fixtures.some((a) => a.fn === ex.name && a.kind === "mistake" && a.expect.length > 0), `${ex.name}: a @mistake with @expect`).toBe(true);
      expect(fixtures.some((a) => a.fn === ex.name && a.kind === "correct"), `${ex.name}: a @correct alternative`).toBe(true);
    }
    for (const a of fixtures) expect(c.exercises.map((e) => e.name), `fixture for unknown function ${a.fn}`).toContain(a.fn);
  });

  it.each(fixtures.map((a, k) => [`${a.kind} ${a.fn}: ${a.why}`, a, k] as const))("%s", (_, a) => {
    const run = runs.get(name)!.answers;
    const k = fixtures.filter((f) => f.fn === a.fn).indexOf(a);
    const mine = run.cells.filter((cell: any) => cell.metadata?.deepts_test?.fixture === k && cell.metadata?.deepts_test?.fn === a.fn);
    const [answer, ...tests] = mine;
    expect(errorsOf(answer).map(errorText), "the fixture's answer cell must compile and run").toEqual([]);
    const errs = tests.flatMap(errorsOf);
    if (a.kind === "correct") {
      expect(errs.map(errorText)).toEqual([]);
    } else {
      expect(errs.length, "the mistake passed every test").toBeGreaterThan(0);
      for (const want of a.expect) expect(errorText(errs[0])).toContain(want);
    }
  });

  it("the reference answer is restored after the fixtures (later cells still pass)", () => {
    const run = runs.get(name)!.answers;
    if (!run) return;
    const after = run.cells.filter((cell: any) => !cell.metadata?.deepts_test || cell.metadata.deepts_test.role === "restore");
    expect(after.flatMap(errorsOf).map(errorText)).toEqual([]);
  });
});
