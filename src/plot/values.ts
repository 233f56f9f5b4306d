// Turning ndarrays and JS arrays into the plain numbers plotly's JSON needs. Figures must never hold
// NDArray objects or typed arrays (the mime bundle is JSON), and JSON has no NaN or Infinity: those
// become null, which plotly draws as a gap.
import { np, NDArray } from "../np";

/** Numbers in one dimension: an NDArray, a JS array (null allowed for gaps) or a typed array. */
export type Vector = NDArray | readonly (number | boolean | null)[] | ArrayLike<number>;
/** Numbers in two dimensions: a 2-D NDArray or an array of rows. */
export type Matrix = NDArray | readonly Vector[];
/** Class labels: numbers, or strings for named classes. */
export type Labels = NDArray | readonly (number | string | boolean)[] | ArrayLike<number>;

/**
 * A plotly-safe number: finite numbers stay, NaN and ±Infinity become null.
 * @example
 * [clean(NaN), clean(true), clean(2.5)] // → [ null, 1, 2.5 ]
 */
export function clean(v: number | boolean | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === "boolean" ? (v ? 1 : 0) : v;
  return Number.isFinite(n) ? n : null;
}

/**
 * True for NDArray instances, also ones from another copy of the module (src vs dist).
 * @example
 * isNDArray(np.zeros(2)) // → true
 * isNDArray([0, 0]) // → false
 */
export function isNDArray(a: unknown): a is NDArray {
  if (a instanceof NDArray) return true;
  const o = a as NDArray | null;
  return !!o && typeof o === "object" && Array.isArray(o.shape) && ArrayBuffer.isView(o.data) && typeof o.getFlat === "function";
}

function isTyped(a: unknown): a is ArrayLike<number> {
  return ArrayBuffer.isView(a) && !(a instanceof DataView);
}

/**
 * True when a value is one row/series (array, typed array or NDArray), used to tell lists of series apart.
 * @example
 * isSeriesLike([1, 2]) // → true
 * isSeriesLike(3) // → false
 */
export function isSeriesLike(a: unknown): boolean {
  return Array.isArray(a) || isTyped(a) || isNDArray(a);
}

/**
 * All elements of an NDArray in C order as plotly-safe numbers.
 * @example ndNumbers(np.array([[1, NaN], [Infinity, 4]])) // → [ 1, null, null, 4 ]
 */
export function ndNumbers(a: NDArray): (number | null)[] {
  const n = a.size;
  const out = new Array<number | null>(n);
  const flat = a.contiguousData();
  for (let i = 0; i < n; i++) out[i] = clean(flat[i]);
  return out;
}

/**
 * A 1-D list of numbers. NDArrays of any shape are read in C order (a (1, m) row or (m, 1) column is
 * the usual case); nested JS arrays are rejected so that mistakes show.
 * @example
 * toVector(np.array([[1, 2, 3]])) // → [ 1, 2, 3 ]
 * toVector([1, null, NaN]) // → [ 1, null, null ]
 */
export function toVector(a: Vector, what = "values"): (number | null)[] {
  if (isNDArray(a)) return ndNumbers(a);
  if (isTyped(a)) return Array.from(a, (v) => clean(v));
  if (!Array.isArray(a)) throw new TypeError(`${what}: expected an array or NDArray, got ${typeof a}`);
  return (a as readonly unknown[]).map((v, i) => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number" || typeof v === "boolean") return clean(v);
    throw new TypeError(`${what}: element ${i} is not a number (${Array.isArray(v) ? "a nested array" : typeof v})`);
  });
}

/**
 * The shape of an NDArray or of (possibly nested) JS arrays.
 * @example shapeOf([[1, 2, 3], [4, 5, 6]]) // → [ 2, 3 ]
 */
export function shapeOf(a: unknown): number[] {
  if (isNDArray(a)) return [...a.shape];
  if (isTyped(a)) return [a.length];
  if (Array.isArray(a)) return a.length > 0 && isSeriesLike(a[0]) ? [a.length, ...shapeOf(a[0])] : [a.length];
  return [];
}

/**
 * Any numeric input as an NDArray (copies JS arrays; NDArrays pass through).
 * @example toND([1, 2]).shape // → [ 2 ]
 */
export function toND(a: NDArray | ArrayLike<number> | readonly unknown[]): NDArray {
  if (isNDArray(a)) return a;
  if (isTyped(a)) return NDArray.fromData(Float64Array.from(a), [a.length], "float64");
  return np.asarray(a as never);
}

