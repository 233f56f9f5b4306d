// @ts-check
// A grading worker (one per job slot): keeps one TypeScript compiler, grades the submissions the
// coordinator sends, writes each one's results.json and feedback page, answers with a summary.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NotebookCompiler, gradeSubmission, loadGradedCourse, referenceRun, sourcesHash } from "./grade.mjs";
import { feedbackHtml, gradescopeJson } from "./report.mjs";

/** @type {NotebookCompiler | null} */
let compiler = null;
/** @type {Map<string, any>} */
const courses = new Map();
const refs = new Map();

function course(name) {
  if (!courses.size) for (const c of loadGradedCourse()) courses.set(c.name, c);
  const c = courses.get(name);
  if (!c) throw new Error(`no graded notebook ${name} in the course`);
  return c;
}

/** The reference run of a notebook, cached in the output folder by the sources' hash. */
async function reference(c, out, limits) {
  const key = `${c.name}-${sourcesHash([c])}`;
  if (refs.has(key)) return refs.get(key);
  const file = join(out, ".reference", `${key}.json`);
  let ref;
  if (existsSync(file)) ref = JSON.parse(readFileSync(file, "utf8"));
  else {
    compiler ??= new NotebookCompiler();
    ref = await referenceRun(c, compiler, limits);
    mkdirSync(join(out, ".reference"), { recursive: true });
    writeFileSync(file + `.${process.pid}`, JSON.stringify(ref));
    renameSync(file + `.${process.pid}`, file);
  }
  refs.set(key, ref);
  return ref;
}

const writeAtomic = (file, data) => {
  writeFileSync(file + ".tmp", data);
  renameSync(file + ".tmp", file);
};

/**
 * @param {{ student: string, notebook: string, file: string, out: string, limits: any, key: string, only: string | null }} task
 */
export async function gradeTask(task) {
  const c = course(task.notebook);
  const ref = await reference(c, task.out, task.limits);
  compiler ??= new NotebookCompiler();
  const raw = readFileSync(task.file);
  const dir = join(task.out, "submissions", task.student, c.name.replace(/\.ipynb$/, ""));
  let previous = null;
  if (task.only && existsSync(join(dir, "result.json"))) previous = JSON.parse(readFileSync(join(dir, "result.json"), "utf8"));
  const r = await gradeSubmission(c, raw, ref, compiler, { ...task.limits, only: task.only, previous: previous ? flatTests(previous) : null });
  const result = {
    student: task.student,
    notebook: c.name,
    file: task.file,
    key: task.key,
    sources: sourcesHash([c]),
    submission: createHash("sha256").update(raw).digest("hex").slice(0, 16),
    ...r,
  };
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, "results.json"), JSON.stringify(gradescopeJson(result), null, 1) + "\n");
  writeAtomic(join(dir, "feedback.html"), feedbackHtml(result));
  writeAtomic(join(dir, "result.json"), JSON.stringify(result, null, 1) + "\n");
  return { student: task.student, notebook: c.name, score: r.score, max: r.max, ms: r.ms, seconds: r.seconds, problems: problemsOf(result) };
}

const flatTests = (res) => ({ tests: res.exercises.flatMap((e) => e.tests) });

/** What the gradebook's status column says about a result. */
export function problemsOf(result) {
  const p = [];
  for (const ex of result.exercises) {
    const bad = ex.tests.filter((t) => t.status === "timeout" || t.status === "error" || t.status === "not-run");
    if (bad.length) p.push(`${ex.name}: ${bad[0].status}`);
  }
  if (result.notes.length) p.push(`${result.notes.length} cell problem${result.notes.length === 1 ? "" : "s"} (see feedback)`);
  return p;
}

if (process.send && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.on("message", async (/** @type {any} */ msg) => {
    if (msg.type === "grade") {
      try {
        const summary = await gradeTask(msg.task);
        process.send?.({ type: "done", id: msg.id, summary });
      } catch (e) {
        process.send?.({ type: "failed", id: msg.id, error: String(e && e.stack ? e.stack : e) });
      }
    } else if (msg.type === "exit") {
      compiler?.close();
      process.exit(0);
    }
  });
  process.send({ type: "ready" });
}
