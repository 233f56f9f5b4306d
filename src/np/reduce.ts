import { NDArray, ArrayLike } from "./ndarray";
import { DType, TypedArray, castValue, isInt } from "./dtype";
import { alloc } from "./storage";
import { cStrides, normAxes, normAxis, sizeOf } from "./shape";
import { forEachRun, reductionRuns } from "./broadcast";
import { asarray } from "./creation";
import { subtract, multiply } from "./ufunc";
import { backend } from "./backend";
import { LoopCache, classId } from "./loops";

/** `{ axis, keepdims }` for reductions: axis is a number, a negative number, or a list. */
export interface ReduceOptions {
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
}
/** Options that reduce over everything: the result is a plain number. */
export interface AllOptions {
  axis?: null;
  keepdims?: false;
}
/** var/std options: `ddof` is the delta degrees of freedom (0 by default, like numpy). */
export interface VarOptions extends ReduceOptions {
  ddof?: number;
}
/** argmax/argmin options: a single axis. */
export interface ArgOptions {
  axis?: number | null;
  keepdims?: boolean;
}

type Step = (A: Float64Array, X: TypedArray, n: number, ia: number, sa: number, ix: number, sx: number) => void;
/** A reduction inner loop from an expression in `acc` and `x`. */
const steps = new LoopCache(
  (expr) =>
    new Function(
      "A", "X", "n", "ia", "sa", "ix", "sx",
      `if (sa === 0) { let acc = A[ia]; for (let i = 0; i < n; i++, ix += sx) { const x = X[ix]; acc = ${expr}; } A[ia] = acc; return; }
       for (let i = 0; i < n; i++, ia += sa, ix += sx) { const acc = A[ia], x = X[ix]; A[ia] = ${expr}; }`,
    ) as Step,
);
function step(expr: string, X: TypedArray): Step {
  return steps.get(expr, classId(X));
}

interface Plan {
  x: NDArray;
  axes: number[];
  keepShape: number[]; // result shape with reduced axes kept as 1
  outShape: number[]; // result shape honouring keepdims
  count: number; // elements folded into each result
}

function plan(a: ArrayLike, axis: ReduceOptions["axis"], keepdims: boolean | undefined): Plan {
  const x = asarray(a);
  const axes = normAxes(axis, x.ndim);
  const keepShape = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const outShape = keepdims ? keepShape : x.shape.filter((_, i) => !axes.includes(i));
  const count = axes.reduce((c, i) => c * x.shape[i], 1);
  return { x, axes, keepShape, outShape, count };
}

/** Folds `x` over the planned axes into a float64 accumulator, starting from `init`. */
function fold(p: Plan, init: number, expr: string): Float64Array {
  const acc = new Float64Array(sizeOf(p.keepShape)).fill(init);
  const st = cStrides(p.keepShape).map((s, i) => (p.axes.includes(i) ? 0 : s));
  const X = p.x.data;
  const f = step(expr, X);
  forEachRun(p.x.shape, [st, p.x.strides], [0, p.x.offset], (n, [ia, ix], [sa, sx]) => f(acc, X, n, ia, sa, ix, sx));
  return acc;
}

function finish(p: Plan, acc: Float64Array, dtype: DType, scalarWanted: boolean): any {
  if (scalarWanted) return dtype === "bool" ? acc[0] !== 0 : castValue(acc[0], dtype);
  const out = new NDArray(alloc(dtype, acc.length, false), [...p.outShape], dtype);
  if (dtype === "float64") (out.data as Float64Array).set(acc);
  else for (let i = 0; i < acc.length; i++) out.data[i] = castValue(acc[i], dtype);
  return out;
}

const wantsScalar = (opts: ReduceOptions | undefined) => (opts?.axis === undefined || opts.axis === null) && !opts?.keepdims;
const sumType = (d: DType): DType => (d === "bool" || isInt(d) ? "int64" : d);

