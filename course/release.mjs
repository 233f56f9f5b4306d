// @ts-check
// npm run release: the course's source notebooks (notebooks/NN-topic.ipynb, solutions and hidden tests
// inside) → the versions students get (release/student/) and the graded versions (release/instructor/:
// everything in, expected values filled in; what the grader and nbgrader users start from).
//
// Expected values are never typed by hand: each source notebook is run through the real kernel with
// DEEPTS_CHECK_RECORD set, and what its reference solution gave each check, and the outputs shown in
// "Expected output" blocks, are kept in notebooks/.expected/NN-topic.json (committed, like the
// numpy fixtures, so a release needs no kernel run unless a source changed).
//
//   node course/release.mjs [--force] [--only NN] [--out DIR] [--jobs N] [--check]
//     --force  run every source again, even when its recording is up to date
//     --check  fail if a recording is stale instead of refreshing it
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SourceError, contentHash, isAnswer, isExpectedOutput, isTest, nbg, readNotebook, regions, sourceNotebooks, text, validate } from "./format.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SOURCES = join(ROOT, "notebooks");
export const RECORDINGS = join(SOURCES, ".expected");
const PYTHON = join(ROOT, ".venv", "bin", "python");

/** Lines of a cell, and back. */
const lines = (s) => s.split("\n");

/** JSON as nbformat writes it (sorted keys, indent 1, trailing newline): byte-stable output. */
export function stableJson(value) {
  const sort = (v) =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  return JSON.stringify(sort(value), null, 1) + "\n";
}

/** A cell's source in nbformat's list-of-lines form. */
const sourceLines = (s) => (s === "" ? [] : s.split(/(?<=\n)/));

/** The exercise (function) name of each test cell, by cell index. */
function exerciseOf(exercises) {
  const m = new Map();
  for (const ex of exercises) for (const t of ex.tests) m.set(t, ex.name);
  return m;
}

/** The `check.begin(...)` line at the top of a test cell. */
function beginLine(cell, exercise, expected) {
  const hidden = text(cell).includes("BEGIN HIDDEN TESTS");
  const args = JSON.stringify({ cell: nbg(cell).grade_id, exercise, hidden, expected });
  return `check.begin(${args}); // written by \`npm run release\`: the reference solution's values`;
}

/**
 * A test cell with its expected values filled in: a begin line, the cell, `check.expect` as the first
 * line of the hidden tests, `check.end()` last. `withHidden: false` drops the hidden tests.
 */
function fillTest(cell, exercise, rec, withHidden) {
  const src = lines(text(cell));
  const hidden = regions(text(cell), "hidden", () => {
    throw new Error("unreachable: validated");
  });
  const out = [beginLine(cell, exercise, rec?.public ?? {})];
  src.forEach((l, i) => {
    const r = hidden.find((h) => i >= h.begin && i <= h.end);
    if (r && !withHidden) return;
    out.push(l);
    if (r && i === r.begin) out.push(`${r.indent}check.expect(${JSON.stringify(rec?.hidden ?? {})});`);
  });
  while (out.length && out[out.length - 1].trim() === "") out.pop();
  out.push("check.end();");
  return out.join("\n");
}

/** An answer cell with each solution replaced by a stub that compiles and throws. */
export function stubAnswer(cell, fn) {
  const src = lines(text(cell));
  const found = regions(text(cell), "solution", () => {
    throw new Error("unreachable: validated");
  });
  const out = [];
  src.forEach((l, i) => {
    const r = found.find((x) => i >= x.begin && i <= x.end);
    if (!r) return void out.push(l);
    if (i !== r.begin) return;
    out.push(`${r.indent}// YOUR CODE HERE`);
    if (r === found[0]) out.push(`${r.indent}throw new Error("${fn} is not implemented yet: write your code in place of this line");`);
  });
  return out.join("\n");
}

/** The "Expected output" block under an exercise, from what the reference solution printed. */
function expectedBlock(output) {
  const body = output.replace(/\n+$/, "");
  return `**Expected output** (from the reference solution):\n\n\`\`\`\n${body}\n\`\`\``;
}

/**
 * The run of a source notebook that records expected values: each test cell starts a check cell and
 * its hidden part is marked, on the lines that already hold the markers (line numbers are kept).
 */
