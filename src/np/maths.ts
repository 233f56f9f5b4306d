// Maths beyond the ufuncs: numpy's nan_to_num, isin, diff, ediff1d, interp, trapezoid, convolve,
// correlate, inner, kron, cross, the set routines (intersect1d, union1d, setdiff1d, setxor1d), cov,
// corrcoef, histogram and histogram_bin_edges.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, isFloat, isInt, promote } from "./dtype";
import { normAxis, shapeStr, sizeOf } from "./shape";
import { asarray, array, linspace } from "./creation";
import { concatenate, broadcastTo } from "./manipulation";
import { sum, cumsum } from "./reduce";
import { unique } from "./sorting";
import { average } from "./statistics";
import { add, subtract, multiply, divide, notEqual, sqrt, clip, floorDivide, mod, trunc, equal, greater, less, absolute, logicalAnd } from "./ufunc";
import { resultType as resultTypeOf } from "./type_rules";
import { copyto } from "./selecting";
import { dot } from "./linalg";
import { alloc } from "./storage";

const F64_MAX = 1.7976931348623157e308, F32_MAX = 3.4028234663852886e38;

/** The result dtype of several array-likes together (numpy's result_type of the arrays). */
function resultType(...xs: NDArray[]): DType {
  return xs.map((x) => x.dtype).reduce(promote);
}

/** A fresh C-ordered array of `dtype` holding `vals`. */
function fromValues(vals: Float64Array | number[], shape: number[], dtype: DType): NDArray {
  const out = new NDArray(alloc(dtype, sizeOf(shape), false), shape, dtype);
  out.data.set(vals);
  return out;
}

/** The elements of x in C order as float64 numbers (a fresh buffer). */
function flat(x: NDArray): Float64Array {
  return Float64Array.from(x.contiguousData());
}

/** Slices along one axis, numpy's `a[(slice(None),)*axis + (slice(lo, hi),)]`. */
function sliceAxis(a: NDArray, axis: number, lo: number | null, hi: number | null): NDArray {
  const idx: any[] = a.shape.map(() => ":");
  idx[axis] = `${lo ?? ""}:${hi ?? ""}`;
  return a.get(...idx);
}

/** `unwrap` options, numpy's keywords. */
export interface UnwrapOptions {
  /** Jumps smaller than this are left alone (default period / 2; smaller values count as period / 2). */
  discont?: number | null;
  axis?: number;
  /** The size of the wrap (default 2π: phases in radians). */
  period?: number;
}

/**
 * Removes the jumps of a wrapped signal: wherever consecutive values differ by more than `discont`,
 * the difference is replaced by its equivalent modulo `period` in [-period/2, period/2), and the
 * corrections accumulate along the axis (numpy's unwrap).
 * @example
 * np.unwrap([0, 3, 6.5, 0.2, -3.5]) // → array([0.        , 3.        , 0.21681469, 0.2       , 2.78318531])
 * @example
 * np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], { period: 6 }) // → array([1, 2, 3, 4, 5, 6, 7, 8, 9])
 */
export function unwrap(p: ArrayLike, opts: UnwrapOptions = {}): NDArray {
  const x = asarray(p);
  const period = opts.period ?? 2 * Math.PI;
  const discont = opts.discont ?? period / 2;
  const step = diff(x, { axis: opts.axis ?? -1 });
  const axis = normAxis(opts.axis ?? -1, x.ndim);
  const dtype = resultTypeOf(step, period);
  // An integer period splits into [-high, high] with high = period // 2; only an even one is ambiguous.
  const whole = isInt(dtype);
  const high = whole ? Math.floor(period / 2) : period / 2;
  const ambiguous = whole ? period % 2 === 0 : true;
  const stepMod = add(mod(subtract(step, -high), period), -high) as NDArray;
  if (ambiguous) copyto(stepMod, high, { where: logicalAnd(equal(stepMod, -high), greater(step, 0)) });
  const correction = subtract(stepMod, step) as NDArray;
  copyto(correction, 0, { where: less(absolute(step), discont) });
  const head = sliceAxis(x, axis, null, 1).astype(dtype);
  return concatenate([head, add(sliceAxis(x, axis, 1, null), cumsum(correction, { axis })) as NDArray], { axis }).astype(dtype);
}

export interface NanToNumOptions { copy?: boolean; nan?: number; posinf?: number | null; neginf?: number | null }

/**
 * nan → 0 (or `nan`), +inf → the largest finite value (or `posinf`), -inf → the most negative (or
 * `neginf`); integer and bool arrays come back unchanged (a copy).
 * @example
 * np.nanToNum(np.array([np.nan, np.inf, -np.inf, 1])) // → array([ 0.00000000e+000,  1.79769313e+308, -1.79769313e+308,
 * //         1.00000000e+000])
 */