/** The reduction over the planned axes by the SIMD kernel (float64), or null when it declines. */
function fast(p: Plan, op: "sum" | "max" | "min"): Float64Array | null {
  if (p.x.dtype !== "float64" || !backend) return null;
  const acc = new Float64Array(sizeOf(p.keepShape));
  return backend.reduce(op, p.x as NDArray & { data: Float64Array }, p.x.shape, p.axes, acc) ? acc : null;
}

/**
 * numpy's pairwise summation of n values of X from `off`, step s: blocks of up to 128 summed with 8
 * accumulators, longer runs split in halves (multiples of 8). Same order as asm/reduce.ts.
 */
function pairwise(X: TypedArray, off: number, n: number, s: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += X[off + i * s];
    return res;
  }
  if (n <= 128) {
    let r0 = X[off], r1 = X[off + s], r2 = X[off + 2 * s], r3 = X[off + 3 * s];
    let r4 = X[off + 4 * s], r5 = X[off + 5 * s], r6 = X[off + 6 * s], r7 = X[off + 7 * s];
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const q = off + i * s;
      r0 += X[q]; r1 += X[q + s]; r2 += X[q + 2 * s]; r3 += X[q + 3 * s];
      r4 += X[q + 4 * s]; r5 += X[q + 5 * s]; r6 += X[q + 6 * s]; r7 += X[q + 7 * s];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += X[off + i * s];
    return res;
  }
  let n2 = n >> 1;
  n2 -= n2 % 8;
  return pairwise(X, off, n2, s) + pairwise(X, off + n2 * s, n - n2, s);
}

/**
 * float64 sums along rows (or of everything) in numpy's pairwise order, for what the kernel declines
 * (small arrays, plain buffers, no WASM); null for other layouts, which numpy sums row after row.
 */
function pairwiseSums(p: Plan): Float64Array | null {
  if (p.x.dtype !== "float64" || p.x.size === 0 || p.x.strides.some((s) => s < 0)) return null;
  const { runs, kinds } = reductionRuns(p.x.shape, p.x.strides, p.axes);
  const X = p.x.data;
  if (kinds === "R") return Float64Array.of(0 + pairwise(X, p.x.offset, runs[0].size, runs[0].stride));
  if (kinds !== "KR") return null;
  const [k, r] = runs;
  const acc = new Float64Array(k.size);
  for (let i = 0; i < k.size; i++) acc[i] = 0 + pairwise(X, p.x.offset + i * k.stride, r.size, r.stride);
  return acc;
}

/** The sums over the planned axes, in numpy's order: the SIMD kernel, else the same order in TypeScript. */
function sums(p: Plan): Float64Array {
  return fast(p, "sum") ?? pairwiseSums(p) ?? fold(p, 0, "acc + x");
}

/**
 * A reduction: `init` starts the fold (null: no identity, an empty reduction is an error, and the fold
 * starts from ∓inf), `kernel` names the SIMD kernel that may do it first.
 */
function reduction(name: string, dtypeOf: (d: DType) => DType, init: number | null, expr: string, kernel?: "max" | "min") {
  return (a: ArrayLike, opts?: ReduceOptions): any => {
    const p = plan(a, opts?.axis, opts?.keepdims);
    if (init === null && p.count === 0 && p.x.size === 0)
      throw new Error(`zero-size array to reduction operation ${name} which has no identity`);
    const d = dtypeOf(p.x.dtype);
    const acc = name === "sum" ? sums(p) : (kernel && fast(p, kernel)) || fold(p, init ?? (kernel === "max" ? -Infinity : Infinity), expr);
    return finish(p, acc, d, wantsScalar(opts));
  };
}

