// @ts-check
// Grading one submission: the trusted notebook is rebuilt from the course's sources (test and
// locked cells replaced by the instructor's), compiled here, run in sandboxes (restarting past a
// cell that hangs, crashes or exhausts memory), and scored here from what the trusted test code
// observed, compared with expected values the sandbox never sees.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { buildVersions, loadCourse, storedRecording } from "../course/release.mjs";
import { contentHash, isAnswer, isTest, nbg, text } from "../course/format.mjs";
import { ROOT, runSandbox } from "./run.mjs";

const require = createRequire(import.meta.url);
/** The comparison and decoding of src/check, loaded into the grader (which runs no student code). */
const { compare, decode } = require(join(ROOT, "dist", "check", "index.js"));
const { kindOf } = require(join(ROOT, "dist", "check", "compare.js"));
const { NotebookCompiler, sourceLine } = require("./compile.cjs");

// ---- the course -------------------------------------------------------------------------------

/**
 * @typedef {{ name: string, gradeId: string, answer: number, tests: { index: number, gradeId: string, points: number, partial: boolean }[], points: number }} Exercise
 * @typedef {{ file: string, name: string, prefix: string, hash: string, instructor: any, student: any, exercises: Exercise[], rec: any }} CourseNotebook
 */

/**
 * The graded notebooks, from the sources and their recordings (never from files students had).
 * @param {{ only?: string[], dir?: string }} [o] `dir`: the sources' folder (default: the checkout's
 *   notebooks/), with their recordings in its `.expected/`
 * @returns {CourseNotebook[]}
 */
export function loadGradedCourse(o = {}) {
  const out = [];
  for (const c of o.dir ? loadCourse(o.dir) : loadCourse()) {
    const name = basename(c.file);
    if (o.only?.length && !o.only.some((p) => name.startsWith(p) || name === p || name.replace(/\.ipynb$/, "") === p)) continue;
    if (c.exercises.length === 0) continue;
    const rec = o.dir ? storedRecording(c.file, c.nb, join(o.dir, ".expected")) : storedRecording(c.file, c.nb);
    if (!rec) throw new Error(`the recording of ${name} is out of date: run \`npm run release\` first`);
    const v = buildVersions(c.nb, c.exercises, rec);
    const exercises = c.exercises.map((ex) => ({
      name: ex.name,
      gradeId: nbg(c.nb.cells[ex.answer]).grade_id,
      answer: ex.answer,
      tests: ex.tests.map((t) => ({
        index: t,
        gradeId: nbg(c.nb.cells[t]).grade_id,
        points: Number(nbg(c.nb.cells[t]).points),
        partial: c.nb.cells[t].metadata?.deepts?.partial_credit === true,
      })),
      points: ex.points,
    }));
    out.push({ file: c.file, name, prefix: name.slice(0, 2), hash: contentHash(c.nb) + ":" + JSON.stringify(rec).length, instructor: v.instructor, student: v.student, exercises, rec });
  }
  return out;
}

/** A hash of every source notebook graded (stamped on results). */
export function sourcesHash(course) {
  const h = createHash("sha256");
  for (const c of course) h.update(c.name + "\0" + contentHash(c.instructor) + "\0" + JSON.stringify(c.rec.checks) + "\0");
  return h.digest("hex").slice(0, 16);
}

// ---- the trusted notebook ---------------------------------------------------------------------

const norm = (s) => s.replace(/\s+/g, " ").trim();

/**
 * What runs: the student's cells in their order, with every test and locked cell of the source
 * put back (matched by grade_id, then cell id, then content) at its place, and a note for each
 * cell the student altered, deleted, duplicated, re-typed or moved.
 * @param {CourseNotebook} course
 * @param {any} sub the submitted notebook (parsed)
 * @returns {{ cells: { kind: "student" | "test", source: string, exercise: number | null, inst: number | null }[], notes: string[] }}
 */
