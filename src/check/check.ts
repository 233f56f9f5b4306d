// check: what the course's test cells call. A check compares a student's result with the value the
// reference solution gave (written into the test cell by `npm run release`) and, when they differ,
// throws an error that says what is wrong in a student's terms — a test cell passes by running
// without an error and fails by throwing, nbgrader's rule.
//
// Three situations, told apart without any setting the student could get wrong:
// - a released test cell starts with `check.begin({ ..., expected })`: checks compare with those;
// - the release runs the source notebooks with DEEPTS_CHECK_RECORD=<file>: checks record the
//   reference solution's values there;
// - a source notebook run by an author (no begin, no record file): the reference is its own
//   expectation, so keyed checks pass; explicit comparisons (check.close, check.that) still run.
import { appendFileSync } from "node:fs";
import { currentKernel, display } from "../display";
import { compare, kindOf, type Tolerance } from "./compare";
import { decode, encode, type Encoded } from "./encode";

/** A typical mistake's signature and what to tell the student who made it. */
export interface Hint {
  /**
   * The wrong result the mistake gives (compared like the expected value), a test on the result, or
   * a RegExp matched against the message of an error the student's code threw (with `check(id, () => ...)`).
   */
  if: unknown;
  /** The advice shown after the problem. */
  say: string;
}

/** Options of {@link check}. */
export interface CheckOptions extends Tolerance {
  /** How to name the value in messages, e.g. "sigmoid(np.array([-1, 0, 2]))" (default: the check id). */
  what?: string;
  /** Typical mistakes, tried in order when the result is wrong. */
  hints?: Hint[];
  /** Grading only: this check's share of its test cell's points when the cell allows partial credit (default 1; 0: advice only). */
  weight?: number;
  /** Grading only: when this check fails, its test cell scores 0 even with partial credit. */
  required?: boolean;
}

/** What a released test cell declares at its top (written by the release, not by authors). */
export interface TestCell {
  /** The test cell's grade_id. */
  cell: string;
  /** The exercise's name as students see it (the graded function). */
  exercise: string;
  /** Whether tests of this cell were held back for grading. */
  hidden: boolean;
  /** Expected values by check id, from the reference solution. */
  expected: Record<string, Encoded>;
}

/** The structured result each check emits (mime type {@link CHECK_MIME}); tools may show it, grading never trusts it. */
export interface CheckResult {
  cell: string | null;
  check: string;
  passed: boolean;
  message: string;
}

/** Mime type of the structured results. */
export const CHECK_MIME = "application/vnd.deepts.check.v1+json";

/** A failed check: its message is the explanation for the student. */
export class CheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckError";
  }
}

interface State {
  cell: TestCell | null;
  passed: number;
  /** Whether the checks running now are the cell's hidden tests (after check.expect). */
  hidden: boolean;
}
const state: State = { cell: null, passed: 0, hidden: false };

function emit(result: CheckResult): void {
  const kernel = currentKernel();
  if (kernel) kernel.publish({ data: { [CHECK_MIME]: result }, metadata: {}, transient: {} }, false);
}

/** Throws a CheckError whose stack starts at the test cell (frames inside check are left out). */
function fail(id: string, message: string, caller: Function): never {
  emit({ cell: state.cell?.cell ?? null, check: id, passed: false, message });
  const err = new CheckError(message);
  Error.captureStackTrace?.(err, caller);
  throw err;
}

function pass(id: string): void {
  state.passed++;
  emit({ cell: state.cell?.cell ?? null, check: id, passed: true, message: "" });
}

function hintFor(got: unknown, hints: Hint[] | undefined, tol: Tolerance): string {
  for (const h of hints ?? []) {
    if (h.if instanceof RegExp) continue; // only for thrown errors
    let hit = false;
    try {
      hit = typeof h.if === "function" ? Boolean((h.if as (g: unknown) => unknown)(got)) : compare(got, h.if, tol) === null;
    } catch {
      hit = false;
    }
    if (hit) return `\nHint: ${h.say}`;
  }
  return "";
}

function verify(id: string, got: unknown, want: unknown, opts: CheckOptions, caller: Function): void {
  const problem = compare(got, want, opts);
  if (!problem) return pass(id);
  fail(id, `${opts.what ?? id}: ${problem.message}${hintFor(got, opts.hints, opts)}`, caller);
}

function record(id: string, got: unknown): void {
  const file = process.env.DEEPTS_CHECK_RECORD;
  if (file) appendFileSync(file, JSON.stringify({ cell: state.cell?.cell ?? null, check: id, hidden: state.hidden, value: encode(got) }) + "\n");
}

