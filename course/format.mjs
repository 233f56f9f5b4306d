// @ts-check
// The course's source format, nbgrader's: cells carry `metadata.nbgrader` (schema 3), solutions sit
// between `// BEGIN SOLUTION` and `// END SOLUTION`, hidden tests between `// BEGIN HIDDEN TESTS` and
// `// END HIDDEN TESTS`. This file reads that format and says exactly where a source is wrong.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";

export const MARKERS = {
  solution: ["BEGIN SOLUTION", "END SOLUTION"],
  hidden: ["BEGIN HIDDEN TESTS", "END HIDDEN TESTS"],
};

/** A mistake in a source notebook, naming the notebook, the cell and (when known) the line. */
export class SourceError extends Error {
  /**
   * @param {string} notebook  file name
   * @param {number | null} cell  0-based cell index
   * @param {number | null} line  1-based line in the cell
   * @param {string} message
   * @param {string} [cellId]
   */
  constructor(notebook, cell, line, message, cellId) {
    const where = [notebook, cell === null ? null : `cell ${cell + 1}${cellId ? ` (id ${cellId})` : ""}`, line === null ? null : `line ${line}`].filter(Boolean).join(", ");
    super(`${where}: ${message}`);
    this.name = "SourceError";
  }
}

/** A cell's source as one string (nbformat allows a list of lines). */
export const text = (cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source ?? "");

/** nbgrader metadata of a cell, or {}. */
export const nbg = (cell) => cell.metadata?.nbgrader ?? {};
export const isAnswer = (cell) => cell.cell_type === "code" && nbg(cell).solution === true;
export const isTest = (cell) => cell.cell_type === "code" && nbg(cell).grade === true && !nbg(cell).solution;
/** A markdown cell the release fills with the output of the code cell before it. */
export const isExpectedOutput = (cell) => cell.cell_type === "markdown" && cell.metadata?.deepts?.expected_output === true;