export function trustedNotebook(course, sub) {
  const inst = course.instructor.cells;
  const stud = course.student.cells;
  const notes = [];
  const byGrade = new Map();
  const byId = new Map();
  inst.forEach((c, i) => {
    if (nbg(c).grade_id) byGrade.set(nbg(c).grade_id, i);
    if (c.id) byId.set(c.id, i);
  });
  const isLocked = (c) => isTest(c) || (nbg(c).locked === true && !isAnswer(c));
  const exerciseOfInst = new Map();
  course.exercises.forEach((ex, e) => {
    exerciseOfInst.set(ex.answer, e);
    for (const t of ex.tests) exerciseOfInst.set(t.index, e);
  });
  const label = (i) => {
    const g = nbg(inst[i]).grade_id;
    return g ? `"${g}"` : `cell ${i + 1}`;
  };
  /** @type {{ kind: "student" | "test" | "skip", source: string, exercise: number | null, inst: number | null }[]} */
  const seq = [];
  const seen = new Set();
  const present = new Set(); // instructor cells the student's notebook still has, where it has them
  (sub.cells ?? []).forEach((c, k) => {
    if (!c || typeof c !== "object") return;
    const src = typeof c.source === "string" || Array.isArray(c.source) ? text(c) : "";
    const gid = c.metadata?.nbgrader?.grade_id;
    let m = typeof gid === "string" && byGrade.has(gid) ? byGrade.get(gid) : null;
    if (m === null && typeof c.id === "string" && byId.has(c.id) && (nbg(inst[byId.get(c.id)]).grade_id || !seen.has(byId.get(c.id)))) m = byId.get(c.id);
    if (m === null && src.trim()) {
      const i = inst.findIndex((ic, i) => isLocked(ic) && !seen.has(i) && (norm(text(stud[i])) === norm(src) || norm(text(ic)) === norm(src)));
      if (i >= 0) m = i;
    }
    if (m !== null && gid === undefined && nbg(inst[m]).grade_id) notes.push(`${label(m)}: its grading metadata was removed (cell ${k + 1}); found by ${typeof c.id === "string" && byId.get(c.id) === m ? "its id" : "its content"}`);
    if (m !== null && seen.has(m)) {
      if (nbg(inst[m]).grade_id) notes.push(`${label(m)}: duplicated (cell ${k + 1}); ${isLocked(inst[m]) ? "the copy is ignored" : "the copy runs as your own code"}`);
      if (isLocked(inst[m])) return;
      if (c.cell_type === "code") seq.push({ kind: "student", source: src, exercise: null, inst: null });
      return;
    }
    if (m === null) {
      if (c.cell_type === "code") seq.push({ kind: "student", source: src, exercise: null, inst: null });
      return;
    }
    seen.add(m);
    const ic = inst[m];
    if (c.cell_type !== ic.cell_type && nbg(ic).grade_id) notes.push(`${label(m)}: re-typed from ${ic.cell_type} to ${c.cell_type}; graded as ${ic.cell_type}`);
    if (isLocked(ic)) {
      if (norm(src) !== norm(text(stud[m])) && norm(src) !== norm(text(ic))) notes.push(`${label(m)}: altered; the course's version was used`);
      present.add(m);
      seq.push({ kind: "skip", source: "", exercise: exerciseOfInst.get(m) ?? null, inst: m }); // where the student had it
      return;
    }
    present.add(m);
    if (isAnswer(ic)) seq.push({ kind: "student", source: src, exercise: exerciseOfInst.get(m) ?? null, inst: m });
    else if (ic.cell_type === "code" && c.cell_type === "code") seq.push({ kind: "student", source: src, exercise: null, inst: m });
    else seq.push({ kind: "skip", source: "", exercise: null, inst: m });
  });
  // Put every locked cell back after the cell that precedes it in the source (when the student's
  // notebook has it, after the exercise's answer cell), whether the student moved or deleted it.
  const lockedCells = inst.map((c, i) => i).filter((i) => isLocked(inst[i]) && inst[i].cell_type === "code");
  const posOf = (j) => seq.findIndex((s) => s.inst === j && s.kind !== "skip");
  for (const i of lockedCells) {
    const ex = exerciseOfInst.get(i);
    const entry = { kind: /** @type {"test" | "student"} */ (isTest(inst[i]) ? "test" : "student"), source: text(inst[i]), exercise: ex ?? null, inst: i };
    const had = seq.findIndex((s) => s.inst === i && s.kind === "skip");
    if (had >= 0 && ex !== undefined) {
      // Where the student has it is fine when it is after its answer cell and before the next one.
      const from = posOf(course.exercises[ex].answer);
      const nextAnswer = course.exercises[ex + 1]?.answer;
      const to = nextAnswer === undefined ? seq.length : posOf(nextAnswer);
      if (from >= 0 && had > from && (to < 0 || had < to)) {
        seq[had] = entry;
        continue;
      }
    }
    if (had >= 0) seq.splice(had, 1);
    let at = -1;
    for (let j = i - 1; j >= 0 && at < 0; j--) at = seq.findIndex((s) => s.inst === j);
    while (at + 1 < seq.length && seq[at + 1].inst === null) at++; // after the student's own cells that follow
    if (nbg(inst[i]).grade_id) notes.push(had < 0 ? `${label(i)}: deleted; the course's version was put back` : `${label(i)}: moved; graded at its place in the course's notebook`);
    seq.splice(at + 1, 0, entry);
  }
  // Which exercise each cell belongs to: its own, else the last answer cell before it.
  let currentEx = null;
  const cells = [];
  for (const s of seq) {
    if (s.kind === "skip") continue;
    if (s.inst !== null && isAnswer(inst[s.inst])) currentEx = s.exercise;
    cells.push({ kind: /** @type {"student" | "test"} */ (s.kind), source: s.source, exercise: s.exercise ?? currentEx, inst: s.inst });
  }
  return { cells, notes };
}