function recordingRun(nb, exercises) {
  const names = exerciseOf(exercises);
  const copy = structuredClone(nb);
  copy.cells.forEach((cell, i) => {
    if (cell.cell_type === "code") cell.outputs = [];
    if (!isTest(cell)) return;
    const src = lines(text(cell));
    const hidden = text(cell).includes("BEGIN HIDDEN TESTS");
    src[0] = `check.begin(${JSON.stringify({ cell: nbg(cell).grade_id, exercise: names.get(i), hidden, expected: {} })}); ${src[0]}`;
    for (let k = 0; k < src.length; k++) if (src[k].includes("BEGIN HIDDEN TESTS")) src[k] = `check.expect({}); ${src[k].trim()}`;
    cell.source = sourceLines(src.join("\n") + "\ncheck.end();");
  });
  return copy;
}

/** Text a code cell showed: its stream output and the text/plain of its result, in order. */
export function outputText(cell) {
  const flat = (x) => (Array.isArray(x) ? x.join("") : x ?? "");
  return (cell.outputs ?? [])
    .map((o) => (o.output_type === "stream" ? flat(o.text) : o.output_type === "execute_result" || o.output_type === "display_data" ? flat(o.data?.["text/plain"]) + "\n" : ""))
    .join("")
    .replace(/\x1b\[[0-9;]*m/g, "");
}

/** A kernelspec of this checkout in a private folder; returns the JUPYTER_PATH that finds it. */
export function privateKernelspec() {
  const prefix = mkdtempSync(join(tmpdir(), "deepts-kernelspec-"));
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "kernel-install.mjs"), "--prefix", prefix], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`kernel-install failed: ${r.stdout}${r.stderr}`);
  return join(prefix, "share", "jupyter");
}

/**
 * Runs a notebook through the deepts kernel (nbclient in .venv), resolving with the executed notebook.
 * @param {any} nb
 * @param {{ env?: Record<string, string>, timeout?: number, jupyterPath?: string }} opts
 */
export function executeNotebook(nb, opts = {}) {
  if (!existsSync(PYTHON)) throw new Error("no .venv/bin/python: `npm install` creates the Python environment (JupyterLab, nbclient) that runs notebooks");
  const dir = mkdtempSync(join(tmpdir(), "deepts-run-"));
  const input = join(dir, "in.ipynb");
  const output = join(dir, "out.ipynb");
  writeFileSync(input, JSON.stringify(nb));
  const jupyterPath = opts.jupyterPath ?? privateKernelspec();
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [join(ROOT, "course", "execute.py"), input, output, "--timeout", String(opts.timeout ?? 300)], {
      cwd: SOURCES,
      env: { ...process.env, JUPYTER_PATH: jupyterPath, ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0 || !existsSync(output)) return reject(new Error(`running the notebook failed (exit ${code}):\n${log.slice(-3000)}`));
      const done = JSON.parse(readFileSync(output, "utf8"));
      rmSync(dir, { recursive: true, force: true });
      resolve(done);
    });
  });
}

