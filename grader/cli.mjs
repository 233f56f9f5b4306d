#!/usr/bin/env node
// @ts-check
// deepts grade: grades a class's notebooks.
//
//   deepts grade <submissions> [--notebook NAME] [--jobs N] [--timeout S] [--memory MB]
//                [--output-cap MB] [--out DIR] [--regrade GRADE_ID] [--overrides CSV] [--shard i/n]
//                [--restarts N] [--course DIR]
//   deepts grade merge <shard out dirs...> --out DIR
//   (npm run grade -- ... is the same as deepts grade ...)
//
// <submissions>: a folder <student>/<notebook>.ipynb, or an LMS's zip (Canvas, Moodle).
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGradedCourse, referenceFile, sourcesHash } from "./grade.mjs";
import { applyOverrides, checkOverrides, feedbackHtml, gradebookCsv, gradescopeJson, readOverrides, readResults } from "./report.mjs";
import { problemsOf } from "./worker.mjs";
import { collectSubmissions } from "./collect.mjs";
import { SOURCES } from "../course/release.mjs";
import { sourceNotebooks } from "../course/format.mjs";
import { similarityReport } from "./similarity.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));

export function parseArgs(argv) {
  const o = { positional: /** @type {string[]} */ ([]), notebook: null, jobs: cpus().length, timeout: 30, memory: 2048, outputCap: 10, out: "grades", regrade: null, overrides: null, shard: null, restarts: 3, course: null, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const flag = a.replace(/=.*$/, "");
    if (flag === "--notebook") o.notebook = val();
    else if (flag === "--jobs") o.jobs = Math.max(1, Number(val()));
    else if (flag === "--timeout") o.timeout = Number(val());
    else if (flag === "--memory") o.memory = Number(val());
    else if (flag === "--output-cap") o.outputCap = Number(val());
    else if (flag === "--out") o.out = val();
    else if (flag === "--regrade") o.regrade = val();
    else if (flag === "--overrides") o.overrides = val();
    else if (flag === "--shard") o.shard = val();
    else if (flag === "--restarts") o.restarts = Number(val());
    else if (flag === "--course") o.course = val();
    else if (flag === "--quiet") o.quiet = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else o.positional.push(a);
  }
  return o;
}

/**
 * The share of the class this process grades: --shard i/n (1-based i), else the batch engine's
 * environment (Kubernetes Indexed Jobs, Slurm job arrays), else everything.
 */
export function shardOf(opt, env = process.env) {
  if (opt) {
    const m = /^(\d+)\/(\d+)$/.exec(opt);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new Error(`--shard takes i/n with 1 ≤ i ≤ n (got ${opt})`);
    return { index: Number(m[1]) - 1, count: Number(m[2]) };
  }
  /** @type {{ index: number, count: number } | null} */
  let sh = null;
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const n = env.DEEPTS_SHARDS ?? env.JOB_COMPLETIONS;
    // Kubernetes does not tell a pod the Job's completions: without them every pod would grade everything
    if (n === undefined) throw new Error("JOB_COMPLETION_INDEX is set but not the number of shards: set JOB_COMPLETIONS (or DEEPTS_SHARDS) to the Job's completions, or give --shard i/n");
    sh = { index: Number(env.JOB_COMPLETION_INDEX), count: Number(n) };
  } else if (env.SLURM_ARRAY_TASK_ID !== undefined && env.SLURM_ARRAY_TASK_COUNT !== undefined) {
    // --array=MIN-MAX:STEP numbers tasks MIN, MIN+STEP, ...
    const min = Number(env.SLURM_ARRAY_TASK_MIN ?? 0);
    const step = Number(env.SLURM_ARRAY_TASK_STEP ?? 1) || 1;
    sh = { index: (Number(env.SLURM_ARRAY_TASK_ID) - min) / step, count: Number(env.SLURM_ARRAY_TASK_COUNT) };
  }
  if (sh && !(Number.isInteger(sh.index) && Number.isInteger(sh.count) && sh.index >= 0 && sh.index < sh.count)) {
    throw new Error(`the batch engine's environment gives shard index ${sh.index} of ${sh.count}, not one of 0…${sh.count - 1} (Slurm: --array=MIN-MAX[:STEP] without gaps; or give --shard i/n)`);
  }
  return sh ?? { index: 0, count: 1 };
}

