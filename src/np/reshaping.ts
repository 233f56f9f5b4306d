// Reshaping by rule: numpy's resize (function), rollaxis, permute_dims and trim_zeros.
import { NDArray, ArrayLike } from "./ndarray";
import { alloc } from "./storage";
import { normAxis, normAxisTuple, sizeOf } from "./shape";
import { asarray } from "./creation";
import { transpose } from "./manipulation";
import { argwhere } from "./searching";

/**
 * A new array of `newShape` filled with the elements of `a` repeated in C order (zeros when `a` is
 * empty): numpy's np.resize, which, unlike `x.resize`, repeats instead of padding with zeros.
 * @example np.resize([1, 2, 3], [2, 4]) // → array([[1, 2, 3, 1],
 * //        [2, 3, 1, 2]])
 */
export function resize(a: ArrayLike, newShape: number | readonly number[]): NDArray {
  const x = asarray(a).reshape(-1);
  const shape = typeof newShape === "number" ? [newShape] : [...newShape];
  if (shape.some((d) => d < 0)) throw new Error("all elements of `new_shape` must be non-negative");
  const n = sizeOf(shape);
  const out = new NDArray(alloc(x.dtype, n), shape, x.dtype);
  if (x.size > 0) for (let i = 0; i < n; i++) out.data[i] = x.getFlat(i % x.size);
  return out;
}

/**
 * Moves `axis` back until it lies before position `start` (numpy's rollaxis; moveaxis is clearer).
 * @example np.rollaxis(np.zeros([3, 4, 5, 6]), 3, 1).shape // → [ 3, 6, 4, 5 ]
 */
export function rollaxis(a: ArrayLike, axis: number, start: number | { start?: number } = 0): NDArray {
  const x = asarray(a);
  const n = x.ndim;
  let st = typeof start === "number" ? start : start.start ?? 0;
  const ax = normAxis(axis, n);
  if (st < 0) st += n;
  if (!(st >= 0 && st < n + 1)) throw new RangeError(`'start' arg requires ${-n} <= start < ${n + 1}, but ${st} was passed in`);
  if (ax < st) st--;
  if (ax === st) return x.get("...");
  const axes = x.shape.map((_, i) => i).filter((i) => i !== ax);
  axes.splice(st, 0, ax);
  return transpose(x, axes);
}

/**
 * numpy 2's array-API name for transpose with explicit axes; a view.
 * @example np.permuteDims(np.zeros([2, 3, 4]), [2, 0, 1]).shape // → [ 4, 2, 3 ]
 */
export function permuteDims(a: ArrayLike, axes: readonly number[]): NDArray {
  return transpose(asarray(a), axes);
}

/**
 * Trims leading (`"f"`) and/or trailing (`"b"`) zeros: for n-D input, the zero border around the
 * non-zero elements along every axis (or `axis`). A view.
 * @example np.trimZeros(np.array([0, 0, 1, 0, 2, 0])) // → array([1, 0, 2])
 */
export function trimZeros(filt: ArrayLike, trim: string | { trim?: string; axis?: number | readonly number[] | null } = "fb", opts: { axis?: number | readonly number[] | null } = {}): NDArray {
  if (typeof trim === "object") (opts = trim), (trim = trim.trim ?? "fb");
  const x = asarray(filt);
  const t = trim.toLowerCase();
  if (!["fb", "bf", "f", "b"].includes(t)) throw new Error(`unexpected character(s) in \`trim\`: '${trim}'`);
  const axes = opts.axis === undefined || opts.axis === null ? x.shape.map((_, i) => i) : normAxisTuple(opts.axis, x.ndim, "axis");
  if (axes.length === 0) return x;
  const nz = argwhere(x);
  const nd = x.ndim;
  const start: (number | null)[] = new Array(nd).fill(null), stop: (number | null)[] = new Array(nd).fill(null);
  if (nz.shape[0] === 0) start.fill(0), stop.fill(0);
  else
    for (let d = 0; d < nd; d++) {
      let lo = Infinity, hi = -Infinity;
      for (let r = 0; r < nz.shape[0]; r++) (lo = Math.min(lo, nz.data[r * nd + d])), (hi = Math.max(hi, nz.data[r * nd + d]));
      if (t.includes("f")) start[d] = lo;
      if (t.includes("b")) stop[d] = hi + 1;
    }
  return x.get(...x.shape.map((_, d) => (axes.includes(d) ? `${start[d] ?? ""}:${stop[d] ?? ""}` : ":")));
}