/** The test cell as the sandbox gets it: expected values taken out (the same lines, no values). */
export function strippedTest(source) {
  return source
    .split("\n")
    .map((l) => l.replace(/^(\s*)check\.begin\(.*\);(.*)$/, "$1check.begin(null);").replace(/^(\s*)check\.expect\(.*\);\s*$/, "$1check.expect(null);"))
    .join("\n");
}

// ---- running ----------------------------------------------------------------------------------

/**
 * @typedef {{ status: "passed" | "failed" | "timeout" | "error" | "not-run", score: number, max: number, message: string, hidden?: boolean }} TestResult
 */

/**
 * Runs the trusted notebook's cells, restarting past cells that stop the sandbox.
 * @param {ReturnType<typeof trustedNotebook>["cells"]} cells
 * @param {NotebookCompiler} compiler
 * @param {{ timeout: number, memoryMB: number, outputMB: number, restarts?: number, skipExercise?: (e: number) => boolean }} limits
 */
export async function execute(cells, compiler, limits) {
  const t0 = Date.now();
  const compiled = compiler.compile(cells.map((c) => (c.kind === "test" ? strippedTest(c.source) : c.source)));
  const compileMs = Date.now() - t0;
  /** cell index → outcome */
  const outcome = new Map();
  compiled.forEach((c, i) => {
    if (!c.ok) outcome.set(i, { ok: false, error: { name: "CompileError", message: c.message }, line: c.line, calls: [], hidden: false });
  });
  const failed = new Map(); // exercise → { status, message } (a cell of it stopped the sandbox)
  const poisoned = new Set();
  let runs = 0;
  let start = 0;
  let run = 0;
  const maxRuns = 1 + (limits.restarts ?? 3);
  let lastStop = null;
  let exhausted = false;
  for (;;) {
    const job = [];
    cells.forEach((c, i) => {
      if (poisoned.has(i) || !compiled[i].ok || !compiled[i].js) return;
      if (c.kind === "test" && (outcome.has(i) || (c.exercise !== null && failed.has(c.exercise)) || limits.skipExercise?.(c.exercise ?? -1))) return;
      job.push({ i, kind: c.kind, js: compiled[i].js, async: compiled[i].async, name: `deepts-cell-${i}`, segment: c.exercise === null ? `free-${i}` : `ex-${c.exercise}` });
    });
    const pendingTests = job.some((j) => j.kind === "test");
    if (!pendingTests) break;
    if (runs >= maxRuns) {
      exhausted = true;
      lastStop = `the sandbox stopped ${runs} time${runs === 1 ? "" : "s"} (last: ${lastStop ?? "?"}) and the grader restarts it at most ${maxRuns - 1} time${maxRuns === 2 ? "" : "s"}`;
      break;
    }
    runs++;
    const r = await runSandbox(job, limits);
    start += r.ms.start;
    run += r.ms.run;
    let cur = null;
    for (const rec of r.records) {
      if (typeof rec.i !== "number" || !cells[rec.i]) continue;
      if (rec.t === "start") cur = { ok: false, calls: [], error: null, hidden: false };
      if (rec.t === "call" && cur) cur.calls.push(rec);
      if (rec.t === "end" && cur) {
        cur.ok = rec.ok === true;
        cur.error = rec.error ?? null;
        cur.hidden = rec.hidden === true;
        if (cells[rec.i].kind === "test" || !cur.ok) outcome.set(rec.i, cur);
        cur = null;
      }
    }
    if (r.ended === "done") break;
    if (r.ended === "startup") {
      lastStop = r.detail;
      break;
    }
    // The cell that was running when the sandbox stopped is left out from now on, and costs its exercise.
    const at = r.at;
    if (at === null) {
      lastStop = r.detail;
      break;
    }
    poisoned.add(at);
    const ex = cells[at].exercise;
    const status = r.ended === "timeout" ? "timeout" : "error";
    const why = r.ended === "exit" ? r.detail : r.ended === "timeout" ? `${r.detail}: the code did not finish (an endless loop?)` : r.detail;
    outcome.set(at, { ok: false, error: { name: status === "timeout" ? "Timeout" : "Stopped", message: why }, calls: [], hidden: false, stopped: status });
    if (ex !== null && !failed.has(ex)) failed.set(ex, { status, message: why, cell: at });
    lastStop = why;
  }
  return { outcome, failed, compiled, runs, lastStop, exhausted, ms: { compile: compileMs, start, run } };
}