export function nanToNum(x: number, opts?: NanToNumOptions): number;
export function nanToNum(x: ArrayLike, opts?: NanToNumOptions): NDArray;
export function nanToNum(x: ArrayLike, opts: NanToNumOptions = {}): any {
  const scalar = typeof x === "number" || typeof x === "boolean";
  const a = asarray(x);
  if (!isFloat(a.dtype)) return scalar ? Number(x) : opts.copy === false ? a : a.copy();
  const big = a.dtype === "float32" ? F32_MAX : F64_MAX;
  const nanV = opts.nan ?? 0, pos = opts.posinf ?? big, neg = opts.neginf ?? -big;
  const out = opts.copy === false ? a : a.copy();
  const vals = flat(out).map((v) => (v !== v ? nanV : v === Infinity ? pos : v === -Infinity ? neg : v));
  if (scalar) return vals[0];
  if (opts.copy === false && !out.isContiguous) throw new Error("nanToNum: copy=false needs a contiguous array");
  out.data.set(vals, out.offset);
  return out;
}

/**
 * True where an element of `element` is in `testElements`, shaped like `element`.
 * @example
 * np.isin([1, 2, 3], [2, 4]) // → array([False,  True, False])
 */
export function isin(element: ArrayLike, testElements: ArrayLike, opts: { invert?: boolean; assumeUnique?: boolean } = {}): NDArray {
  const e = asarray(element), t = new Set(flat(asarray(testElements)));
  // nan is never equal to nan, so never "in"
  const vals = Array.from(flat(e), (v) => (v === v && t.has(v) ? 1 : 0) ^ (opts.invert ? 1 : 0));
  return fromValues(vals, [...e.shape], "bool");
}

export interface DiffOptions { n?: number; axis?: number; prepend?: ArrayLike; append?: ArrayLike }

/**
 * The n-th discrete difference along an axis (the last by default); `prepend`/`append` extend the
 * input first. Booleans give `!=`.
 * @example
 * np.diff([1, 4, 9, 16]) // → array([3, 5, 7])
 * @example
 * const x = np.array([[1, 4, 9], [16, 25, 36], [49, 64, 81]]);
 * np.diff(x, { n: 2, axis: 0 }) // → array([[18, 18, 18]])
 */
export function diff(a: ArrayLike, n: number | DiffOptions = 1, opts: DiffOptions = {}): NDArray {
  if (typeof n === "object") (opts = n), (n = opts.n ?? 1);
  let x = asarray(a);
  if (n === 0) return x;
  if (n < 0) throw new Error(`order must be non-negative but got ${n}`);
  if (x.ndim === 0) throw new Error("diff requires input that is at least one dimensional");
  const axis = normAxis(opts.axis ?? -1, x.ndim);
  const ext = (v: ArrayLike) => {
    let p = asarray(v);
    if (p.ndim === 0) p = broadcastTo(p, x.shape.map((d, i) => (i === axis ? 1 : d)));
    return p;
  };
  const parts: NDArray[] = [];
  if (opts.prepend !== undefined) parts.push(ext(opts.prepend));
  parts.push(x);
  if (opts.append !== undefined) parts.push(ext(opts.append));
  if (parts.length > 1) x = concatenate(parts, { axis });
  for (let k = 0; k < n; k++) {
    const hi = sliceAxis(x, axis, 1, null), lo = sliceAxis(x, axis, null, -1);
    x = x.dtype === "bool" ? notEqual(hi, lo) : subtract(hi, lo);
  }
  return x;
}

/**
 * Differences between consecutive elements of the flattened array, with optional values before and after.
 * @example
 * np.ediff1d([1, 2, 4, 7], { toBegin: -99, toEnd: [88, 99] }) // → array([-99,   1,   2,   3,  88,  99])
 */
export function ediff1d(ary: ArrayLike, opts: { toEnd?: ArrayLike; toBegin?: ArrayLike } = {}): NDArray {
  const x = asarray(ary).ravel();
  const d = x.dtype;
  const part = (v: ArrayLike | undefined, name: string): NDArray | null => {
    if (v === undefined || v === null) return null;
    const p = asarray(v).ravel();
    const ok = p.dtype === d || promote(p.dtype, d) === d || (isFloat(d) && isFloat(p.dtype));
    if (!ok) throw new TypeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    return p.astype(d);
  };
  const b = part(opts.toBegin, "to_begin"), e = part(opts.toEnd, "to_end");
  // numpy subtracts even booleans here, so they raise numpy's boolean-subtract error
  const body = x.size > 0 ? subtract(x.get("1:"), x.get(":-1")) : x.copy();
  const parts = [b, body, e].filter((p): p is NDArray => p !== null);
  return parts.length === 1 ? parts[0] : concatenate(parts);
}

/**
 * Piecewise-linear interpolation of (xp, fp) at x, numpy's algorithm bit for bit; `left`/`right` give
 * the values outside, `period` wraps the sample points.
 * @example
 * np.interp(2.5, [1, 2, 3], [3, 2, 0]) // → 1
 */