/** Deterministic share: a submission goes to shard hash(student/notebook) mod n. */
export const inShard = (sub, shard) => shard.count === 1 || parseInt(createHash("sha256").update(`${sub.student}/${sub.notebook}`).digest("hex").slice(0, 8), 16) % shard.count === shard.index;

const fmtTime = (s) => (s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.round(s)}s`);

function progress(done, total, t0, quiet) {
  if (quiet) return;
  const el = (Date.now() - t0) / 1000;
  const eta = done ? (el / done) * (total - done) : 0;
  const w = 30;
  const fill = total ? Math.round((done / total) * w) : w;
  process.stderr.write(`\r[${"#".repeat(fill)}${".".repeat(w - fill)}] ${done}/${total}  ${fmtTime(el)} elapsed${done && done < total ? `, ETA ${fmtTime(eta)}` : ""}   `);
}

/**
 * Runs tasks on `jobs` worker processes. A worker that dies (whatever killed it) costs only the
 * submission it was grading (reported as a grader error); a new worker takes its place.
 * The reference runs in `refs` go first, to the first worker ready; the others wait for them (one
 * run per notebook, not one per worker). A reference that fails stops the run with its error.
 * @param {any[]} tasks
 * @param {number} jobs
 * @param {(task: any, summary: any, error: string | null) => void} onDone
 * @param {{ refs?: any[], onReference?: (sandboxes: number) => void }} [o]
 */
async function runPool(tasks, jobs, onDone, o = {}) {
  if (!tasks.length) return;
  let next = 0;
  const refs = [...(o.refs ?? [])];
  let refsLeft = refs.length;
  /** @type {string | null} */
  let refError = null;
  let refsDone = () => {};
  const refsReady = new Promise((r) => (refsDone = () => r(undefined)));
  if (!refsLeft) refsDone();
  const refFinished = (error, sandboxes = 0) => {
    if (error) refError ??= error;
    else o.onReference?.(sandboxes);
    if (--refsLeft === 0) refsDone();
  };
  const slot = () =>
    new Promise((resolveSlot) => {
      const w = fork(join(HERE, "worker.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
      let current = -1; // -2: a reference run
      const send = async () => {
        if (refs.length) {
          current = -2;
          return w.send({ type: "reference", ...refs.shift() });
        }
        await refsReady;
        if (refError || next >= tasks.length) {
          current = -1;
          return w.send({ type: "exit" });
        }
        current = next++;
        w.send({ type: "grade", id: current, task: tasks[current] });
      };
      w.on("message", (/** @type {any} */ m) => {
        if (m.type === "ready") return send();
        if (m.type === "reference") refFinished(m.error ?? null, m.sandboxes);
        if (m.type === "done") onDone(tasks[m.id], m.summary, null);
        if (m.type === "failed") onDone(tasks[m.id], null, m.error);
        current = -1;
        send();
      });
      w.on("exit", (code, signal) => {
        if (current === -2) refFinished(`the grading worker stopped (${signal ?? code}) during the reference run`);
        else if (current >= 0) {
          onDone(tasks[current], null, `the grading worker stopped (${signal ?? code}) while grading this submission`);
          return resolveSlot(slot());
        }
        resolveSlot(undefined);
      });
    });
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, slot));
  if (refError) throw new Error(refError);
}

/**
 * Writes grades.csv with the overrides applied, every results.json and feedback page whose
 * overrides changed, and the similarity report, from the results in `out`.
 * @param {string} out
 * @param {string[]} notebooks
 * @param {ReturnType<typeof readOverrides>} overrides
 */
export function writeGradebook(out, notebooks, overrides) {
  const results = readResults(out).map((r) => {
    const o = applyOverrides(r, overrides);
    // rewritten from result.json each time, so an override removed from the file disappears too
    const dir = join(out, "submissions", r.student, r.notebook.replace(/\.ipynb$/, ""));
    writeIfChanged(join(dir, "results.json"), JSON.stringify(gradescopeJson(o), null, 1) + "\n");
    writeIfChanged(join(dir, "feedback.html"), feedbackHtml(o));
    return o;
  });
  const nbs = notebooks.length ? notebooks : [...new Set(results.map((r) => r.notebook))];
  writeFileSync(join(out, "grades.csv"), gradebookCsv(results, nbs, problemsOf));
  writeFileSync(join(out, "similarity.csv"), similarityReport(out, results));
  return results;
}

const writeIfChanged = (file, data) => {
  if (!existsSync(file) || readFileSync(file, "utf8") !== data) writeFileSync(file, data);
};

/**
 * The overrides of this run: the file given (checked, then kept as out/overrides.csv so that
 * later runs, resumed or regrading, keep them), else the ones kept from an earlier run.
 * @param {string | null} given
 * @param {string} out
 * @param {any[] | null} course the graded notebooks (null: not checked)
 * @param {string | undefined} courseDir
 * @param {string[]} fallbacks other folders whose overrides.csv to use (merge: the shards')
 */
function overridesOf(given, out, course, courseDir, fallbacks = []) {
  const kept = join(out, OVERRIDES);
  const file = given ? resolve(given) : [kept, ...fallbacks.map((d) => join(d, OVERRIDES))].find((f) => existsSync(f));
  if (!file) return [];
  const rows = readOverrides(file);
  if (course) checkOverrides(rows, course, file, sourceNotebooks(courseDir ?? SOURCES).map((f) => basename(f)));
  if (given) {
    mkdirSync(out, { recursive: true });
    writeFileSync(kept, readFileSync(file));
  }
  return rows;
}
const OVERRIDES = "overrides.csv";

/**
 * What the last run did (for scripts and tests): submissions graded and skipped, sandboxes
 * started (reference runs included).
 */
export const lastRun = { graded: 0, skipped: 0, sandboxes: 0, students: /** @type {string[]} */ ([]) };

async function grade(o) {
  const [input] = o.positional;
  if (!input) throw new Error("usage: deepts grade <submissions folder or zip> [--notebook NAME] [--jobs N] [--timeout S] [--memory MB] [--out DIR]");
  Object.assign(lastRun, { graded: 0, skipped: 0, sandboxes: 0, students: [] });
  const shard = shardOf(o.shard);
  const out = resolve(o.out);
  const courseDir = o.course ? resolve(o.course) : undefined;
  const course = loadGradedCourse({ only: o.notebook ? [o.notebook] : undefined, dir: courseDir });
  if (!course.length) throw new Error(`no graded notebook matches ${o.notebook ?? "the course"}`);
  // a regrade concerns the notebook that has this exercise or test cell
  const regradeIn = o.regrade ? course.filter((c) => c.exercises.some((ex) => ex.gradeId === o.regrade || ex.tests.some((t) => t.gradeId === o.regrade))) : [];
  if (o.regrade && !regradeIn.length) {
    const ids = course.flatMap((c) => c.exercises.flatMap((ex) => [ex.gradeId, ...ex.tests.map((t) => t.gradeId)]));
    throw new Error(`--regrade ${o.regrade}: no exercise or test cell has this grade_id (${ids.slice(0, 6).join(", ")}${ids.length > 6 ? ", ..." : ""})`);
  }
  const overrides = overridesOf(o.overrides, out, course, courseDir);
  mkdirSync(out, { recursive: true });
  const { submissions, mapping, skipped } = collectSubmissions(resolve(input), out, course);
  if (mapping.length && !o.quiet) {
    process.stderr.write(`student ids from the LMS's file names:\n${mapping.map((m) => `  ${m.file} → ${m.student}${m.name ? ` (${m.name})` : ""}`).join("\n")}\n`);
  }
  for (const s of skipped) process.stderr.write(`skipped ${s}\n`);
  const mine = submissions.filter((s) => inShard(s, shard));
  const limits = { timeout: o.timeout, memoryMB: o.memory, outputMB: o.outputCap, restarts: o.restarts };
  // np's helper threads in each sandbox: its share of the cores, so one with --jobs = cores (the
  // default); more would only take turns with the other sandboxes (two processes of softmax epochs
  // and shallow-network loops on 2 cores: 1.2-1.4 s each on one thread, 1.6-1.8 s with a helper).
  // Not part of the results' key: it changes no grade.
  const sandbox = { ...limits, threads: Math.max(1, Math.floor(cpus().length / o.jobs)) };
  const tasks = [];
  let skippedSame = 0;
  for (const s of mine) {
    const c = course.find((x) => x.name === s.notebook);
    if (!c) continue;
    const key = createHash("sha256").update(readFileSync(s.file)).update(sourcesHash([c])).update(JSON.stringify(limits)).digest("hex").slice(0, 24);
    const prev = join(out, "submissions", s.student, c.name.replace(/\.ipynb$/, ""), "result.json");
    const regrade = regradeIn.includes(c);
    if (!regrade && existsSync(prev)) {
      try {
        if (JSON.parse(readFileSync(prev, "utf8")).key === key) {
          skippedSame++;
          continue;
        }
      } catch {
        // regrade a broken result
      }
    }
    tasks.push({ student: s.student, notebook: c.name, file: s.file, out, limits: sandbox, key, only: regrade ? o.regrade : null, course: courseDir });
  }
  if (!o.quiet) process.stderr.write(`${mine.length} submission${mine.length === 1 ? "" : "s"}${shard.count > 1 ? ` (shard ${shard.index + 1}/${shard.count})` : ""}: ${tasks.length} to grade${o.regrade ? ` (regrading ${o.regrade})` : ""}, ${skippedSame} unchanged since the last run\n`);
  const t0 = Date.now();
  const refs = course.filter((c) => tasks.some((t) => t.notebook === c.name) && !existsSync(referenceFile(c, out))).map((c) => ({ notebook: c.name, out, limits: sandbox, course: courseDir }));
  let done = 0;
  const failures = [];
  progress(0, tasks.length, t0, o.quiet);
  await runPool(tasks, o.jobs, (task, summary, error) => {
    done++;
    if (error) failures.push(`${task.student}/${task.notebook}: ${error}`);
    if (summary) lastRun.sandboxes += summary.sandboxes ?? 0;
    lastRun.graded++;
    lastRun.students.push(task.student);
    progress(done, tasks.length, t0, o.quiet);
  }, { refs, onReference: (n) => (lastRun.sandboxes += n) });
  lastRun.skipped = skippedSame;
  lastRun.students.sort();
  if (!o.quiet) process.stderr.write("\n");
  for (const f of failures) process.stderr.write(`grader error: ${f}\n`);
  writeGradebook(out, [], overrides);
  if (!o.quiet) process.stderr.write(`${tasks.length ? `graded ${tasks.length} in ${fmtTime((Date.now() - t0) / 1000)} (${lastRun.sandboxes} sandboxes); ` : ""}wrote ${join(out, "grades.csv")}\n`);
  return failures.length ? 1 : 0;
}

async function merge(o) {
  const out = resolve(o.out);
  const dirs = o.positional.map((d) => resolve(d));
  if (!dirs.length) throw new Error("usage: deepts grade merge <shard output folders...> --out DIR");
  const overrides = overridesOf(o.overrides, out, null, undefined, dirs);
  mkdirSync(join(out, "submissions"), { recursive: true });
  for (const d of dirs) {
    const sub = join(d, "submissions");
    if (existsSync(sub)) cpSync(sub, join(out, "submissions"), { recursive: true });
  }
  writeGradebook(out, [], overrides);
  if (!o.quiet) process.stderr.write(`merged ${dirs.length} folders → ${join(out, "grades.csv")}\n`);
  return 0;
}

export async function main(argv) {
  const args = argv[0] === "grade" ? argv.slice(1) : argv;
  if (args[0] === "merge") return merge(parseArgs(args.slice(1)));
  return grade(parseArgs(args));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`deepts grade: ${e && e.message ? e.message : e}\n`);
      process.exit(2);
    },
  );
}