// ---- scoring ----------------------------------------------------------------------------------

/**
 * Score of a test cell from its checks: all or nothing (nbgrader's rule) unless the cell allows
 * partial credit, then in proportion to the weights of the checks that passed. A check with
 * `required: true` that fails scores the cell 0; weights must be ≥ 0 (a 0 weight counts for nothing).
 * @param {number} points
 * @param {{ passed: boolean, weight: number, required: boolean }[]} checks
 * @param {{ partial: boolean, ranToEnd: boolean }} o
 */
export function cellScore(points, checks, o) {
  if (!(points > 0) || !Number.isFinite(points)) return 0;
  for (const c of checks) if (!(c.weight >= 0) || !Number.isFinite(c.weight)) throw new Error(`a check weight must be a number ≥ 0 (got ${c.weight})`);
  if (checks.some((c) => c.required && !c.passed)) return 0;
  const all = o.ranToEnd && checks.every((c) => c.passed);
  if (all) return points;
  if (!o.partial) return 0;
  const total = checks.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return 0;
  const got = checks.reduce((s, c) => s + (c.passed ? c.weight : 0), 0);
  return Math.round(((points * got) / total) * 1e6) / 1e6;
}

const tolOf = (rec) => ({ ...(rec.rtol !== null && rec.rtol !== undefined ? { rtol: rec.rtol } : {}), ...(rec.atol !== null && rec.atol !== undefined ? { atol: rec.atol } : {}) });