/** The graded function an answer cell declares (its first top-level `function name(`), or null. */
export function functionName(cell) {
  const m = /^(?:export\s+)?function\s+([A-Za-z_$][\w$]*)\s*[(<]/m.exec(text(cell));
  return m ? m[1] : null;
}

/**
 * The regions between a pair of markers: `[{ begin, end, indent }]` with 0-based line numbers of the
 * marker lines. Throws a SourceError for unbalanced or nested markers.
 * @param {string} src
 * @param {"solution" | "hidden"} kind
 * @param {(line: number | null, msg: string) => never} error
 */
export function regions(src, kind, error) {
  const [open, close] = MARKERS[kind];
  const lines = src.split("\n");
  const out = [];
  let at = -1;
  lines.forEach((l, i) => {
    const isOpen = l.includes(open);
    const isClose = l.includes(close);
    if (isOpen && !/^\s*\/\/\s*BEGIN (SOLUTION|HIDDEN TESTS)\s*$/.test(l)) error(i + 1, `a marker must be a line of its own, \`// ${open}\``);
    if (isClose && !/^\s*\/\/\s*END (SOLUTION|HIDDEN TESTS)\s*$/.test(l)) error(i + 1, `a marker must be a line of its own, \`// ${close}\``);
    if (isOpen) {
      if (at >= 0) error(i + 1, `\`${open}\` inside another \`${open}\` (opened at line ${at + 1}); close the first with \`// ${close}\``);
      at = i;
    } else if (isClose) {
      if (at < 0) error(i + 1, `\`${close}\` without a \`${open}\` before it`);
      out.push({ begin: at, end: i, indent: /^\s*/.exec(lines[at])?.[0] ?? "" });
      at = -1;
    }
  });
  if (at >= 0) error(at + 1, `\`${open}\` is never closed: add a line \`// ${close}\``);
  return out;
}

/** The cells that define the notebook's content (what a hash of the source covers: no outputs). */
export function contentHash(nb) {
  const cells = nb.cells.map((c) => ({ id: c.id, type: c.cell_type, source: text(c), nbgrader: c.metadata?.nbgrader ?? null, deepts: c.metadata?.deepts ?? null }));
  return createHash("sha256").update(JSON.stringify(cells)).digest("hex").slice(0, 16);
}

/** The course's source notebooks, in order: `notebooks/NN-topic.ipynb`. */
export function sourceNotebooks(dir) {
  return readdirSync(dir)
    .filter((f) => /^\d\d-[\w-]+\.ipynb$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export const readNotebook = (file) => JSON.parse(readFileSync(file, "utf8"));

/**
 * An exercise: its answer cell, its test cells (the graded cells after it, up to the next answer
 * cell), and the function students write.
 * @typedef {{ name: string, answer: number, tests: number[], points: number }} Exercise
 */

/**
 * Checks one source notebook and returns its exercises. `seen` collects grade_ids across the
 * course (duplicates are an error). Throws SourceError with the notebook, cell and line.
 * @param {any} nb
 * @param {string} file
 * @param {Map<string, string>} seen  grade_id → "notebook cell N"
 * @returns {Exercise[]}
 */
export function validate(nb, file, seen = new Map()) {
  const name = basename(file);
  const fail = (cell, line, msg, id) => {
    throw new SourceError(name, cell, line, msg, id);
  };
  if (nb.nbformat !== 4 || (nb.nbformat_minor ?? 0) < 5) fail(null, null, `must be nbformat 4.5 or later (is ${nb.nbformat}.${nb.nbformat_minor})`);
  if (nb.metadata?.kernelspec?.name !== "deepts") fail(null, null, `its kernel must be "deepts" (metadata.kernelspec.name is ${JSON.stringify(nb.metadata?.kernelspec?.name)})`);
  const ids = new Set();
  /** @type {Exercise[]} */
  const exercises = [];
  nb.cells.forEach((cell, i) => {
    const err = (line, msg) => fail(i, line, msg, cell.id);
    if (!cell.id) err(null, "has no cell id (nbformat 4.5 cells need one)");
    if (ids.has(cell.id)) err(null, `cell id ${cell.id} is used twice`);
    ids.add(cell.id);
    const src = text(cell);
    const meta = nbg(cell);
    const hasSolution = src.includes(MARKERS.solution[0]) || src.includes(MARKERS.solution[1]);
    const hasHidden = src.includes(MARKERS.hidden[0]) || src.includes(MARKERS.hidden[1]);
    if (cell.metadata?.nbgrader) {
      if (meta.schema_version !== 3) err(null, "nbgrader metadata must have schema_version 3");
      if (!meta.grade_id) err(null, "nbgrader metadata needs a grade_id");
      if (seen.has(meta.grade_id)) err(null, `grade_id "${meta.grade_id}" is already used by ${seen.get(meta.grade_id)}; grade_ids are unique across the course`);
      seen.set(meta.grade_id, `${name} cell ${i + 1}`);
      if (meta.grade === true && !(typeof meta.points === "number" && meta.points > 0)) err(null, `graded cell "${meta.grade_id}" needs points (a positive number)`);
    }
    if (hasSolution && !isAnswer(cell)) err(null, "solution markers in a cell that is not an answer cell (nbgrader.solution: true)");
    if (hasHidden && !isTest(cell)) err(null, "hidden-test markers in a cell that is not a test cell (nbgrader.grade: true)");
    if (isAnswer(cell)) {
      if (meta.grade === true) err(null, "answer cells graded by hand (solution and grade) are not supported; put tests in a test cell after the answer");
      const found = regions(src, "solution", err);
      if (found.length === 0) err(null, "an answer cell needs `// BEGIN SOLUTION` and `// END SOLUTION` around the solution");
      const fn = functionName(cell);
      if (!fn) err(null, "an answer cell must declare its graded function at top level (`function name(x: T): U {`)");
      exercises.push({ name: /** @type {string} */ (fn), answer: i, tests: [], points: 0 });
    }
    if (isTest(cell)) {
      if (!meta.locked) err(null, "a test cell must be locked (nbgrader.locked: true)");
      const hidden = regions(src, "hidden", err);
      const lines = src.split("\n");
      const publicSrc = lines.filter((_, k) => !hidden.some((r) => k >= r.begin && k <= r.end)).join("\n");
      if (!/\bcheck(\.close|\.that)?\s*\(/.test(publicSrc)) err(null, "a test cell must run at least one public check (check(...), check.close(...) or check.that(...))");
      const ex = exercises[exercises.length - 1];
      if (!ex) err(null, "a test cell must follow the answer cell of its exercise");
      ex.tests.push(i);
      ex.points += meta.points;
    }
    if (isExpectedOutput(cell)) {
      const prev = nb.cells[i - 1];
      if (!prev || prev.cell_type !== "code") err(null, "an expected-output block must follow the code cell whose output it shows");
    }
  });
  for (const ex of exercises) if (ex.tests.length === 0) fail(ex.answer, null, `exercise ${ex.name} has no test cell after it`, nb.cells[ex.answer].id);
  return exercises;
}