const sumImpl = reduction("sum", sumType, 0, "acc + x");
const prodImpl = reduction("prod", sumType, 1, "acc * x");
// Ties go to the later element, as numpy's max(-0., 0.) is 0.
const maxImpl = reduction("maximum", (d) => d, null, "(acc !== acc || acc > x) ? acc : x", "max");
const minImpl = reduction("minimum", (d) => d, null, "(acc !== acc || acc < x) ? acc : x", "min");
const anyImpl = reduction("any", () => "bool", 0, "(acc !== 0 || x !== 0) ? 1 : 0");
const allImpl = reduction("all", () => "bool", 1, "(acc !== 0 && x !== 0) ? 1 : 0");

/**
 * Sum of all elements (a number), or along `{ axis, keepdims }`.
 * @example
 * np.sum([[1, 2], [3, 4]]) // → 10
 * np.sum([[1, 2], [3, 4]], { axis: 1, keepdims: true }) // → array([[3],
 * //        [7]])
 */
export function sum(a: ArrayLike, opts?: AllOptions): number;
export function sum(a: ArrayLike, opts: ReduceOptions): NDArray;
export function sum(a: ArrayLike, opts?: ReduceOptions): any {
  return sumImpl(a, opts);
}
/** Product of elements. @example np.prod([1, 2, 3]) // → 6 */
export function prod(a: ArrayLike, opts?: AllOptions): number;
export function prod(a: ArrayLike, opts: ReduceOptions): NDArray;
export function prod(a: ArrayLike, opts?: ReduceOptions): any {
  return prodImpl(a, opts);
}
/**
 * Largest element (nan if any is nan).
 * @example
 * np.max([1, 5, 3]) // → 5
 * np.max([[1, 5], [3, 2]], { axis: 0 }) // → array([3, 5])
 */
export function max(a: ArrayLike, opts?: AllOptions): number;
export function max(a: ArrayLike, opts: ReduceOptions): NDArray;
export function max(a: ArrayLike, opts?: ReduceOptions): any {
  return maxImpl(a, opts);
}
/**
 * Smallest element (nan if any is nan).
 * @example
 * np.min([1, 5, 3]) // → 1
 * np.min([[1, 5], [3, 2]], { axis: 0 }) // → array([1, 2])
 */
export function min(a: ArrayLike, opts?: AllOptions): number;
export function min(a: ArrayLike, opts: ReduceOptions): NDArray;
export function min(a: ArrayLike, opts?: ReduceOptions): any {
  return minImpl(a, opts);
}
/**
 * True if any element is non-zero.
 * @example
 * np.any(np.isnan([1, np.nan])) // → true
 * np.any([[0, 1], [0, 0]], { axis: 1 }) // → array([ True, False])
 */
export function any(a: ArrayLike, opts?: AllOptions): boolean;
export function any(a: ArrayLike, opts: ReduceOptions): NDArray;
export function any(a: ArrayLike, opts?: ReduceOptions): any {
  return anyImpl(a, opts);
}
/**
 * True if every element is non-zero.
 * @example
 * np.all([1, 2, 0]) // → false
 * np.all([[1, 1], [0, 1]], { axis: 0 }) // → array([False,  True])
 */
export function all(a: ArrayLike, opts?: AllOptions): boolean;
export function all(a: ArrayLike, opts: ReduceOptions): NDArray;
export function all(a: ArrayLike, opts?: ReduceOptions): any {
  return allImpl(a, opts);
}

/**
 * Arithmetic mean (nan for an empty array, as numpy).
 * @example
 * np.mean(np.equal([1, 0, 1, 1], [1, 1, 1, 1])) // → 0.75
 * np.mean([[1, 2], [3, 4]], { axis: 0 }) // → array([2., 3.])
 */
export function mean(a: ArrayLike, opts?: AllOptions): number;
export function mean(a: ArrayLike, opts: ReduceOptions): NDArray;
export function mean(a: ArrayLike, opts?: ReduceOptions): any {
  // numpy: the sum (np.add.reduce, in its order), then one division
  const p = plan(a, opts?.axis, opts?.keepdims);
  const acc = sums(p);
  for (let i = 0; i < acc.length; i++) acc[i] /= p.count;
  return finish(p, acc, p.x.dtype === "float32" ? "float32" : "float64", wantsScalar(opts));
}