/** The problem with a student's encoded value against an expected value, or null. */
function judge(gotEnc, want, tol) {
  if (gotEnc && typeof gotEnc === "object" && "bad" in gotEnc) return { kind: "type", message: `wrong type: expected ${kindOf(want)}, got ${String(gotEnc.bad)}.` };
  let got;
  try {
    got = decode(gotEnc);
  } catch {
    return { kind: "type", message: "a value the grader cannot read." };
  }
  return compare(got, want, tol);
}

/** The first matching hint's advice, from the reference's hint list and the student's observations. */
function hintFor(rec, gotEnc) {
  for (const h of rec.hints ?? []) {
    if ("fn" in h && h.fn === true) return `\nHint: ${h.say}`;
    if ("value" in h && !("bad" in (h.value ?? {}))) {
      try {
        if (!judge(gotEnc, decode(h.value), tolOf(rec))) return `\nHint: ${h.say}`;
      } catch {
        // a hint that cannot be compared is skipped
      }
    }
  }
  return "";
}

/**
 * The reference run: the instructor's notebook, graded like a submission. Its observations give
 * the checks each test cell must make, the expected values of check.close, the weights; and it
 * must pass everything (else the grader refuses to grade with it).
 * @param {CourseNotebook} course
 * @param {NotebookCompiler} compiler
 * @param {{ timeout: number, memoryMB: number, outputMB: number }} limits
 */
export async function referenceRun(course, compiler, limits) {
  const plan = trustedNotebook(course, course.instructor);
  const r = await execute(plan.cells, compiler, { ...limits, restarts: 0 });
  /** @type {Record<string, { calls: any[] }>} */
  const tests = {};
  plan.cells.forEach((c, i) => {
    if (c.kind !== "test" || c.inst === null) return;
    const gid = nbg(course.instructor.cells[c.inst]).grade_id;
    const o = r.outcome.get(i);
    if (!o || !o.ok) throw new Error(`the reference solution fails test cell ${gid} under the grader: ${o?.error?.name}: ${o?.error?.message ?? "did not run"}`);
    const expected = { ...course.rec.checks[gid]?.public, ...course.rec.checks[gid]?.hidden };
    for (const call of o.calls) {
      if (call.weight !== null && !(call.weight >= 0)) throw new Error(`${gid}: check ${call.id} has a negative weight`);
      const want = call.k === "check" ? (call.id in expected ? decode(expected[call.id]) : undefined) : call.k === "close" ? decode(call.expected) : undefined;
      const bad = call.k === "that" ? !call.got.that : call.k === "check" && !(call.id in expected) ? { message: "no recorded value" } : judge(call.got, want, tolOf(call));
      if (bad) throw new Error(`the reference solution fails its own check ${call.id} in ${gid} under the grader: ${bad.message ?? ""}`);
    }
    tests[gid] = { calls: o.calls.map((c) => ({ n: c.n, k: c.k, id: c.id, hidden: c.hidden, what: c.what, rtol: c.rtol, atol: c.atol, weight: c.weight ?? 1, required: c.required === true, expected: c.k === "close" ? c.expected : c.k === "check" ? expected[c.id] : null })) };
  });
  return { tests, source: sourcesHash([course]), runs: r.runs };
}

/** Where the reference run of a notebook is cached in an output folder. */
export const referenceFile = (course, out) => join(out, ".reference", `${course.name}-${sourcesHash([course])}.json`);

/**
 * The reference run of a notebook, cached in the output folder by the sources' hash.
 * @param {CourseNotebook} course
 * @param {string} out
 * @param {{ timeout: number, memoryMB: number, outputMB: number }} limits
 * @param {() => NotebookCompiler} compiler called only when the run is not cached
 * @returns {Promise<{ ref: Awaited<ReturnType<typeof referenceRun>>, sandboxes: number }>} sandboxes: how many this call started
 */
