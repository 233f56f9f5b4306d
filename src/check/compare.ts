// Comparing a student's result with the expected one, and saying what is wrong in a student's terms,
// in a fixed order: type, then shape, then dtype, then values. The first problem found is reported.
import { NDArray } from "../np";

/** Tolerances: |got − expected| ≤ atol + rtol·|expected|, numpy's `allclose` rule. */
export interface Tolerance {
  /** Relative tolerance (default 1e-7). */
  rtol?: number;
  /** Absolute tolerance (default 1e-10). */
  atol?: number;
}

/** What went wrong, or null when the values agree. */
export interface Problem {
  /** "type", "shape", "dtype", "values" or "missing". */
  kind: "type" | "shape" | "dtype" | "values" | "missing";
  /** The explanation shown to the student. */
  message: string;
}

export const DEFAULT_RTOL = 1e-7;
export const DEFAULT_ATOL = 1e-10;

/** numpy's shape text: (3,), (1, 3), (). */
export const shapeText = (s: readonly number[]): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`);

/** A short description of a value's kind, for "expected X, got Y". */
export function kindOf(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (v instanceof NDArray) return `an np.NDArray of shape ${shapeText(v.shape)}`;
  if (Array.isArray(v)) return `a JavaScript array of length ${v.length}`;
  if (typeof v === "number") return `the number ${fmt(v)}`;
  if (typeof v === "boolean") return `the boolean ${v}`;
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  if (typeof v === "function") return "a function";
  if (typeof v === "object") return "an object";
  return typeof v;
}

/** A number as a student reads it: all its digits (repr), so a difference in the 10th digit shows. */
export const fmt = (x: number): string => (Object.is(x, -0) ? "-0" : String(x));

const isNum = (v: unknown): v is number => typeof v === "number";
const flat = (a: NDArray): number[] => Array.from(a.flatten().data as ArrayLike<number>, Number);
// Integers and floats with equal values are both right (a loop may build either); booleans are not numbers.
const kindOfDtype = (d: string): string => (d === "bool" ? "bool" : "number");

/** Position of flat index `i` in `shape`, as numpy writes an index: (0, 2). */
function position(i: number, shape: readonly number[]): string {
  const idx: number[] = [];
  for (let k = shape.length - 1; k >= 0; k--) {
    idx.unshift(i % shape[k]);
    i = Math.floor(i / shape[k]);
  }
  return shape.length === 1 ? `[${idx[0]}]` : `[${idx.join(", ")}]`;
}

/** Whether two numbers agree within the tolerance (NaN matches NaN, infinities must match exactly). */
export function closeNumbers(got: number, want: number, rtol: number, atol: number): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want) || !Number.isFinite(got)) return got === want;
  return Math.abs(got - want) <= atol + rtol * Math.abs(want);
}

/** Why a shape is wrong, when the mistake is a common one. */
function shapeHint(got: readonly number[], want: readonly number[]): string {
  const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same([...got].reverse(), want) && got.length > 1) return " It looks transposed: check the order of the axes (or use .T).";
  if (got.length + 1 === want.length && size(got) === size(want)) {
    if (want.includes(1)) return " A dimension of size 1 is missing: keep it with { keepdims: true } or reshape.";
  }
  if (got.length === want.length + 1 && size(got) === size(want) && got.includes(1)) return " There is an extra dimension of size 1: check keepdims or your reshape.";
  if (size(got) === size(want)) return " Same number of values, different arrangement: check your reshape.";
  return "";
}

function compareArrays(got: NDArray, want: NDArray, where: string, tol: Required<Tolerance>): Problem | null {
  if (got.shape.length !== want.shape.length || got.shape.some((n, i) => n !== want.shape[i])) {
    return { kind: "shape", message: `wrong shape${where}: expected ${shapeText(want.shape)}, got ${shapeText(got.shape)}.${shapeHint(got.shape, want.shape)}` };
  }
  if (kindOfDtype(got.dtype) !== kindOfDtype(want.dtype)) {
    return { kind: "dtype", message: `wrong dtype${where}: expected ${want.dtype}, got ${got.dtype}.` };
  }
  const g = flat(got);
  const w = flat(want);
  let first = -1;
  let count = 0;
  for (let i = 0; i < w.length; i++) {
    if (!closeNumbers(g[i], w[i], tol.rtol, tol.atol)) {
      if (first < 0) first = i;
      count++;
    }
  }
  if (first < 0) return null;
  const at = want.ndim === 0 ? "" : ` at index ${position(first, want.shape)}`;
  const nan = Number.isNaN(g[first]) ? " (NaN usually comes from 0/0, log of a negative number, or inf − inf)" : "";
  return {
    kind: "values",
    message:
      `wrong values${where}: first difference${at}: expected ${fmt(w[first])}, got ${fmt(g[first])}${nan}; ` +
      `${count} of ${w.length} value${w.length === 1 ? "" : "s"} differ (tolerance rtol=${tol.rtol}, atol=${tol.atol}).`,
  };
}

/**
 * The first way `got` differs from `want`, or null when they agree within the tolerance.
 * `path` names the part being compared (`["W1"]` → " in W1").
 * @example compare(np.array([1, 2]), np.array([1, 2]))?.message // undefined
 */
export function compare(got: unknown, want: unknown, tolerance: Tolerance = {}, path = ""): Problem | null {
  const tol = { rtol: tolerance.rtol ?? DEFAULT_RTOL, atol: tolerance.atol ?? DEFAULT_ATOL };
  const where = path ? ` in ${path}` : "";
  const typeProblem = (expected: string, extra = ""): Problem => ({
    kind: "type",
    message: `wrong type${where}: expected ${expected}, got ${kindOf(got)}.${extra}`,
  });
  if (got === undefined && want !== undefined) return typeProblem(kindOf(want).replace(/^the number .*/, "a number"), " Did the function `return` its result?");
  if (want instanceof NDArray) {
    if (got instanceof NDArray) return compareArrays(got, want, where, tol);
    if (Array.isArray(got)) return typeProblem(`an np.NDArray of shape ${shapeText(want.shape)}`, " Wrap it with np.array(...), or use np functions, which return arrays.");
    return typeProblem(`an np.NDArray of shape ${shapeText(want.shape)}`);
  }
  if (isNum(want)) {
    // a 0-d array is numpy's scalar; accept it where a number is expected
    const g = got instanceof NDArray && got.ndim === 0 ? got.item() : got;
    if (got instanceof NDArray && got.ndim > 0) {
      return typeProblem("a number", got.size === 1 ? " It is an array with one value: take it out with .item() or np.squeeze." : "");
    }
    if (typeof g === "boolean") return typeProblem("a number");
    if (!isNum(g)) return typeProblem("a number");
    if (closeNumbers(g, want, tol.rtol, tol.atol)) return null;
    const nan = Number.isNaN(g) ? " (NaN usually comes from 0/0, log of a negative number, or inf − inf)" : "";
    return { kind: "values", message: `wrong value${where}: expected ${fmt(want)}, got ${fmt(g)}${nan} (tolerance rtol=${tol.rtol}, atol=${tol.atol}).` };
  }
  if (typeof want === "boolean" || typeof want === "string" || want === null || want === undefined) {
    const g = got instanceof NDArray && got.ndim === 0 && typeof want === "boolean" ? Boolean(got.item()) : got;
    if (typeof g !== typeof want || (want === null) !== (g === null)) return typeProblem(kindOf(want).replace(/^the (boolean|string) .*/, "a $1"));
    if (g !== want) return { kind: "values", message: `wrong value${where}: expected ${JSON.stringify(want)}, got ${JSON.stringify(g)}.` };
    return null;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return typeProblem(`a JavaScript array of length ${want.length}`);
    if (got.length !== want.length) return { kind: "shape", message: `wrong length${where}: expected ${want.length} items, got ${got.length}.` };
    for (let i = 0; i < want.length; i++) {
      const p = compare(got[i], want[i], tol, `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (typeof want === "object") {
    if (got === null || typeof got !== "object" || got instanceof NDArray || Array.isArray(got)) return typeProblem("an object");
    for (const key of Object.keys(want)) {
      if (!(key in got)) return { kind: "missing", message: `missing key${where}: expected a key "${key}", got keys ${JSON.stringify(Object.keys(got))}.` };
      const p = compare((got as Record<string, unknown>)[key], (want as Record<string, unknown>)[key], tol, path ? `${path}.${key}` : key);
      if (p) return p;
    }
    return null;
  }
  return null;
}