/** The first error a run shows, as a SourceError naming the source cell and line. */
function firstError(run, file) {
  for (let i = 0; i < run.cells.length; i++) {
    const err = (run.cells[i].outputs ?? []).find((o) => o.output_type === "error");
    if (!err) continue;
    const tb = (err.traceback ?? []).join("\n").replace(/\x1b\[[0-9;]*m/g, "");
    const line = /Cell In\[\d+\], line (\d+)/.exec(tb)?.[1] ?? /line (\d+)/.exec(tb)?.[1];
    return new SourceError(basename(file), i, line ? Number(line) : null, `the reference solution fails here: ${err.ename}: ${err.evalue}`, run.cells[i].id);
  }
  return null;
}

/**
 * Runs a source notebook and returns its recording (expected values by test cell, public and hidden,
 * and the text of each expected-output block) and the executed run.
 */
export async function record(file, nb, exercises, jupyterPath) {
  const dir = mkdtempSync(join(tmpdir(), "deepts-record-"));
  const recFile = join(dir, "checks.jsonl");
  writeFileSync(recFile, "");
  const run = await executeNotebook(recordingRun(nb, exercises), { env: { DEEPTS_CHECK_RECORD: recFile }, jupyterPath });
  const error = firstError(run, file);
  if (error) throw error;
  /** @type {Record<string, {public: Record<string, any>, hidden: Record<string, any>}>} */
  const checks = {};
  const ids = new Set();
  for (const line of readFileSync(recFile, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(line);
    if (!r.cell) continue; // a check outside test cells (a demo): nothing to store
    if (ids.has(r.check)) throw new SourceError(basename(file), null, null, `check id "${r.check}" is used twice; each check of a notebook needs its own id`);
    ids.add(r.check);
    (checks[r.cell] ??= { public: {}, hidden: {} })[r.hidden ? "hidden" : "public"][r.check] = r.value;
  }
  rmSync(dir, { recursive: true, force: true });
  /** @type {Record<string, string>} */
  const outputs = {};
  nb.cells.forEach((cell, i) => {
    if (isExpectedOutput(cell)) outputs[cell.id] = outputText(run.cells[i - 1]);
  });
  return { rec: { notebook: basename(file), source: contentHash(nb), checks, outputs }, run };
}

/** The release's two versions of a source notebook, from the source and its recording. */
export function buildVersions(nb, exercises, rec) {
  const names = exerciseOf(exercises);
  const fnOf = new Map(exercises.map((ex) => [ex.answer, ex.name]));
  const make = (student) => {
    const cells = nb.cells.map((cell, i) => {
      let src = text(cell);
      if (isAnswer(cell) && student) src = stubAnswer(cell, fnOf.get(i));
      if (isTest(cell)) src = fillTest(cell, names.get(i), rec.checks[nbg(cell).grade_id], !student);
      if (isExpectedOutput(cell)) src = expectedBlock(rec.outputs[cell.id] ?? "");
      const out = { ...cell, source: sourceLines(src) };
      if (cell.cell_type === "code") Object.assign(out, { outputs: [], execution_count: null });
      return out;
    });
    return { ...nb, cells, metadata: { kernelspec: nb.metadata.kernelspec, language_info: nb.metadata.language_info } };
  };
  return { student: make(true), instructor: make(false) };
}

/** Reads and validates every source notebook (grade_ids unique across the course). */
export function loadCourse(dir = SOURCES) {
  const seen = new Map();
  return sourceNotebooks(dir).map((file) => {
    const nb = readNotebook(file);
    return { file, nb, exercises: validate(nb, file, seen) };
  });
}

/** The stored recording of a notebook when it matches the source, else null. */
export function storedRecording(file, nb, dir = RECORDINGS) {
  const path = join(dir, basename(file).replace(/\.ipynb$/, ".json"));
  if (!existsSync(path)) return null;
  const rec = JSON.parse(readFileSync(path, "utf8"));
  return rec.source === contentHash(nb) ? rec : null;
}

/** Runs `fn` over `items` with at most `jobs` at a time. */
export async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

/**
 * The whole release. Returns what it wrote. Throws SourceError for a mistake in a source.
 * @param {{ force?: boolean, only?: string[], out?: string, jobs?: number, check?: boolean, log?: (s: string) => void, recordings?: string }} o
 */
export async function release(o = {}) {
  const log = o.log ?? ((s) => console.log(s));
  const out = o.out ?? join(ROOT, "release");
  const recDir = o.recordings ?? RECORDINGS;
  let course = loadCourse();
  if (o.only?.length) course = course.filter((c) => o.only.some((p) => basename(c.file).startsWith(p)));
  const stale = course.filter((c) => o.force || !storedRecording(c.file, c.nb, recDir));
  if (o.check && stale.length) throw new Error(`the recordings of ${stale.map((c) => basename(c.file)).join(", ")} are out of date: run \`npm run release\``);
  let jupyterPath;
  if (stale.length) {
    log(`running ${stale.length} source notebook${stale.length === 1 ? "" : "s"} to record the reference solution's values…`);
    jupyterPath = privateKernelspec();
  }
  const jobs = o.jobs ?? Math.max(1, Math.min(2, cpus().length));
  await pool(stale, jobs, async (c) => {
    const t0 = Date.now();
    const { rec } = await record(c.file, c.nb, c.exercises, jupyterPath);
    mkdirSync(recDir, { recursive: true });
    writeFileSync(join(recDir, basename(c.file).replace(/\.ipynb$/, ".json")), stableJson(rec));
    log(`  recorded ${basename(c.file)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  });
  const written = [];
  for (const sub of ["student", "instructor"]) mkdirSync(join(out, sub), { recursive: true });
  for (const c of course) {
    const rec = /** @type {any} */ (storedRecording(c.file, c.nb, recDir));
    const v = buildVersions(c.nb, c.exercises, rec);
    for (const sub of /** @type {const} */ (["student", "instructor"])) {
      const path = join(out, sub, basename(c.file));
      writeFileSync(path, stableJson(v[sub]));
      written.push(path);
    }
  }
  const count = course.reduce((n, c) => n + c.exercises.length, 0);
  log(`released ${course.length} notebooks, ${count} exercises → ${out}/student (hand these out) and ${out}/instructor (solutions, hidden tests)`);
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  release({
    force: argv.includes("--force"),
    check: argv.includes("--check"),
    only: opt("--only")?.split(","),
    out: opt("--out"),
    jobs: opt("--jobs") ? Number(opt("--jobs")) : undefined,
  }).catch((e) => {
    console.error(e instanceof SourceError ? `release stopped: ${e.message}` : e.stack ?? String(e));
    process.exit(1);
  });
}