export async function cachedReference(course, out, limits, compiler) {
  const file = referenceFile(course, out);
  if (existsSync(file)) return { ref: JSON.parse(readFileSync(file, "utf8")), sandboxes: 0 };
  const ref = await referenceRun(course, compiler(), limits);
  mkdirSync(join(out, ".reference"), { recursive: true });
  writeFileSync(file + `.${process.pid}`, JSON.stringify(ref));
  renameSync(file + `.${process.pid}`, file);
  return { ref, sandboxes: ref.runs };
}

/**
 * Grades one submission of one notebook. Never throws for anything in the submission.
 * @param {CourseNotebook} course
 * @param {string | Buffer} raw the submitted file's bytes
 * @param {Awaited<ReturnType<typeof referenceRun>>} ref
 * @param {NotebookCompiler} compiler
 * @param {{ timeout: number, memoryMB: number, outputMB: number, restarts?: number, only?: string | null, previous?: any }} limits
 */
export async function gradeSubmission(course, raw, ref, compiler, limits) {
  const t0 = Date.now();
  const notes = [];
  /** @type {any} */
  let sub = null;
  try {
    sub = JSON.parse(String(raw));
    if (!sub || typeof sub !== "object" || !Array.isArray(sub.cells)) {
      notes.push("the file is not a Jupyter notebook (no list of cells)");
      sub = null;
    }
  } catch (e) {
    notes.push(`the file is not valid JSON, so not a notebook Jupyter can open (${String(e.message).slice(0, 120)})`);
  }
  const onlyEx = limits.only ? course.exercises.findIndex((ex) => ex.gradeId === limits.only || ex.tests.some((t) => t.gradeId === limits.only) || ex.name === limits.only) : -1;
  let exec = null;
  let plan = null;
  if (sub) {
    plan = trustedNotebook(course, sub);
    notes.push(...plan.notes);
    exec = await execute(plan.cells, compiler, { ...limits, skipExercise: onlyEx >= 0 ? (e) => e !== onlyEx : undefined });
  }
  const exercises = course.exercises.map((ex, e) => {
    const tests = ex.tests.map((t) => {
      /** @type {TestResult & { name: string, gradeId: string, exercise: string }} */
      const res = { name: `${ex.name} (${t.gradeId})`, gradeId: t.gradeId, exercise: ex.name, status: "not-run", score: 0, max: t.points, message: "" };
      if (onlyEx >= 0 && e !== onlyEx && limits.previous) {
        const prev = limits.previous.tests?.find((p) => p.gradeId === t.gradeId);
        if (prev) return { ...prev };
      }
      if (!sub || !exec || !plan) {
        res.status = "error";
        res.message = notes[0] ?? "the submission could not be read";
        return res;
      }
      const at = plan.cells.findIndex((c) => c.kind === "test" && c.inst === t.index);
      const o = exec.outcome.get(at);
      const stop = exec.failed.get(e);
      if (!o) {
        if (stop) {
          res.status = stop.status;
          res.message = `${ex.name}: ${stop.message}`;
        } else {
          res.status = "not-run";
          res.message = `${ex.name}: not graded: ${exec.lastStop ?? "the notebook stopped before this test"}`;
        }
        return res;
      }
      const refCalls = ref.tests[t.gradeId]?.calls ?? [];
      const checks = [];
      let firstProblem = "";
      for (const rc of refCalls) {
        const mine = o.calls.find((c) => c.n === rc.n && c.k === rc.k && (rc.k !== "check" || c.id === rc.id));
        let problem = "";
        if (!mine) problem = "did not run";
        else if (rc.k === "that") problem = mine.got?.that === true ? "" : `${rc.what ?? rc.id}`;
        else if (mine.thrown) {
          problem = rc.hidden
            ? `your code raised ${mine.thrown.name} during a hidden test\nHint: ${mine.thrown.say}`
            : `${rc.what ?? rc.id}: your code raised ${mine.thrown.name}: ${mine.thrown.message}\nHint: ${mine.thrown.say}`;
        } else {
          const p = judge(mine.got, decode(rc.expected), tolOf(rc));
          if (p) {
            const hint = hintFor(mine, mine.got);
            problem = rc.hidden
              ? `a hidden test failed: wrong ${p.kind === "values" ? "values" : p.kind}${hint}`
              : `${rc.what ?? rc.id}: ${p.message}${hint}`;
          }
        }
        checks.push({ passed: !problem, weight: rc.weight ?? 1, required: rc.required ?? false });
        if (problem && problem !== "did not run" && !firstProblem) firstProblem = problem;
      }
      const ranToEnd = o.ok === true;
      if (o.stopped) {
        res.status = o.stopped;
        res.message = `${ex.name}: ${o.error.message}`;
      } else if (stop && stop.cell !== at && !ranToEnd) {
        res.status = stop.status;
        res.message = `${ex.name}: ${stop.message}`;
      }
      res.score = o.stopped ? 0 : cellScore(t.points, checks, { partial: t.partial, ranToEnd });
      if (res.status === "not-run") res.status = res.score === t.points && ranToEnd ? "passed" : "failed";
      if (!res.message && res.status !== "passed") {
        if (firstProblem) res.message = firstProblem;
        else if (o.error) res.message = errorMessage(o, exec, at, plan.cells);
        else res.message = "the test did not make all of its checks";
      }
      if (res.status === "passed") res.message = `${ex.name}: all tests passed${refCalls.some((c) => c.hidden) ? ", hidden tests included" : ""}.`;
      return res;
    });
    const score = tests.reduce((s, t) => s + t.score, 0);
    const worst = tests.find((t) => t.status !== "passed")?.status ?? "passed";
    return { name: ex.name, gradeId: ex.gradeId, points: ex.points, score, status: worst, tests };
  });
  const score = exercises.reduce((s, x) => s + x.score, 0);
  const max = exercises.reduce((s, x) => s + x.points, 0);
  return {
    notebook: course.name,
    score: Math.round(score * 1e6) / 1e6,
    max,
    exercises,
    notes,
    // the sandbox restarts were used up before every exercise was reached
    exhausted: exec?.exhausted ? exec.runs - 1 : null,
    seconds: (Date.now() - t0) / 1000,
    ms: exec ? { ...exec.ms, runs: exec.runs } : { compile: 0, start: 0, run: 0, runs: 0 },
  };
}

