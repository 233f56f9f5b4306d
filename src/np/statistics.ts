// Order statistics and friends: numpy's median, quantile, percentile, average, ptp, amax/amin, the
// nan-ignoring reductions (nansum, nanmean, nanvar, nanstd, nanmax, nanmin, nanargmax, nanargmin),
// bincount and digitize.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, isFloat, isInt, promote } from "./dtype";
import { normAxes, sizeOf } from "./shape";
import { asarray } from "./creation";
import { transpose, broadcastTo } from "./manipulation";
import { sum, prod, mean, var_, max, min, argmax, argmin, cumsum, cumprod, ReduceOptions, VarOptions, ArgOptions } from "./reduce";
import { subtract, multiply, divide, where, isnan, sqrt, logicalNot } from "./ufunc";

type Axis = number | readonly number[] | null | undefined;

/** The reduced axes moved last and flattened: `rows` holds `outer` lanes of `n` values each, C order. */
function lanes(x: NDArray, axis: Axis): { rows: Float64Array; outer: number; n: number; outShape: number[]; keepShape: number[] } {
  const axes = normAxes(axis, x.ndim);
  const keep = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const y = transpose(x, [...keep, ...axes]).copy();
  const n = axes.reduce((p, i) => p * x.shape[i], 1);
  const outShape = keep.map((i) => x.shape[i]);
  return { rows: Float64Array.from(y.data), outer: sizeOf(outShape), n, outShape, keepShape: x.shape.map((d, i) => (axes.includes(i) ? 1 : d)) };
}

/** A result of one value per lane: a plain number for a full reduction, else an array. */
function finish(vals: number[], dtype: DType, shape: number[], scalar: boolean): any {
  if (scalar) return vals[0];
  const out = new NDArray(dtype === "float32" ? Float32Array.from(vals) : Float64Array.from(vals), shape, dtype);
  return dtype === "int32" ? out.astype("int32") : out;
}

const f32 = Math.fround;

/** `quantile`/`percentile` options: numpy's axis, keepdims and method (linear by default). */
export interface QuantileOptions {
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
  method?: "linear" | "lower" | "higher" | "nearest" | "midpoint";
}

const METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"];

/** quantile's work; `skipNan` leaves nan out of each lane (numpy's nanquantile), all-nan lanes give nan. */
export function quantileImpl(a: ArrayLike, q: ArrayLike, opts: QuantileOptions, qs: NDArray, weak: boolean, skipNan = false): any {
  const x = asarray(a);
  const method = opts.method ?? "linear";
  if (!METHODS.includes(method)) throw new Error(`'${method}' is not a valid method. Use one of: dict_keys([${METHODS.map((m) => `'${m}'`).join(", ")}])`);
  if (!["linear", "lower", "higher", "nearest", "midpoint"].includes(method)) throw new Error(`deepts: quantile method '${method}' is not implemented (linear, lower, higher, nearest, midpoint are)`);
  const { rows, outer, n: width, outShape, keepShape } = lanes(x, opts.axis);
  const qv = Array.from({ length: qs.size }, (_, i) => qs.getFlat(i));
  // an integer q (0 or 1) makes the linear index integral: numpy takes the element, keeping the dtype
  const discrete = method === "lower" || method === "higher" || method === "nearest" || (method === "linear" && isInt(qs.dtype));
  const single = x.dtype === "float32" && weak; // numpy's weak float q keeps float32 arithmetic
  const dtype: DType = discrete ? x.dtype : x.dtype === "float32" && weak ? "float32" : "float64";
  const vals: number[] = new Array(qv.length * outer);
  for (let r = 0; r < outer; r++) {
    const all = rows.subarray(r * width, (r + 1) * width).slice().sort(); // typed-array sort: nan last
    let n = width;
    if (skipNan) while (n > 0 && all[n - 1] !== all[n - 1]) n--;
    const lane = all.subarray(0, n);
    const hasNan = skipNan ? n === 0 && width > 0 : n > 0 && lane[n - 1] !== lane[n - 1];
    qv.forEach((qq, k) => {
      if (n === 0 && hasNan) return void (vals[k * outer + r] = NaN); // an all-nan lane of nanquantile
      if (n === 0) throw new RangeError("index -1 is out of bounds for axis 0 with size 0");
      const vi = (n - 1) * qq;
      let v: number;
      if (discrete) {
        const i = method === "lower" ? Math.floor(vi) : method === "higher" ? Math.ceil(vi) : method === "nearest" ? roundHalfEven(vi) : vi;
        v = lane[Math.min(i, n - 1)];
      } else {
        const vIdx = method === "midpoint" ? 0.5 * (Math.floor(vi) + Math.ceil(vi)) : vi;
        let prev = Math.floor(vIdx), next = prev + 1;
        if (vIdx >= n - 1) prev = next = n - 1;
        const t = vIdx - Math.floor(vIdx);
        const lo = lane[prev], hi = lane[next];
        // numpy's _lerp: a + (b - a)·t below t = 0.5, b − (b − a)·(1 − t) from there
        if (x.dtype === "float32") {
          const diff = f32(hi - lo);
          v = single ? (t >= 0.5 ? f32(hi - f32(diff * (1 - t))) : f32(lo + f32(diff * t))) : t >= 0.5 ? hi - diff * (1 - t) : lo + diff * t;
        } else {
          const diff = hi - lo;
          v = t >= 0.5 ? hi - diff * (1 - t) : lo + diff * t;
        }
      }
      vals[k * outer + r] = hasNan ? NaN : v;
    });
  }
  const shape = [...qs.shape, ...(opts.keepdims ? keepShape : outShape)];
  return finish(vals, dtype, shape, shape.length === 0 && !(q instanceof NDArray));
}

