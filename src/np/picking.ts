// Picking elements: numpy's take, diagonal and trace (functions and NDArray methods).
import { NDArray, ArrayLike } from "./ndarray";
import { normAxis, normAxisTuple } from "./shape";
import { asarray } from "./creation";
import { sum } from "./reduce";

/** `take` options: numpy's axis (none: the flattened array) and mode for out-of-range indices. */
export interface TakeOptions {
  axis?: number | null;
  mode?: "raise" | "wrap" | "clip";
}

/**
 * Elements at the given indices along an axis (of the flattened array without one), a copy; the
 * result's axis is replaced by the indices' shape. `mode: "wrap"` or `"clip"` maps indices out of range.
 * @example
 * np.take([4, 3, 5, 7], [0, 2]) // → array([4, 5])
 * np.take([[1, 2, 3], [4, 5, 6]], [1], { axis: 1 }) // → array([[2],
 * //        [5]])
 */
export function take(a: ArrayLike, indices: ArrayLike, opts: TakeOptions | number = {}): NDArray {
  if (typeof opts === "number") opts = { axis: opts };
  const x0 = asarray(a);
  const flat = opts.axis === undefined || opts.axis === null;
  const x = flat ? x0.reshape(-1) : x0;
  const ax = flat ? 0 : normAxis(opts.axis as number, x.ndim);
  let idx = asarray(indices);
  if (idx.dtype === "float64" || idx.dtype === "float32" || idx.dtype === "bool") idx = idx.astype("int64");
  const n = x.shape[ax];
  if (opts.mode === "wrap" || opts.mode === "clip") {
    if (n === 0 && idx.size > 0) throw new RangeError("cannot do a non-empty take from an empty axes.");
    const m = idx.copy();
    const D = m.data;
    for (let i = 0; i < D.length; i++) D[i] = opts.mode === "wrap" ? ((D[i] % n) + n) % n : Math.min(Math.max(D[i], 0), n - 1);
    idx = m;
  }
  const shape0 = idx.shape;
  const flatIdx = idx.ndim === 1 ? idx : idx.reshape(-1);
  const sel = Array.from({ length: x.ndim }, (_, i) => (i === ax ? flatIdx : ":"));
  const picked = x.get(...sel);
  return picked.reshape([...x.shape.slice(0, ax), ...shape0, ...x.shape.slice(ax + 1)]);
}

/** `diagonal`/`trace` options, numpy's keywords. */
export interface DiagonalOptions {
  offset?: number;
  axis1?: number;
  axis2?: number;
}

/**
 * The diagonal (or the one `offset` above it, below for negative) of the plane of `axis1`, `axis2`;
 * those axes are removed and the diagonal becomes the last axis. A view, read-only in numpy.
 * @example
 * np.diagonal(np.arange(9).reshape(3, 3)) // → array([0, 4, 8])
 * np.diagonal(np.arange(9).reshape(3, 3), { offset: 1 }) // → array([1, 5])
 */
export function diagonal(a: ArrayLike, opts: DiagonalOptions | number = {}): NDArray {
  if (typeof opts === "number") opts = { offset: opts };
  const x = asarray(a);
  const { offset = 0, axis1 = 0, axis2 = 1 } = opts;
  if (x.ndim < 2) throw new Error("diag requires an array of at least two dimensions");
  const [i] = normAxisTuple(axis1, x.ndim, "axis1");
  const [j] = normAxisTuple(axis2, x.ndim, "axis2");
  if (i === j) throw new Error("axis1 and axis2 cannot be the same");
  const n = Math.max(0, Math.min(x.shape[i] + Math.min(offset, 0), x.shape[j] - Math.max(offset, 0)));
  const start = n > 0 ? x.offset + Math.max(-offset, 0) * x.strides[i] + Math.max(offset, 0) * x.strides[j] : x.offset;
  const rest = x.shape.map((_, k) => k).filter((k) => k !== i && k !== j);
  return new NDArray(x.data, [...rest.map((k) => x.shape[k]), n], x.dtype, [...rest.map((k) => x.strides[k]), x.strides[i] + x.strides[j]], start, x.base ?? x);
}

/**
 * Sum along the diagonal: a number for a 2-D array, else an array of the remaining axes.
 * Integers and bools sum in int64, as numpy's sum does.
 * @example np.trace(np.eye(3)) // → 3
 */
export function trace(a: ArrayLike, opts: DiagonalOptions | number = {}): any {
  const d = diagonal(a, opts);
  return d.ndim === 1 ? sum(d) : sum(d, { axis: -1 });
}