/** A student-readable message for an error in a test cell (no code of hidden tests). */
function errorMessage(o, exec, at, cells) {
  const e = o.error ?? { name: "Error", message: "" };
  if (e.name === "CompileError") {
    return `the test cell does not compile against your code (${e.message}); check that your function keeps the name and the types of its signature`;
  }
  const builtin = /^(TypeError|ReferenceError|RangeError|SyntaxError)$/.test(e.name);
  const where = studentLine(e.stack ?? "", exec, cells);
  if (o.hidden && builtin) return `your code threw a ${e.name} during a hidden test${where} (details of hidden tests are not shown)`;
  return `${e.name}: ${e.message}${where}`;
}

/** " (in your cell 3, line 2)" from the first stack frame in a student cell, else "". */
function studentLine(stack, exec, cells) {
  for (const m of stack.matchAll(/deepts-cell-(\d+):(\d+):(\d+)/g)) {
    const i = Number(m[1]);
    if (!cells[i] || cells[i].kind !== "student") continue;
    const line = sourceLine(exec.compiled[i].js ?? "", Number(m[2]), Number(m[3]));
    return line ? ` (in ${cells[i].exercise !== null && cells[i].inst !== null ? "your answer cell" : "your cell"}, line ${line})` : "";
  }
  return "";
}

export { NotebookCompiler };