function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function checkQ(qs: NDArray, message: string): void {
  for (let i = 0; i < qs.size; i++) {
    const v = qs.getFlat(i);
    if (!(v >= 0 && v <= 1)) throw new Error(message);
  }
}

/**
 * The q-th quantiles (q in [0, 1], a number or an array) over all values or along `{ axis }`; numpy's
 * default "linear" method (also "lower", "higher", "nearest", "midpoint"). A slice holding nan gives nan.
 * @example
 * np.quantile([1, 2, 3, 4], 0.25) // → 1.75
 * np.quantile([[1, 2], [3, 4], [5, 6]], [0.1, 0.9], { axis: 0 }) // → array([[1.4, 2.4],
 * //        [4.6, 5.6]])
 */
export function quantile(a: ArrayLike, q: number, opts?: QuantileOptions & { axis?: null; keepdims?: false }): number;
export function quantile(a: ArrayLike, q: ArrayLike, opts?: QuantileOptions): NDArray;
export function quantile(a: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): any {
  const qs = asarray(q);
  checkQ(qs, "Quantiles must be in the range [0, 1]");
  return quantileImpl(a, q, opts, qs, typeof q === "number");
}

/**
 * The q-th percentiles (q in [0, 100]); numpy's percentile, quantile at q / 100.
 * @example
 * np.percentile([1, 2, 3, 4], 50) // → 2.5
 * np.percentile([[1, 2, 3, 4], [5, 6, 7, 8]], [25, 75], { axis: 1, keepdims: true }) // → array([[[1.75],
 * //         [5.75]],
 * //
 * //        [[3.25],
 * //         [7.25]]])
 */
export function percentile(a: ArrayLike, q: number, opts?: QuantileOptions & { axis?: null; keepdims?: false }): number;
export function percentile(a: ArrayLike, q: ArrayLike, opts?: QuantileOptions): NDArray;
export function percentile(a: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): any {
  const qs = divide(asarray(q), 100) as NDArray;
  checkQ(qs, "Percentiles must be in the range [0, 100]");
  return quantileImpl(a, q, opts, qs, typeof q === "number");
}

/**
 * The median over all values (a number) or along `{ axis, keepdims }`; the mean of the two middle
 * values for an even count; nan when a slice holds nan.
 * @example np.median([3, 1, 4, 1]) // → 2
 */