export function interp(x: number, xp: ArrayLike, fp: ArrayLike, opts?: { left?: number; right?: number; period?: number }): number;
export function interp(x: ArrayLike, xp: ArrayLike, fp: ArrayLike, opts?: { left?: number; right?: number; period?: number }): NDArray;
export function interp(x: ArrayLike, xp: ArrayLike, fp: ArrayLike, opts: { left?: number; right?: number; period?: number } = {}): any {
  const X = asarray(x);
  let XP = flat(asarray(xp)), FP = flat(asarray(fp));
  if (asarray(xp).ndim !== 1 || asarray(fp).ndim !== 1) throw new Error("object too deep for desired array");
  if (FP.length !== XP.length) throw new Error("fp and xp are not of the same length.");
  if (XP.length === 0) throw new Error("array of sample points is empty");
  let xs = flat(X);
  let left = opts.left, right = opts.right;
  if (opts.period !== undefined && opts.period !== null) {
    const period = Math.abs(opts.period);
    if (period === 0) throw new Error("period must be a non-zero value");
    left = right = undefined;
    const mod = (v: number) => { const r = v % period; return r < 0 ? r + period : r; };
    xs = xs.map(mod);
    const order = Array.from(XP.map(mod), (v, i) => [v, FP[i]]).sort((p, q) => p[0] - q[0]);
    const n = order.length;
    XP = Float64Array.from([order[n - 1][0] - period, ...order.map((p) => p[0]), order[0][0] + period]);
    FP = Float64Array.from([order[n - 1][1], ...order.map((p) => p[1]), order[0][1]]);
  }
  const n = XP.length;
  const lval = left ?? FP[0], rval = right ?? FP[n - 1];
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (n === 1) {
      out[i] = v < XP[0] ? lval : v > XP[0] ? rval : FP[0];
      continue;
    }
    if (v !== v) { out[i] = v; continue; }
    if (v > XP[n - 1]) { out[i] = rval; continue; }
    if (v < XP[0]) { out[i] = lval; continue; }
    // the last j with XP[j] <= v
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (XP[mid] <= v) lo = mid; else hi = mid - 1; }
    const j = lo;
    if (j === n - 1) out[i] = FP[j];
    else if (XP[j] === v) out[i] = FP[j];
    else {
      const slope = (FP[j + 1] - FP[j]) / (XP[j + 1] - XP[j]);
      let r = slope * (v - XP[j]) + FP[j];
      if (r !== r) {
        r = slope * (v - XP[j + 1]) + FP[j + 1];
        if (r !== r && FP[j] === FP[j + 1]) r = FP[j];
      }
      out[i] = r;
    }
  }
  if (X.ndim === 0 && (typeof x === "number")) return out[0];
  return new NDArray(out, [...X.shape], "float64");
}

/**
 * Integral of y by the trapezoidal rule along an axis, with sample points `x` or spacing `dx`.
 * @example
 * np.trapezoid([1, 2, 3]) // → 4
 * @example
 * const y = np.array([[1, 2], [3, 5], [6, 9]]), t = np.array([0, 1, 3]);
 * np.trapezoid(y, { x: t, axis: 0 }) // → array([11. , 17.5])
 */
export function trapezoid(y: ArrayLike, opts: { x?: ArrayLike; dx?: number; axis?: number } = {}): any {
  const Y = asarray(y);
  const ax = opts.axis ?? -1;
  // numpy indexes a Python list of slices with the axis
  if (!(ax >= -Y.ndim && ax < Y.ndim)) throw new RangeError("list assignment index out of range");
  const axis = normAxis(ax, Y.ndim);
  let d: ArrayLike = opts.dx ?? 1.0;
  if (opts.x !== undefined && opts.x !== null) {
    const X = asarray(opts.x);
    if (X.ndim === 1) {
      const dd = diff(X);
      d = dd.reshape(Y.shape.map((s, i) => (i === axis ? dd.size : 1)));
    } else d = diff(X, { axis });
  }
  const hi = sliceAxis(Y, axis, 1, null), lo = sliceAxis(Y, axis, null, -1);
  const terms = divide(multiply(d, add(hi, lo)), 2.0);
  return Y.ndim === 1 ? sum(terms) : sum(terms, { axis });
}

const MODES = ["valid", "same", "full"];

/** numpy's correlate of 1-D a (length n) and v (length m <= n) in a mode. */
function correlateCore(a: Float64Array, v: Float64Array, mode: string): number[] {
  const n = a.length, m = v.length;
  const start = mode === "full" ? 0 : mode === "same" ? m - 1 - Math.floor(m / 2) : m - 1;
  const len = mode === "full" ? n + m - 1 : mode === "same" ? n : n - m + 1;
  const out: number[] = [];
  for (let k = start; k < start + len; k++) {
    const lag = k - (m - 1); // a index aligned with v[0]
    let s = 0;
    for (let j = Math.max(0, -lag); j < m && j + lag < n; j++) s += a[j + lag] * v[j];
    out.push(s);
  }
  return out;
}

