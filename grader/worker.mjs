// @ts-check
// A grading worker (one per job slot): keeps one TypeScript compiler, grades the submissions the
// coordinator sends, writes each one's results.json and feedback page, answers with a summary.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NotebookCompiler, cachedReference, gradeSubmission, loadGradedCourse, sourcesHash } from "./grade.mjs";
import { feedbackHtml, gradescopeJson } from "./report.mjs";
import { answerCells } from "./similarity.mjs";

/** @type {NotebookCompiler | null} */
let compiler = null;
/** @type {Map<string, Map<string, any>>} course folder → notebook name → graded notebook */
const courses = new Map();
const refs = new Map();

/** @param {string} name @param {string | undefined} dir the sources' folder (default: the checkout's) */
function course(name, dir) {
  if (!courses.has(dir ?? "")) courses.set(dir ?? "", new Map(loadGradedCourse({ dir }).map((c) => [c.name, c])));
  const c = courses.get(dir ?? "")?.get(name);
  if (!c) throw new Error(`no graded notebook ${name} in the course`);
  return c;
}

/** The reference run of a notebook (usually computed by the coordinator before the workers start). */
async function reference(c, out, limits) {
  const key = `${out}\0${c.name}-${sourcesHash([c])}`;
  if (refs.has(key)) return { ref: refs.get(key), sandboxes: 0 };
  const r = await cachedReference(c, out, limits, () => (compiler ??= new NotebookCompiler()));
  refs.set(key, r.ref);
  return r;
}

const writeAtomic = (file, data) => {
  writeFileSync(file + ".tmp", data);
  renameSync(file + ".tmp", file);
};

/**
 * @param {{ student: string, notebook: string, file: string, out: string, limits: any, key: string, only: string | null, course?: string }} task
 */
export async function gradeTask(task) {
  const c = course(task.notebook, task.course);
  const { ref, sandboxes } = await reference(c, task.out, task.limits);
  compiler ??= new NotebookCompiler();
  const raw = readFileSync(task.file);
  const submission = createHash("sha256").update(raw).digest("hex").slice(0, 16);
  const dir = join(task.out, "submissions", task.student, c.name.replace(/\.ipynb$/, ""));
  let previous = null;
  if (task.only && existsSync(join(dir, "result.json"))) {
    try {
      previous = JSON.parse(readFileSync(join(dir, "result.json"), "utf8"));
    } catch {
      // unreadable: graded in full
    }
  }
  // Regrading one exercise keeps the others' results only when they are this file's; a new or
  // changed submission is graded in full.
  const only = previous && previous.submission === submission ? task.only : null;
  const r = await gradeSubmission(c, raw, ref, compiler, { ...task.limits, only, previous: only ? flatTests(previous) : null });
  const result = {
    student: task.student,
    notebook: c.name,
    file: task.file,
    key: task.key,
    sources: sourcesHash([c]),
    submission,
    ...r,
    // the answer cells as submitted, for the similarity report (merged shards need no files)
    answers: answerCells(raw),
  };
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, "results.json"), JSON.stringify(gradescopeJson(result), null, 1) + "\n");
  writeAtomic(join(dir, "feedback.html"), feedbackHtml(result));
  writeAtomic(join(dir, "result.json"), JSON.stringify(result, null, 1) + "\n");
  return { student: task.student, notebook: c.name, score: r.score, max: r.max, ms: r.ms, seconds: r.seconds, problems: problemsOf(result), sandboxes: sandboxes + r.ms.runs };
}

const flatTests = (res) => ({ tests: res.exercises.flatMap((e) => e.tests) });

/** What the gradebook's status column says about a result. */
export function problemsOf(result) {
  const p = [];
  for (const ex of result.exercises) {
    const bad = ex.tests.filter((t) => t.status === "timeout" || t.status === "error" || t.status === "not-run");
    if (bad.length) p.push(`${ex.name}: ${bad[0].status}`);
  }
  if (result.exhausted !== null && result.exhausted !== undefined) p.push(`sandbox restarts used up (${result.exhausted}): exercises after that not run`);
  if (result.notes.length) p.push(`${result.notes.length} cell problem${result.notes.length === 1 ? "" : "s"} (see feedback)`);
  return p;
}

if (process.send && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.on("message", async (/** @type {any} */ msg) => {
    if (msg.type === "reference") {
      try {
        const { sandboxes } = await reference(course(msg.notebook, msg.course), msg.out, msg.limits);
        process.send?.({ type: "reference", sandboxes });
      } catch (e) {
        process.send?.({ type: "reference", error: `${msg.notebook}: ${e && e.message ? e.message : e}` });
      }
    } else if (msg.type === "grade") {
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