export function median(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function median(a: ArrayLike, opts: ReduceOptions): NDArray;
export function median(a: ArrayLike, opts: ReduceOptions = {}): any {
  return medianImpl(a, opts, false);
}

/** median's work; `skipNan` leaves nan out of each lane (numpy's nanmedian). */
export function medianImpl(a: ArrayLike, opts: ReduceOptions, skipNan: boolean): any {
  const x = asarray(a);
  const { rows, outer, n: width, outShape, keepShape } = lanes(x, opts.axis);
  const single = x.dtype === "float32";
  const vals: number[] = [];
  for (let r = 0; r < outer; r++) {
    const all = rows.subarray(r * width, (r + 1) * width).slice().sort();
    let n = width;
    if (skipNan) while (n > 0 && all[n - 1] !== all[n - 1]) n--;
    const lane = all.subarray(0, n);
    const h = n >> 1;
    if (n === 0 || lane[n - 1] !== lane[n - 1]) vals.push(NaN);
    else if (n % 2) vals.push(lane[h]);
    else vals.push(single ? f32(f32(lane[h - 1] + lane[h]) / 2) : (lane[h - 1] + lane[h]) / 2);
  }
  return finish(vals, single ? "float32" : "float64", opts.keepdims ? keepShape : outShape, (opts.axis === undefined || opts.axis === null) && !opts.keepdims);
}

/**
 * The weighted average over all values or along `{ axis }` (the mean without weights); weights are
 * shaped like `a`, or 1-D along a single axis. `returned: true` also gives the sum of the weights.
 * @example np.average([1, 2, 3], { weights: [3, 1, 0] }) // → 1.25
 */
export function average(a: ArrayLike, opts: { axis?: Axis; weights?: ArrayLike; keepdims?: boolean; returned?: boolean } = {}): any {
  const x = asarray(a);
  const ro: any = { axis: opts.axis ?? null, keepdims: opts.keepdims ?? false };
  let avg: any, scl: any;
  if (opts.weights === undefined) {
    avg = mean(x, ro);
    scl = x.size / (typeof avg === "number" ? 1 : Math.max(avg.size, 1));
  } else {
    let w = asarray(opts.weights);
    const rd: DType = isInt(x.dtype) || x.dtype === "bool" ? promote(promote(x.dtype, w.dtype), "float64") : promote(x.dtype, w.dtype);
    if (x.shape.length !== w.shape.length || x.shape.some((d, i) => d !== w.shape[i])) {
      if (opts.axis === undefined || opts.axis === null) throw new TypeError("Axis must be specified when shapes of a and weights differ.");
      const axes = (typeof opts.axis === "number" ? [opts.axis] : [...opts.axis]).map((v) => (v < 0 ? v + x.ndim : v));
      const norm = normAxes(axes, x.ndim);
      if (w.ndim !== axes.length || axes.some((ax, i) => w.shape[i] !== x.shape[ax])) throw new Error("Shape of weights must be consistent with shape of a along specified axis.");
      const perm = axes.map((_, i) => i).sort((p, q) => axes[p] - axes[q]);
      w = transpose(w, perm).reshape(x.shape.map((d, ax) => (norm.includes(ax) ? d : 1)));
    }
    w = w.astype(rd);
    scl = sum(w, ro);
    const zero = typeof scl === "number" ? scl === 0 : (scl.equal(0).any() as boolean);
    if (zero) throw new Error("Weights sum to zero, can't be normalized");
    avg = divide(sum(multiply(x.astype(rd), w), ro), scl);
  }
  if (!opts.returned) return avg;
  if (typeof avg !== "number" && (typeof scl === "number" || scl.shape.length !== avg.shape.length || scl.shape.some((d: number, i: number) => d !== avg.shape[i]))) scl = broadcastTo(asarray(scl).astype(avg.dtype), avg.shape).copy();
  return [avg, scl];
}

/**
 * Peak to peak: max − min over all values (a number) or along `{ axis, keepdims }`.
 * @example np.ptp([[4, 9], [1, 3]], { axis: 1 }) // → array([5, 2])
 */
export function ptp(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function ptp(a: ArrayLike, opts: ReduceOptions): NDArray;
export function ptp(a: ArrayLike, opts: ReduceOptions = {}): any {
  const x = asarray(a);
  const hi: any = max(x, opts as any), lo: any = min(x, opts as any);
  if (typeof hi !== "object") return (subtract(asarray(hi).astype(x.dtype), asarray(lo).astype(x.dtype)) as NDArray).item();
  return subtract(hi, lo);
}

/** numpy's amax: the same as np.max. @example np.amax([1, 5, 3]) // → 5 */
export const amax = max;
/** numpy's amin: the same as np.min. @example np.amin([1, 5, 3]) // → 1 */
export const amin = min;

/** `a` with nan replaced by `v` (floats only) and the nan mask, as numpy's _replace_nan. */
function replaceNan(x: NDArray, v: number): { arr: NDArray; mask: NDArray | null } {
  if (!isFloat(x.dtype)) return { arr: x, mask: null };
  const mask = isnan(x) as NDArray;
  return { arr: where(mask, asarray(v).astype(x.dtype), x), mask };
}

const full = (opts: ReduceOptions | undefined) => (opts?.axis === undefined || opts.axis === null) && !opts?.keepdims;

/**
 * Sum treating nan as zero. @example np.nansum([1, np.nan, 2]) // → 3
 */
export function nansum(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nansum(a: ArrayLike, opts: ReduceOptions): NDArray;
export function nansum(a: ArrayLike, opts: ReduceOptions = {}): any {
  return sum(replaceNan(asarray(a), 0).arr, opts as any);
}

/**
 * Product treating nan as one. @example np.nanprod([2, NaN, 3]) // → 6
 */
export function nanprod(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nanprod(a: ArrayLike, opts: ReduceOptions): NDArray;
export function nanprod(a: ArrayLike, opts: ReduceOptions = {}): any {
  return prod(replaceNan(asarray(a), 1).arr, opts as any);
}

/**
 * Running sum treating nan as 0, of the flattened array or along `{ axis }`.
 * @example np.nancumsum([1, np.nan, 2]) // → array([1., 1., 3.])
 */
export function nancumsum(a: ArrayLike, opts: { axis?: number | null } = {}): NDArray {
  return cumsum(replaceNan(asarray(a), 0).arr, opts);
}

/**
 * Running product treating nan as 1, of the flattened array or along `{ axis }`.
 * @example np.nancumprod([2, np.nan, 3]) // → array([2., 2., 6.])
 */
export function nancumprod(a: ArrayLike, opts: { axis?: number | null } = {}): NDArray {
  return cumprod(replaceNan(asarray(a), 1).arr, opts);
}

/** Sum and count of the non-nan values of a float array (numpy's nanmean/nanvar start). */
function nanParts(x: NDArray, opts: ReduceOptions): { arr: NDArray; mask: NDArray; tot: any; cnt: any } {
  const { arr, mask } = replaceNan(x, 0);
  return { arr, mask: mask!, tot: sum(arr, opts as any), cnt: sum(logicalNot(mask!), opts as any) };
}

/** tot / cnt in tot's float dtype (numpy's _divide_by_count). */
function byCount(tot: any, cnt: any, dtype: DType): any {
  const r = divide(tot, cnt);
  if (typeof r === "number") return dtype === "float32" ? f32(r) : r;
  return dtype === "float32" ? (r as NDArray).astype("float32") : r;
}

/**
 * Mean of the non-nan values (nan for an all-nan slice). @example np.nanmean([1, np.nan, 3]) // → 2
 */
export function nanmean(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nanmean(a: ArrayLike, opts: ReduceOptions): NDArray;
export function nanmean(a: ArrayLike, opts: ReduceOptions = {}): any {
  const x = asarray(a);
  if (!isFloat(x.dtype)) return mean(x, opts as any);
  const { tot, cnt } = nanParts(x, opts);
  return byCount(tot, cnt, x.dtype);
}

/**
 * Variance of the non-nan values, with `ddof` (nan where fewer than ddof + 1 values remain).
 * @example np.nanvar([1, np.nan, 3]) // → 1
 */
export function nanvar(a: ArrayLike, opts?: { axis?: null; keepdims?: false; ddof?: number }): number;
export function nanvar(a: ArrayLike, opts: VarOptions): NDArray;
export function nanvar(a: ArrayLike, opts: VarOptions = {}): any {
  const x = asarray(a);
  if (!isFloat(x.dtype)) return var_(x, opts as any);
  const ddof = opts.ddof ?? 0;
  const kept = { axis: opts.axis ?? null, keepdims: true };
  const { arr, mask, tot, cnt } = nanParts(x, kept);
  const avg = byCount(tot, cnt, x.dtype);
  const dev = where(mask, asarray(0).astype(x.dtype), subtract(arr, avg));
  const v = sum(multiply(dev, dev), { axis: opts.axis ?? null, keepdims: opts.keepdims ?? false });
  const cntOut = full(opts) ? (cnt as NDArray).item() : opts.keepdims ? cnt : (cnt as NDArray).reshape((v as NDArray).shape);
  const dof: any = subtract(cntOut, ddof);
  const res = byCount(v, dof, x.dtype);
  if (typeof res === "number") return (dof as any) <= 0 ? NaN : res;
  return where((dof as NDArray).lessEqual(0), asarray(NaN).astype(res.dtype), res);
}

/**
 * Standard deviation of the non-nan values: sqrt(nanvar). @example np.nanstd([1, np.nan, 3]) // → 1
 */
export function nanstd(a: ArrayLike, opts?: { axis?: null; keepdims?: false; ddof?: number }): number;
export function nanstd(a: ArrayLike, opts: VarOptions): NDArray;
export function nanstd(a: ArrayLike, opts: VarOptions = {}): any {
  return sqrt(nanvar(a, opts as any));
}

function nanExtreme(a: ArrayLike, opts: ReduceOptions, fill: number, f: typeof max): any {
  const x = asarray(a);
  const { arr, mask } = replaceNan(x, fill);
  let r: any;
  try {
    r = f(arr, opts as any);
  } catch (e) {
    // numpy reduces floats with fmax/fmin here, and names them in the empty-reduction error
    if (mask && /reduction operation (maximum|minimum)/.test((e as Error).message)) throw new Error((e as Error).message.replace(/(maximum|minimum)/, (m) => (m === "maximum" ? "fmax" : "fmin")));
    throw e;
  }
  if (!mask) return r;
  const allNan = mask.all(opts as any);
  if (typeof r === "number") return allNan ? NaN : r;
  return where(allNan as NDArray, asarray(NaN).astype(r.dtype), r);
}

/**
 * Largest value ignoring nan (nan for an all-nan slice). @example np.nanmax([1, np.nan, 3]) // → 3
 */
export function nanmax(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nanmax(a: ArrayLike, opts: ReduceOptions): NDArray;
export function nanmax(a: ArrayLike, opts: ReduceOptions = {}): any {
  return nanExtreme(a, opts, -Infinity, max);
}
/**
 * Smallest value ignoring nan (nan for an all-nan slice). @example np.nanmin([1, np.nan, 3]) // → 1
 */
export function nanmin(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nanmin(a: ArrayLike, opts: ReduceOptions): NDArray;
export function nanmin(a: ArrayLike, opts: ReduceOptions = {}): any {
  return nanExtreme(a, opts, Infinity, min);
}

function nanArg(a: ArrayLike, opts: ArgOptions, fill: number, f: typeof argmax): any {
  const x = asarray(a);
  const { arr, mask } = replaceNan(x, fill);
  const r = f(arr, opts as any);
  if (mask && x.size > 0) {
    const allNan = mask.all(opts.axis === undefined || opts.axis === null ? {} : ({ axis: opts.axis } as any));
    if (typeof allNan === "boolean" ? allNan : (allNan as NDArray).any()) throw new Error("All-NaN slice encountered");
  }
  return r;
}

/**
 * Index of the largest value ignoring nan; an all-nan slice is an error.
 * @example np.nanargmax([1, np.nan, 3]) // → 2
 */
export function nanargmax(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nanargmax(a: ArrayLike, opts: ArgOptions): NDArray;
export function nanargmax(a: ArrayLike, opts: ArgOptions = {}): any {
  return nanArg(a, opts, -Infinity, argmax);
}
/**
 * Index of the smallest value ignoring nan; an all-nan slice is an error.
 * @example np.nanargmin([1, np.nan, 3]) // → 0
 */
export function nanargmin(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nanargmin(a: ArrayLike, opts: ArgOptions): NDArray;
export function nanargmin(a: ArrayLike, opts: ArgOptions = {}): any {
  return nanArg(a, opts, Infinity, argmin);
}

/**
 * Counts of each non-negative integer (or sums of `weights` per value), length max + 1 or `minlength`.
 * @example np.bincount([0, 1, 1, 3]) // → array([1, 2, 0, 1])
 */
export function bincount(x: ArrayLike, opts: { weights?: ArrayLike; minlength?: number } = {}): NDArray {
  const a = asarray(x);
  const minlength = opts.minlength ?? 0;
  if (a.ndim > 1) throw new Error("object too deep for desired array");
  if (a.ndim === 0) throw new Error("object of too small depth for desired array");
  if (minlength < 0) throw new Error("'minlength' must not be negative");
  if (isFloat(a.dtype)) throw new TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  const v = Array.from({ length: a.size }, (_, i) => a.getFlat(i));
  if (v.some((t) => t < 0)) throw new Error("'list' argument must have no negative elements");
  const n = Math.max(minlength, v.length ? Math.max(...v) + 1 : 0);
  if (opts.weights === undefined) {
    const out = new Float64Array(n);
    for (const t of v) out[t]++;
    return new NDArray(out, [n], "int64");
  }
  const w = asarray(opts.weights);
  if (w.size !== a.size) throw new Error("The weights and list don't have the same length.");
  const out = new Float64Array(n);
  v.forEach((t, i) => (out[t] += w.getFlat(i)));
  return new NDArray(out, [n], "float64");
}

/**
 * The index of the bin each value falls in: i such that bins[i-1] <= x < bins[i] for increasing bins
 * (`right: true`: bins[i-1] < x <= bins[i]); decreasing bins count from the other end.
 * @example np.digitize([0.2, 6.4, 3.0], [0, 1, 2.5, 4]) // → array([1, 4, 3])
 */
export function digitize(x: ArrayLike, bins: ArrayLike, opts: { right?: boolean } = {}): any {
  const b = asarray(bins);
  if (b.ndim !== 1) throw new Error("object too deep for desired array");
  const bv = Array.from({ length: b.size }, (_, i) => b.getFlat(i));
  const lt = (p: number, q: number) => p < q || (q !== q && p === p); // numpy's order: nan last
  let inc = true, dec = true;
  for (let i = 1; i < bv.length; i++) {
    if (lt(bv[i], bv[i - 1])) inc = false;
    if (lt(bv[i - 1], bv[i])) dec = false;
  }
  if (!inc && !dec) throw new Error("bins must be monotonically increasing or decreasing");
  const right = opts.right ?? false;
  const sorted = inc ? bv : [...bv].reverse();
  // searchsorted: side "right" counts bins <= v, side "left" counts bins < v
  const search = (v: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (right ? lt(sorted[mid], v) : !lt(v, sorted[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const idx = (v: number) => (inc ? search(v) : sorted.length - search(v));
  if (typeof x === "number") return idx(x);
  const xa = asarray(x);
  const out = new Float64Array(xa.size);
  for (let i = 0; i < xa.size; i++) out[i] = idx(xa.getFlat(i));
  return new NDArray(out, [...xa.shape], "int64");
}