function correlateImpl(a: ArrayLike, v: ArrayLike, mode: string, flipV: boolean): NDArray {
  const A = asarray(a), V = asarray(v);
  if (!MODES.includes(mode)) throw new Error("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
  if (A.ndim > 1 || V.ndim > 1) throw new Error("object too deep for desired array");
  let x = flat(A), y = flat(V);
  if (flipV) {
    if (x.length === 0) throw new Error("a cannot be empty");
    if (y.length === 0) throw new Error("v cannot be empty");
  } else if (y.length === 0) throw new Error("second array argument cannot be empty");
  if (!flipV && x.length === 0) throw new Error("first array argument cannot be empty");
  const d = resultType(A, V);
  if (flipV) {
    if (y.length > x.length) [x, y] = [y, x];
    y = y.slice().reverse();
  }
  let vals: number[];
  if (y.length > x.length) vals = correlateCore(y, x, mode).reverse();
  else vals = correlateCore(x, y, mode);
  if (d === "bool") return fromValues(vals.map((s) => (s !== 0 ? 1 : 0)), [vals.length], "bool");
  return fromValues(d === "int32" ? vals.map((s) => s | 0) : vals, [vals.length], d);
}

/**
 * Discrete linear convolution of two 1-D sequences; mode "full" (default), "same" or "valid".
 * @example
 * np.convolve([1, 2, 3], [0, 1, 0.5]) // → array([0. , 1. , 2.5, 4. , 1.5])
 */
export function convolve(a: ArrayLike, v: ArrayLike, mode: "full" | "same" | "valid" | { mode?: string } = "full"): NDArray {
  return correlateImpl(a, v, typeof mode === "string" ? mode : mode.mode ?? "full", true);
}

/**
 * Cross-correlation of two 1-D sequences, c[k] = sum_n a[n+k]·v[n]; mode "valid" (default), "same" or "full".
 * @example
 * np.correlate([1, 2, 3], [0, 1, 0.5], "same") // → array([2. , 3.5, 3. ])
 */
export function correlate(a: ArrayLike, v: ArrayLike, mode: "full" | "same" | "valid" | { mode?: string } = "valid"): NDArray {
  return correlateImpl(a, v, typeof mode === "string" ? mode : mode.mode ?? "valid", false);
}

/**
 * Inner product over the last axes: a number for two vectors, else shape a.shape[:-1] + b.shape[:-1].
 * @example
 * np.inner([1, 2, 3], [0, 1, 0]) // → 2
 */
export function inner(a: ArrayLike, b: ArrayLike): any {
  const x = asarray(a), y = asarray(b);
  if (x.ndim === 0 || y.ndim === 0) return multiply(x, y);
  const k = x.shape[x.ndim - 1];
  if (y.shape[y.ndim - 1] !== k) {
    // numpy reports the dot of a with b's last axis moved second to last
    const yt = y.ndim === 1 ? [...y.shape] : [...y.shape.slice(0, -2), y.shape[y.ndim - 1], y.shape[y.ndim - 2]];
    throw new Error(`shapes ${shapeStr(x.shape)} and ${shapeStr(yt)} not aligned: ${k} (dim ${x.ndim - 1}) != ${y.shape[y.ndim - 1]} (dim ${Math.max(y.ndim - 2, 0)})`);
  }
  const r = dot(x.reshape(-1, k), y.reshape(-1, k).T).reshape([...x.shape.slice(0, -1), ...y.shape.slice(0, -1)]);
  return r.ndim === 0 && x.ndim === 1 && y.ndim === 1 ? r.item() : r;
}

/**
 * Kronecker product: blocks of b scaled by each element of a.
 * @example
 * np.kron([1, 10], [1, 2, 3]) // → array([ 1,  2,  3, 10, 20, 30])
 */
export function kron(a: ArrayLike, b: ArrayLike): NDArray {
  const x = asarray(a), y = asarray(b);
  const nd = Math.max(x.ndim, y.ndim);
  const xs = [...Array(nd - x.ndim).fill(1), ...x.shape], ys = [...Array(nd - y.ndim).fill(1), ...y.shape];
  const xr = x.reshape(xs.flatMap((d) => [d, 1])), yr = y.reshape(ys.flatMap((d) => [1, d]));
  return multiply(xr, yr).reshape(xs.map((d, i) => d * ys[i]));
}

/**
 * Cross product of 3-vectors (or 2-vectors, giving the z component) along the last axis, broadcast.
 * @example
 * np.cross([1, 0, 0], [0, 1, 0]) // → array([0, 0, 1])
 */
export function cross(a: ArrayLike, b: ArrayLike, opts: { axis?: number } = {}): NDArray {
  let x = asarray(a), y = asarray(b);
  const ax = opts.axis ?? -1;
  if (x.ndim === 0 || y.ndim === 0) throw new Error("At least one array has zero dimension");
  const ca = normAxis(ax, x.ndim), cb = normAxis(ax, y.ndim);
  x = x.transpose([...x.shape.keys()].filter((i) => i !== ca).concat(ca));
  y = y.transpose([...y.shape.keys()].filter((i) => i !== cb).concat(cb));
  const na = x.shape[x.ndim - 1], nb = y.shape[y.ndim - 1];
  if (![2, 3].includes(na) || ![2, 3].includes(nb)) throw new Error("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  const c = (v: NDArray, i: number) => (i < v.shape[v.ndim - 1] ? v.get("...", i) : 0);
  const [a0, a1, a2] = [0, 1, 2].map((i) => c(x, i)), [b0, b1, b2] = [0, 1, 2].map((i) => c(y, i));
  const m = (p: any, q: any) => multiply(p, q);
  const z = subtract(m(a0, b1), m(a1, b0));
  if (na === 2 && nb === 2) return asarray(z).astype(resultType(x, y));
  const out = [subtract(m(a1, b2), m(a2, b1)), subtract(m(a2, b0), m(a0, b2)), z].map((p) => asarray(p));
  const shape = out.map((o) => o.shape).reduce((p, q) => (p.length >= q.length ? p : q));
  const r = concatenate(out.map((o) => broadcastTo(o, shape).reshape([...shape, 1])), { axis: -1 }).astype(resultType(x, y));
  const axc = normAxis(ax, Math.max(asarray(a).ndim, asarray(b).ndim));
  const perm = [...Array(r.ndim - 1).keys()];
  perm.splice(axc, 0, r.ndim - 1);
  return r.transpose(perm);
}

// ---------------------------------------------------------------- set routines

/**
 * Sorted unique values in both arrays.
 * @example
 * np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]) // → array([1, 3])
 */
export function intersect1d(ar1: ArrayLike, ar2: ArrayLike): NDArray {
  const a = unique(ar1), b = new Set(flat(unique(ar2)));
  const d = resultType(asarray(ar1), asarray(ar2));
  const vals = Array.from(flat(a)).filter((v) => b.has(v));
  return fromValues(vals, [vals.length], d);
}

/**
 * Sorted unique values in either array.
 * @example
 * np.union1d([-1, 0, 1], [-2, 0, 2]) // → array([-2, -1,  0,  1,  2])
 */
export function union1d(ar1: ArrayLike, ar2: ArrayLike): NDArray {
  return unique(concatenate([asarray(ar1).ravel(), asarray(ar2).ravel()]));
}

/**
 * Sorted unique values of ar1 that are not in ar2.
 * @example
 * np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6]) // → array([1, 2])
 */
export function setdiff1d(ar1: ArrayLike, ar2: ArrayLike): NDArray {
  const a = unique(ar1), b = new Set(flat(asarray(ar2)));
  const vals = Array.from(flat(a)).filter((v) => !b.has(v));
  return fromValues(vals, [vals.length], a.dtype);
}

/**
 * Sorted unique values in exactly one of the arrays.
 * @example
 * np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5]) // → array([1, 4, 5, 7])
 */
export function setxor1d(ar1: ArrayLike, ar2: ArrayLike): NDArray {
  const a = unique(ar1), b = unique(ar2);
  const sa = new Set(flat(a)), sb = new Set(flat(b));
  const u = unique(concatenate([a, b]));
  const vals = Array.from(flat(u)).filter((v) => sa.has(v) !== sb.has(v));
  return fromValues(vals, [vals.length], u.dtype);
}

// ---------------------------------------------------------------- cov, corrcoef, histogram

export interface CovOptions { y?: ArrayLike; rowvar?: boolean; bias?: boolean; ddof?: number | null }

/**
 * Covariance matrix of the variables in the rows of m (columns with `rowvar: false`), float64.
 * @example
 * np.cov([[0, 1, 2], [2, 1, 0]]) // → array([[ 1., -1.],
 * //        [-1.,  1.]])
 */
export function cov(m: ArrayLike, opts: CovOptions = {}): NDArray {
  const M = asarray(m);
  if (M.ndim > 2) throw new Error("m has more than 2 dimensions");
  const rowvar = opts.rowvar ?? true;
  const as2 = (v: NDArray) => (v.ndim === 0 ? v.reshape(1, 1) : v.ndim === 1 ? v.reshape(1, -1) : v).astype("float64");
  let X = as2(M);
  if (!rowvar && X.shape[0] !== 1) X = X.T;
  if (X.shape[0] === 0) return array([]).reshape(0, 0);
  if (opts.y !== undefined && opts.y !== null) {
    const Yr = asarray(opts.y);
    if (Yr.ndim > 2) throw new Error("y has more than 2 dimensions");
    let Y = as2(Yr);
    if (!rowvar && Y.shape[0] !== 1) Y = Y.T;
    X = concatenate([X, Y], { axis: 0 });
  }
  const ddof = opts.ddof ?? (opts.bias ? 0 : 1);
  const N = X.shape[1];
  let fact = N - ddof;
  if (fact <= 0) fact = 0;
  const avg = average(X, { axis: 1 }) as NDArray;
  const Xc = subtract(X, avg.reshape(-1, 1));
  const c = multiply(dot(Xc, Xc.T), 1 / fact);
  return c.squeeze();
}

/**
 * Pearson correlation coefficients of the variables in the rows of x, clipped to [-1, 1].
 * @example
 * np.corrcoef([1, 2, 3], { y: [1, 5, 7] }) // → array([[1.        , 0.98198051],
 * //        [0.98198051, 1.        ]])
 */
export function corrcoef(x: ArrayLike, opts: { y?: ArrayLike; rowvar?: boolean } = {}): NDArray {
  const c = cov(x, { y: opts.y, rowvar: opts.rowvar });
  if (c.ndim === 0) return divide(c, c);
  const n = c.shape[0];
  const sd = sqrt(fromValues(Array.from({ length: n }, (_, i) => c.item(i, i)), [n], "float64"));
  const r = divide(divide(c, sd.reshape(-1, 1)), sd.reshape(1, -1));
  return clip(r, -1, 1);
}

export interface HistogramOptions { bins?: number | ArrayLike; range?: readonly [number, number] | null; density?: boolean; weights?: ArrayLike }

/** numpy's _get_bin_edges: the edges, and the uniform layout when bins is a count. */
function binEdges(a: NDArray, bins: number | ArrayLike, range: readonly [number, number] | null | undefined): { edges: NDArray; uniform: [number, number, number] | null } {
  if (typeof bins === "number") {
    if (!Number.isInteger(bins)) throw new TypeError("`bins` must be an integer, a string, or an array");
    if (bins < 1) throw new Error("`bins` must be positive, when an integer");
    let first: number, last: number;
    if (range !== undefined && range !== null) {
      [first, last] = range;
      if (first > last) throw new Error("max must be larger than min in range parameter.");
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw new Error(`supplied range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
    } else if (a.size === 0) [first, last] = [0, 1];
    else {
      const v = flat(a);
      first = Infinity; last = -Infinity;
      let bad = false;
      for (const t of v) { if (t !== t) bad = true; if (t < first) first = t; if (t > last) last = t; }
      if (bad) first = last = NaN;
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw new Error(`autodetected range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
    }
    if (first === last) (first -= 0.5), (last += 0.5);
    const d: DType = a.dtype === "float32" ? "float32" : "float64";
    const edges = linspace(first, last, bins + 1, { endpoint: true }).astype(d);
    return { edges, uniform: [first, last, bins] };
  }
  const e = asarray(bins);
  if (e.ndim !== 1) throw new Error("`bins` must be 1d, when an array");
  const v = flat(e);
  for (let i = 1; i < v.length; i++) if (v[i] < v[i - 1]) throw new Error("`bins` must increase monotonically, when an array");
  return { edges: e, uniform: null };
}

function pyFloat(v: number): string {
  return v !== v ? "nan" : v === Infinity ? "inf" : v === -Infinity ? "-inf" : Number.isInteger(v) ? v.toFixed(1) : String(v);
}

/**
 * The bin edges histogram would use. @example np.histogramBinEdges([1, 2, 2, 4], { bins: 3 })  // array([1., 2., 3., 4.])
 */
export function histogramBinEdges(a: ArrayLike, opts: HistogramOptions | number = {}): NDArray {
  if (typeof opts === "number") opts = { bins: opts };
  return binEdges(asarray(a).ravel(), opts.bins ?? 10, opts.range).edges;
}

/**
 * Counts (or weights, or a density with `density: true`) of a's values in bins: `[hist, binEdges]`.
 * Every bin is half-open [e_i, e_i+1) except the last, which includes its right edge.
 * @example const [counts, edges] = np.histogram([1, 2, 2, 4], { bins: 3 })  // array([1, 2, 1]), array([1., 2., 3., 4.])
 */
export function histogram(a: ArrayLike, opts: HistogramOptions | number = {}): [NDArray, NDArray] {
  if (typeof opts === "number") opts = { bins: opts };
  const x = asarray(a).ravel();
  const W = opts.weights !== undefined && opts.weights !== null ? asarray(opts.weights) : null;
  if (W && W.size !== x.size) throw new Error("weights should have the same shape as a.");
  const { edges, uniform } = binEdges(x, opts.bins ?? 10, opts.range);
  const E = flat(edges);
  const nb = E.length - 1;
  const counts = new Float64Array(Math.max(nb, 0));
  const v = flat(x), w = W ? flat(W.ravel()) : null;
  for (let i = 0; i < v.length; i++) {
    const t = v[i];
    let k: number;
    if (uniform) {
      const [first, last, n] = uniform;
      if (!(t >= first && t <= last)) continue;
      k = Math.trunc(((t - first) / (last - first)) * n);
      if (k === n) k -= 1;
      if (t < E[k]) k -= 1;
      else if (k !== n - 1 && t >= E[k + 1]) k += 1;
    } else {
      if (!(t >= E[0] && t <= E[nb])) continue;
      // the last edge index i with E[i] <= t (the last bin closed)
      let lo = 0, hi = nb;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (E[mid] <= t) lo = mid; else hi = mid - 1; }
      k = lo === nb ? nb - 1 : lo;
    }
    counts[k] += w ? w[i] : 1;
  }
  const hd: DType = W ? (W.dtype === "bool" ? "int64" : W.dtype) : "int64";
  let hist = fromValues(counts, [nb], hd);
  if (opts.density) {
    const total = counts.reduce((p, q) => p + q, 0);
    const db = Array.from({ length: nb }, (_, i) => E[i + 1] - E[i]);
    hist = fromValues(Array.from(counts, (c, i) => c / db[i] / total), [nb], "float64");
  }
  return [hist, edges];
}

// ---------------------------------------------------------------- more elementwise and products

/**
 * Normalised sinc, sin(πx)/(πx), with sinc(0) = 1 (numpy's way: x = 0 replaced by 1e-20).
 * @example
 * np.sinc([0, 0.5]) // → array([1.        , 0.63661977])
 */
export function sinc(x: number): number;
export function sinc(x: ArrayLike): NDArray;
export function sinc(x: ArrayLike): any {
  const a = asarray(x);
  const d: DType = a.dtype === "float32" ? "float32" : "float64";
  const vals = Array.from(flat(a), (v) => {
    const y = Math.PI * (v === 0 ? 1e-20 : v);
    return Math.sin(y) / y;
  });
  if (typeof x === "number") return vals[0];
  return fromValues(vals, [...a.shape], d);
}

/**
 * Floor quotient and remainder together, numpy's divmod: `[floorDivide(x, y), remainder(x, y)]`.
 * @example np.divmod([7, -7], 2)  // [array([ 3, -4]), array([1, 1])]
 */
export function divmod(x: ArrayLike, y: ArrayLike): [any, any] {
  const q: any = floorDivide(x as any, y as any), r: any = mod(x as any, y as any);
  // numpy's npy_divmod takes the quotient as (x - fmod(x, y)) / y: nan for an infinite x (floor_divide gives ±inf)
  const fix = (qv: number, xv: number, yv: number) => (Number.isFinite(xv) || xv !== xv || yv === 0 || yv !== yv ? qv : NaN);
  if (typeof q === "number") return [fix(q, Number(x), Number(y)), r];
  if (!isFloat(q.dtype)) return [q, r];
  const [xb, yb] = [asarray(x), asarray(y)].map((v) => broadcastTo(v, q.shape));
  const xv = flat(xb), yv = flat(yb), qv = flat(q);
  return [fromValues(Array.from(qv, (v, i) => fix(v, xv[i], yv[i])), [...q.shape], q.dtype), r];
}

/**
 * Fractional and integral parts, both with x's sign: `[frac, whole]` (floats).
 * @example np.modf([1.5, -0.5])  // [array([ 0.5, -0.5]), array([ 1., -0.])]
 */
export function modf(x: ArrayLike): [any, any] {
  const whole = trunc(isFloat(asarray(x).dtype) ? (x as any) : asarray(x).astype("float64"));
  const a = asarray(x), w = asarray(whole);
  const f = flat(a), wv = flat(w);
  const frac = Array.from(f, (v, i) => (Number.isFinite(v) ? (v - wv[i] === 0 ? (v < 0 || Object.is(v, -0) ? -0 : 0) : v - wv[i]) : v !== v ? v : v < 0 ? -0 : 0));
  if (typeof x === "number") return [frac[0], whole];
  return [fromValues(frac, [...a.shape], w.dtype), w];
}

/**
 * Dot product of the flattened arrays (a number).
 * @example
 * np.vdot([[1, 2], [3, 4]], [[1, 0], [0, 1]]) // → 5
 */
export function vdot(a: ArrayLike, b: ArrayLike): number {
  const x = asarray(a).ravel(), y = asarray(b).ravel();
  if (x.size !== y.size) throw new Error(`cannot reshape array of size ${y.size} into shape (${x.size},)`);
  return dot(x, y).item();
}

/**
 * Sum of products over the given axes: `axes` = N (the last N of a with the first N of b, default 2) or [axesA, axesB].
 * @example
 * const A = np.arange(6).reshape(2, 3), B = np.arange(12).reshape(3, 4);
 * np.tensordot(A, B, 1) // → array([[20, 23, 26, 29],
 * //        [56, 68, 80, 92]])
 * @example
 * const A = np.arange(6).reshape(2, 3), B = np.arange(6).reshape(3, 2);
 * np.tensordot(A, B, [[1, 0], [0, 1]]) // → array(50)
 */
export function tensordot(a: ArrayLike, b: ArrayLike, axes: number | readonly [number | readonly number[], number | readonly number[]] | { axes?: any } = 2): NDArray {
  if (typeof axes === "object" && !Array.isArray(axes)) axes = (axes as { axes?: any }).axes ?? 2;
  const x = asarray(a), y = asarray(b);
  let axA: number[], axB: number[];
  if (typeof axes === "number") {
    const n = axes;
    axA = Array.from({ length: n }, (_, i) => x.ndim - n + i);
    axB = Array.from({ length: n }, (_, i) => i);
  } else {
    const [p, q] = axes as readonly [number | readonly number[], number | readonly number[]];
    axA = typeof p === "number" ? [p] : [...p];
    axB = typeof q === "number" ? [q] : [...q];
  }
  if (axA.length !== axB.length) throw new Error("shape-mismatch for sum");
  axA = axA.map((v) => (v < 0 ? v + x.ndim : v));
  axB = axB.map((v) => (v < 0 ? v + y.ndim : v));
  for (let i = 0; i < axA.length; i++) if (x.shape[axA[i]] !== y.shape[axB[i]]) throw new Error("shape-mismatch for sum");
  const freeA = [...x.shape.keys()].filter((i) => !axA.includes(i)), freeB = [...y.shape.keys()].filter((i) => !axB.includes(i));
  const K = axA.reduce((p, i) => p * x.shape[i], 1);
  const at = x.transpose([...freeA, ...axA]).reshape(sizeOf(freeA.map((i) => x.shape[i])), K);
  const bt = y.transpose([...axB, ...freeB]).reshape(K, sizeOf(freeB.map((i) => y.shape[i])));
  return dot(at, bt).reshape([...freeA.map((i) => x.shape[i]), ...freeB.map((i) => y.shape[i])]);
}

/**
 * numpy's gradient: second-order central differences inside, first-order (or `edgeOrder: 2`) one-sided
 * ones at the ends, along every axis (a JS array of results) or `{ axis }`; spacing a scalar per axis or
 * the coordinates along it.
 * @example
 * np.gradient([1, 2, 4, 7, 11]) // → array([1. , 1.5, 2.5, 3.5, 4. ])
 * @example
 * const [gy, gx] = np.gradient(np.array([[1, 2, 4], [2, 5, 9]]), 0.5, 2);
 * gx // → array([[0.5 , 0.75, 1.  ],
 * //        [1.5 , 1.75, 2.  ]])
 */
export function gradient(f: ArrayLike, ...rest: (number | ArrayLike | { axis?: number | readonly number[] | null; edgeOrder?: number })[]): any {
  const F = asarray(f);
  let opts: { axis?: number | readonly number[] | null; edgeOrder?: number } = {};
  const last = rest[rest.length - 1];
  if (last !== undefined && typeof last === "object" && !Array.isArray(last) && !(last instanceof NDArray)) opts = rest.pop() as typeof opts;
  const spacing = rest as (number | ArrayLike)[];
  const nd = F.ndim;
  const axes = opts.axis === undefined || opts.axis === null ? [...Array(nd).keys()] : (typeof opts.axis === "number" ? [opts.axis] : [...opts.axis]).map((a) => normAxis(a, nd));
  const edge = opts.edgeOrder ?? 1;
  if (edge > 2) throw new Error("'edge_order' greater than 2 not supported");
  const n = axes.length;
  let dx: (number | NDArray)[];
  if (spacing.length === 0) dx = axes.map(() => 1.0);
  else if (spacing.length === 1 && asarray(spacing[0] as ArrayLike).ndim === 0) dx = axes.map(() => Number(spacing[0]));
  else if (spacing.length === n)
    dx = spacing.map((d, i) => {
      const D = asarray(d as ArrayLike);
      if (D.ndim === 0) return D.item();
      if (D.ndim !== 1) throw new Error("distances must be either scalars or 1d");
      if (D.size !== F.shape[axes[i]]) throw new Error("when 1d, distances must match the length of the corresponding dimension");
      const dd = flat(diff(D.astype("float64")));
      return dd.every((v) => v === dd[0]) ? dd[0] : new NDArray(dd, [dd.length], "float64");
    });
  else throw new TypeError("invalid number of arguments");
  const otype: DType = F.dtype === "float32" ? "float32" : "float64";
  const Ff = F.astype(otype);
  const outs = axes.map((axis, k) => {
    const len = F.shape[axis];
    if (len < edge + 1) throw new Error("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
    const s = (lo: number | null, hi: number | null) => sliceAxis(Ff, axis, lo, hi);
    const d = dx[k];
    const bshape = (v: Float64Array) => new NDArray(v, F.shape.map((m, i) => (i === axis ? v.length : 1)), "float64");
    let inner: NDArray;
    if (typeof d === "number") inner = divide(subtract(s(2, null), s(null, -2)), 2.0 * d);
    else {
      const dxv = flat(d), d1 = dxv.subarray(0, -1), d2 = dxv.subarray(1);
      const a = bshape(d1.map((x1, i) => -d2[i] / (x1 * (x1 + d2[i])))), b = bshape(d1.map((x1, i) => (d2[i] - x1) / (x1 * d2[i]))), c = bshape(d1.map((x1, i) => x1 / (d2[i] * (x1 + d2[i]))));
      inner = add(add(multiply(a, s(null, -2)), multiply(b, s(1, -1))), multiply(c, s(2, null)));
    }
    let first: NDArray, lastv: NDArray;
    if (edge === 1) {
      const d0 = typeof d === "number" ? d : flat(d)[0], dn = typeof d === "number" ? d : flat(d)[d.size - 1];
      first = divide(subtract(s(1, 2), s(0, 1)), d0);
      lastv = divide(subtract(s(-1, null), s(-2, -1)), dn);
    } else {
      if (typeof d !== "number") throw new Error("gradient: edgeOrder 2 with uneven spacing is not supported here");
      first = add(add(multiply(s(0, 1), -1.5 / d), multiply(s(1, 2), 2.0 / d)), multiply(s(2, 3), -0.5 / d));
      lastv = add(add(multiply(s(-3, -2), 0.5 / d), multiply(s(-2, -1), -2.0 / d)), multiply(s(-1, null), 1.5 / d));
    }
    return concatenate([first, inner, lastv].map((p) => p.astype(otype)), { axis });
  });
  return n === 1 ? outs[0] : outs;
}