/**
 * Variance, mean of squared deviations, divided by N − ddof.
 * @example
 * np.var([1, 2, 3, 4]) // → 1.25
 * np.var([[1, 2], [3, 4]], { axis: 0 }) // → array([1., 1.])
 */
export function var_(a: ArrayLike, opts?: AllOptions & { ddof?: number }): number;
export function var_(a: ArrayLike, opts: VarOptions): NDArray;
export function var_(a: ArrayLike, opts?: VarOptions): any {
  const p = plan(a, opts?.axis, opts?.keepdims);
  const x = p.x.dtype === "float32" ? p.x : p.x.astype("float64");
  const m = mean(x, { axis: p.axes, keepdims: true });
  const dev = subtract(x, m);
  const sq = multiply(dev, dev);
  const acc = sums({ ...p, x: sq });
  const div = Math.max(p.count - (opts?.ddof ?? 0), 0);
  for (let i = 0; i < acc.length; i++) acc[i] /= div;
  return finish(p, acc, p.x.dtype === "float32" ? "float32" : "float64", wantsScalar(opts));
}

/**
 * Standard deviation, the square root of var.
 * @example
 * np.std([[1, 3], [2, 6]], { axis: 1, keepdims: true }) // → array([[1.],
 * //        [2.]])
 */
export function std(a: ArrayLike, opts?: AllOptions & { ddof?: number }): number;
export function std(a: ArrayLike, opts: VarOptions): NDArray;
export function std(a: ArrayLike, opts?: VarOptions): any {
  const v = var_(a, opts as VarOptions);
  if (typeof v === "number") return Math.sqrt(v);
  const d = v.data;
  for (let i = 0; i < d.length; i++) d[i] = Math.sqrt(d[i]);
  return v;
}

type ArgStep = (X: TypedArray, best: Float64Array, res: Float64Array, m: number, o: number, s: number, k: number, i: number) => void;
/** One run of slice i against the running best per position (slice 0 starts it; the first nan stays). */
const argSteps = new LoopCache(
  (better) =>
    new Function(
      "X", "best", "res", "m", "o", "s", "k", "i",
      `if (i === 0) { for (let j = 0; j < m; j++, o += s) best[k + j] = X[o]; return; }
       for (let j = 0; j < m; j++, o += s, k++) { const v = X[o], b = best[k]; if (b === b && (v !== v || ${better})) { best[k] = v; res[k] = i; } }`,
    ) as ArgStep,
);

function argReduce(a: ArrayLike, opts: ArgOptions | undefined, cmp: ">" | "<", name: string): any {
  const better = cmp === ">" ? (v: number, b: number) => v > b : (v: number, b: number) => v < b;
  const x0 = asarray(a);
  const flat = opts?.axis === undefined || opts.axis === null;
  const x = flat ? x0.reshape(-1) : x0;
  const ax = flat ? 0 : normAxis(opts!.axis as number, x.ndim);
  const n = x.shape[ax];
  if (n === 0) throw new Error(`attempt to get ${name} of an empty sequence`);
  const outerShape = x.shape.filter((_, i) => i !== ax);
  const outerStrides = x.strides.filter((_, i) => i !== ax);
  const sAx = x.strides[ax];
  const res = new Float64Array(sizeOf(outerShape));
  const X = x.data;
  let k = 0;
  if (outerStrides.some((s) => Math.abs(s) < Math.abs(sAx))) {
    // the axis steps through memory slower than the others (axis 0 of a C-ordered array): walk
    // slice after slice in memory order, keeping a running best per position, instead of striding
    // down each column; the first maximum (or the first nan) wins as before
    const best = new Float64Array(res.length);
    const f = argSteps.get(`v ${cmp} b`, classId(X));
    for (let i = 0; i < n; i++) {
      k = 0;
      forEachRun(outerShape, [outerStrides], [x.offset + i * sAx], (m, [o], [s]) => {
        f(X, best, res, m, o, s, k, i);
        k += m;
      });
    }
  } else {
    forEachRun(outerShape, [outerStrides], [x.offset], (m, [o], [s]) => {
      for (let j = 0; j < m; j++, o += s) {
        let best = X[o], bi = 0;
        if (best === best)
          for (let i = 1, p = o + sAx; i < n; i++, p += sAx) {
            const v = X[p];
            if (v !== v) { bi = i; break; } // the first nan wins, as in numpy
            if (better(v, best)) (best = v), (bi = i);
          }
        res[k++] = bi;
      }
    });
  }
  if (flat && !opts?.keepdims) return res[0];
  const shape = opts?.keepdims ? x0.shape.map((d, i) => (flat || i === ax ? 1 : d)) : outerShape;
  return new NDArray(res, shape, "int64");
}

