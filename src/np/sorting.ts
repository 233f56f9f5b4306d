import { NDArray, ArrayLike } from "./ndarray";
import { alloc } from "./storage";
import { normAxis } from "./shape";
import { asarray } from "./creation";
import { forEachRun } from "./broadcast";

// numpy sorts nan to the end.
const cmp = (a: number, b: number) => (a !== a ? (b !== b ? 0 : 1) : b !== b ? -1 : a - b);

/** Calls fn on each 1-D lane of x along `axis` (offset and stride of the lane). */
function lanes(x: NDArray, axis: number, fn: (off: number, stride: number, n: number, lane: number) => void): void {
  const shape = x.shape.filter((_, i) => i !== axis);
  const strides = x.strides.filter((_, i) => i !== axis);
  let lane = 0;
  forEachRun(shape, [strides], [x.offset], (m, [o], [s]) => {
    for (let i = 0; i < m; i++, o += s) fn(o, x.strides[axis], x.shape[axis], lane++);
  });
}

/** Indices that sort x along an axis (last by default); stable. @example np.argsort([3, 1, 2]) // → array([1, 2, 0]) */
export function argsort(a: ArrayLike, opts: { axis?: number | null } | number | null = {}): NDArray {
  opts = axisOpts(opts);
  const x0 = asarray(a);
  // numpy sorts a 0-d array as if it had one element, and `axis: null` flattens
  const x = opts.axis === null || x0.ndim === 0 ? x0.reshape(-1) : x0;
  const ax = normAxis(opts.axis ?? -1, x.ndim);
  const out = new NDArray(new Float64Array(x.size), [...x.shape], "int64");
  const D = x.data;
  const os = out.strides[ax];
  // Lanes of out and x are enumerated in the same order, so walk them in parallel.
  const starts: number[] = [];
  lanes(out, ax, (o) => starts.push(o));
  lanes(x, ax, (o, s, n, lane) => {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((i, j) => cmp(D[o + i * s], D[o + j * s]) || i - j);
    for (let i = 0; i < n; i++) out.data[starts[lane] + i * os] = idx[i];
  });
  return out;
}

/**
 * A sorted copy along an axis (last by default; `axis: null` flattens).
 * @example
 * np.sort([3, 1, 2]) // → array([1, 2, 3])
 * np.sort([[3, 1], [2, 4]], { axis: 0 }) // → array([[2, 1],
 * //        [3, 4]])
 */
export function sort(a: ArrayLike, opts: { axis?: number | null } | number | null = {}): NDArray {
  opts = axisOpts(opts);
  const x0 = asarray(a);
  const x = opts.axis === null ? x0.reshape(-1).copy() : x0.copy();
  sortInPlace(x, opts.axis ?? -1);
  return x;
}

/** An axis given positionally (`np.sort(x, 0)`) or as an option (`{ axis: 0 }`). */
function axisOpts(opts: { axis?: number | null } | number | null): { axis?: number | null } {
  return typeof opts === "number" || opts === null ? { axis: opts } : opts;
}

/** Sorts x along an axis in place (numpy's `x.sort()`), nan last. */
export function sortInPlace(x: NDArray, axis: number): void {
  const ax = normAxis(axis, x.ndim);
  const D = x.data;
  lanes(x, ax, (o, s, n) => {
    const v = Array.from({ length: n }, (_, i) => D[o + i * s]).sort(cmp);
    for (let i = 0; i < n; i++) D[o + i * s] = v[i];
  });
}

/**
 * The sorted unique values of the flattened array; with `returnCounts` also how often each occurs.
 * @example
 * np.unique([3, 1, 3]) // → array([1, 3])
 * np.unique([3, 1, 3], { returnCounts: true })[1] // → array([1, 2])
 */
export function unique(a: ArrayLike): NDArray;
export function unique(a: ArrayLike, opts: { returnCounts: true }): [NDArray, NDArray];
export function unique(a: ArrayLike, opts: { returnCounts?: boolean } = {}): NDArray | [NDArray, NDArray] {
  const s = sort(a, { axis: null });
  const vals: number[] = [], counts: number[] = [];
  const D = s.data;
  for (let i = 0; i < D.length; i++) {
    const v = D[i];
    const last = vals.length - 1;
    if (last >= 0 && (vals[last] === v || (v !== v && vals[last] !== vals[last]))) counts[last]++;
    else (vals.push(v), counts.push(1));
  }
  const u = new NDArray(alloc(s.dtype, vals.length, false), [vals.length], s.dtype);
  u.data.set(vals);
  if (!opts.returnCounts) return u;
  return [u, new NDArray(Float64Array.from(counts), [counts.length], "int64")];
}

/**
 * Number of non-zero elements (a number), or per `{ axis }`.
 * @example
 * np.countNonzero(np.equal([1, 0, 1, 1], [1, 1, 1, 0])) // → 2
 * np.countNonzero([[0, 1], [2, 3]], { axis: 0 }) // → array([1, 2])
 */
export function countNonzero(a: ArrayLike, opts: { axis?: number } = {}): any {
  const x = asarray(a).astype("bool");
  return opts.axis === undefined ? x.sum() : x.sum({ axis: opts.axis });
}