/**
 * Checks a result against the reference solution's value for the check `id`, and throws a
 * `CheckError` that explains the first problem (type, shape, dtype, values, then a hint for a
 * typical mistake) when they differ. Used in the course's test cells.
 * `got` may be a function of no arguments: it is called, and an error it throws that a hint's RegExp
 * matches is reported with that hint.
 * @example
 * check("sigmoid-zero", nn.sigmoid(np.zeros([2, 3])), { what: "nn.sigmoid(np.zeros([2, 3]))" })
 * const x = np.array([[3, 4], [6, 8]]);
 * check("norm-rows", () => np.divide(x, np.linalg.norm(x, { axis: 1, keepdims: true })), {
 *   hints: [{ if: /could not be broadcast/, say: "keep the axis: { keepdims: true }" }],
 * })
 */
export function check(id: string, got: unknown, options: CheckOptions = {}): void {
  if (typeof got === "function") got = evaluate(id, got as () => unknown, options);
  if (process.env.DEEPTS_CHECK_RECORD) return void (record(id, got), pass(id));
  const cell = state.cell;
  if (!cell) return pass(id); // a source notebook: the reference is its own expectation
  if (!(id in cell.expected)) {
    fail(id, `this test cell has no expected value for the check "${id}": the cell was changed. Restore it from the course's copy of the notebook.`, check);
  }
  verify(id, got, decode(cell.expected[id]), options, check);
}

/**
 * Runs `thunk` (the student's call, as in `check(id, () => f(x))`). An error it throws that a hint's
 * RegExp recognises becomes a CheckError with that hint; other errors (the stub's "not implemented"
 * among them) pass through unchanged.
 */
function evaluate(id: string, thunk: () => unknown, options: CheckOptions): unknown {
  try {
    return thunk();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const hint = (options.hints ?? []).find((h) => h.if instanceof RegExp && h.if.test(message));
    if (!hint) throw e;
    const name = e instanceof Error ? e.name : "Error";
    fail(id, `${options.what ?? id}: your code raised ${name}: ${message}\nHint: ${hint.say}`, check);
  }
}

/**
 * Checks a result against a value given in the test itself (a number from the lecture, a property
 * that always holds), in every notebook, source or released.
 * @example check.close(np.mean([0.5, 0.75]), 0.625, { what: "the mean of the two scores" })
 */
function close(got: unknown, expected: unknown, options: CheckOptions & { id?: string } = {}): void {
  const id = options.id ?? options.what ?? "check.close";
  verify(id, got, expected, options, close);
}

/**
 * Fails with `message` unless `condition` holds.
 * @example check.that(np.all(np.greater([0.2, 0.8], 0)), "softmax values must be positive")
 */
function that(condition: unknown, message: string): void {
  if (condition) return pass(message);
  fail(message, message, that);
}

/**
 * Starts a released test cell: its expected values and whether hidden tests were held back.
 * Written by `npm run release` at the top of each test cell.
 */
function begin(cell: TestCell): void {
  state.cell = { ...cell, expected: { ...cell.expected } };
  state.passed = 0;
  state.hidden = false;
}

/**
 * Starts the hidden tests of a test cell, with their expected values. Written by `npm run release`
 * as the first line inside `// BEGIN HIDDEN TESTS`, so it leaves the student's copy with them.
 */
function expect(values: Record<string, Encoded>): void {
  state.hidden = true;
  if (state.cell) Object.assign(state.cell.expected, values);
}

/**
 * Ends a released test cell: says what passed, honestly about hidden tests.
 * Written by `npm run release` at the bottom of each test cell.
 */
function end(): void {
  const cell = state.cell;
  const ranHidden = state.hidden;
  state.cell = null;
  state.hidden = false;
  if (!cell) return;
  const n = state.passed;
  const tests = `${n} test${n === 1 ? "" : "s"}`;
  const text =
    cell.hidden && !ranHidden
      ? `✔ ${cell.exercise}: all ${tests} here passed. More tests run when the notebook is graded.`
      : `✔ ${cell.exercise}: all ${tests} passed${cell.hidden ? ", hidden tests included" : " (this exercise has no hidden tests)"}.`;
  emit({ cell: cell.cell, check: "*", passed: true, message: text });
  display(text);
}

/** The checking API of the course's test cells. */
export interface Check {
  (id: string, got: unknown, options?: CheckOptions): void;
  close: typeof close;
  that: typeof that;
  begin: typeof begin;
  expect: typeof expect;
  end: typeof end;
  /** How a value is described in messages ("an np.NDArray of shape (2, 3)"). */
  kindOf: typeof kindOf;
}

/** The checking API: `check(id, got)`, `check.close(got, expected)`, `check.that(cond, msg)`. */
export const checkApi: Check = Object.assign(check, { close, that, begin, expect, end, kindOf });