/**
 * Index of the largest value: flat index (a number) without axis, else an int64 array.
 * @example
 * np.argmax([1, 5, 3]) // → 1
 * np.argmax([[1, 5], [3, 2]], { axis: 0 }) // → array([1, 0])
 */
export function argmax(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function argmax(a: ArrayLike, opts: ArgOptions): NDArray;
export function argmax(a: ArrayLike, opts?: ArgOptions): any {
  return argReduce(a, opts, ">", "argmax");
}
/**
 * Index of the smallest value.
 * @example
 * np.argmin([3, 1, 2]) // → 1
 * np.argmin([[1, 5], [3, 2]], { axis: 1 }) // → array([0, 1])
 */
export function argmin(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function argmin(a: ArrayLike, opts: ArgOptions): NDArray;
export function argmin(a: ArrayLike, opts?: ArgOptions): any {
  return argReduce(a, opts, "<", "argmin");
}

/** Running sum, of the flattened array or along `{ axis }`. @example np.cumsum([1, 2, 3]) // → array([1, 3, 6]) */
export function cumsum(a: ArrayLike, opts: { axis?: number | null } = {}): NDArray {
  return accumulate(a, opts, "+");
}

/**
 * Running product, of the flattened array or along `{ axis }`; integers and bools give int64.
 * @example np.cumprod([1, 2, 3, 4]) // → array([ 1,  2,  6, 24])
 */
export function cumprod(a: ArrayLike, opts: { axis?: number | null } = {}): NDArray {
  return accumulate(a, opts, "*");
}

/** cumsum and cumprod: numpy's add/multiply.accumulate, in the sum's dtype. */
function accumulate(a: ArrayLike, opts: { axis?: number | null }, op: "+" | "*"): NDArray {
  const x0 = asarray(a);
  const flat = opts.axis === undefined || opts.axis === null;
  const x = flat ? x0.reshape(-1) : x0;
  const ax = flat ? 0 : normAxis(opts.axis as number, x.ndim);
  const out = x.astype(sumType(x.dtype));
  const n = out.shape[ax];
  const s = out.strides[ax];
  const shape = out.shape.map((d, i) => (i === ax ? 1 : d));
  const O = out.data;
  for (let k = 1; k < n; k++)
    forEachRun(shape, [out.strides, out.strides], [(k - 1) * s, k * s], (m, [p, q], [sp]) => {
      if (op === "+") for (let i = 0; i < m; i++, p += sp, q += sp) O[q] += O[p];
      else if (isInt(out.dtype)) for (let i = 0; i < m; i++, p += sp, q += sp) O[q] = O[q] * O[p] + 0; // integers have no -0
      else for (let i = 0; i < m; i++, p += sp, q += sp) O[q] *= O[p];
    });
  return out;
}