/**
 * Rows of a 2-D input as plotly-safe numbers (a 1-D input is one row).
 * @example
 * toMatrix(np.array([[1, 2], [3, 4]])) // → [ [ 1, 2 ], [ 3, 4 ] ]
 * toMatrix([1, 2]) // → [ [ 1, 2 ] ]
 */
export function toMatrix(a: Matrix, what = "matrix"): (number | null)[][] {
  if (isNDArray(a)) {
    if (a.ndim === 1) return [ndNumbers(a)];
    if (a.ndim !== 2) throw new Error(`${what}: expected a 2-D array, got shape (${a.shape.join(", ")})`);
    const flat = ndNumbers(a);
    const [r, c] = a.shape;
    return Array.from({ length: r }, (_, i) => flat.slice(i * c, (i + 1) * c));
  }
  if (isTyped(a)) return [toVector(a, what)];
  const rows = a as readonly unknown[];
  if (rows.length > 0 && !isSeriesLike(rows[0])) return [toVector(rows as Vector, what)];
  return rows.map((r, i) => toVector(r as Vector, `${what} row ${i}`));
}

/**
 * Class labels as a flat list. A 2-D NDArray with more than one row and column is taken as one-hot
 * (classes along `classAxis`) and turned into class indices with argmax.
 * @example
 * toLabels(np.array([[1, 0], [0, 1]])) // → [ 0, 1 ]
 * toLabels([true, false]) // → [ 1, 0 ]
 */
export function toLabels(y: Labels, classAxis: 0 | 1 = 0): (number | string)[] {
  if (isNDArray(y)) {
    if (y.ndim === 2 && y.shape[0] > 1 && y.shape[1] > 1) return argmaxAlong(y, classAxis);
    return Array.from(y.contiguousData(), (v) => (y.dtype === "bool" ? (v ? 1 : 0) : v));
  }
  if (isTyped(y)) return Array.from(y);
  return (y as readonly (number | string | boolean)[]).map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v));
}

/**
 * Index of the largest value along an axis of a 2-D array (first one on ties, as numpy).
 * @example argmaxAlong(np.array([[0.2, 0.9], [0.8, 0.1]]), 0) // → [ 1, 0 ]
 */
export function argmaxAlong(a: NDArray, axis: 0 | 1): number[] {
  const [r, c] = a.shape;
  const n = axis === 0 ? c : r;
  const k = axis === 0 ? r : c;
  const out = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    let best = -Infinity;
    let arg = 0;
    for (let i = 0; i < k; i++) {
      const v = axis === 0 ? a.item(i, j) : a.item(j, i);
      if (v > best) {
        best = v;
        arg = i;
      }
    }
    out[j] = arg;
  }
  return out;
}

/**
 * Smallest and largest finite value (NaN when there is none).
 * @example extent([3, null, -1, 2]) // → [ -1, 3 ]
 */
export function extent(values: readonly (number | null)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [NaN, NaN];
}

/**
 * `n` evenly spaced numbers from `a` to `b` inclusive, computed as numpy's linspace does.
 * @example linspace(0, 1, 5) // → [ 0, 0.25, 0.5, 0.75, 1 ]
 */
export function linspace(a: number, b: number, n: number): number[] {
  if (n === 1) return [a];
  const step = (b - a) / (n - 1);
  const out = Array.from({ length: n }, (_, i) => a + i * step);
  out[n - 1] = b;
  return out;
}

/**
 * Deep copy of a figure part as plain JSON values: NDArrays become nested lists, typed arrays
 * become arrays, non-finite numbers become null, undefined members are dropped.
 * @example plain({ z: np.array([[1, NaN]]), skip: undefined }) // → { z: [ [ 1, null ] ] }
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === "number") return clean(value);
  if (typeof value !== "object") return value;
  if (isNDArray(value)) {
    const flat = ndNumbers(value);
    const rec = (ax: number, start: number, size: number): unknown => {
      if (ax === value.ndim) return flat[start];
      const d = value.shape[ax];
      const step = size / d;
      return Array.from({ length: d }, (_, i) => rec(ax + 1, start + i * step, step));
    };
    return rec(0, 0, value.size);
  }
  if (isTyped(value)) return Array.from(value, (v) => clean(v));
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== "function") out[k] = plain(v);
  return out;
}
