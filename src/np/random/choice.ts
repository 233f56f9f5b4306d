// numpy's legacy RandomState.choice, step for step: which draws it makes (randint, random_sample,
// permutation or the repeated-rand loop) decides the stream, so every branch follows mtrand.pyx.

import { NDArray } from "../ndarray";
import { asarray } from "../creation";
import { alloc } from "../storage";
import type { ArrayLike } from "../ndarray";
import { LegacyRandomState } from "./legacy";
import { Size, sizeShape, sizeOf } from "./params";

/** Options of `choice`, numpy's keyword arguments. */
export interface ChoiceOptions {
  /** Output shape; omitted means one sample returned as a plain number. */
  size?: Size;
  /** Sample with replacement (default true). */
  replace?: boolean;
  /** Probabilities of the entries of `a` (1-D, summing to 1). */
  p?: ArrayLike | null;
}

/** numpy's kahan_sum, used only to validate that p sums to 1. */
export function kahanSum(v: Float64Array): number {
  if (v.length === 0) return 0;
  let sum = v[0];
  let c = 0;
  for (let i = 1; i < v.length; i++) {
    const y = v[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** Normalised cumulative sum (numpy: cdf = p.cumsum(); cdf /= cdf[-1]). */
export function normalisedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = acc += p[i];
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** searchsorted(side='right'): the number of cdf entries <= x. */
export function searchRight(cdf: Float64Array, x: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Checks p like numpy and returns it as float64 values. */
/**
 * numpy's weighted sampling without replacement (both RandomState and Generator): draw, keep each new
 * index once in order of first appearance (np.unique of the sorted first indices), zero the chosen
 * weights and redraw for the rest. `uniform(k)` gives k uniform doubles of the caller's generator.
 */
export function weightedDistinct(pv: Float64Array, n: number, uniform: (k: number) => Float64Array): Float64Array {
  let positive = 0;
  for (const x of pv) if (x > 0) positive++;
  if (positive < n) throw new Error("Fewer non-zero entries in p than size");
  const idx = new Float64Array(n);
  const q = pv.slice();
  let found = 0;
  while (found < n) {
    const x = uniform(n - found);
    for (let i = 0; i < found; i++) q[idx[i]] = 0;
    const cdf = normalisedCdf(q);
    const seen = new Set<number>();
    for (const u of x) {
      const k = searchRight(cdf, u);
      if (!seen.has(k)) {
        seen.add(k);
        idx[found++] = k;
      }
    }
  }
  return idx;
}

/** numpy's wording of the checks on `p`: RandomState's and the Generator's differ. */
export interface PTexts {
  /** thrown for a 0-d p (the Generator has no such check) */
  unsized?: string;
  ndim: string;
  size: string;
  nan: string;
  negative: string;
  sum: string;
}

const LEGACY_P: PTexts = {
  unsized: "len() of unsized object",
  ndim: "'p' must be 1-dimensional",
  size: "'a' and 'p' must have same size",
  nan: "probabilities contain NaN",
  negative: "probabilities are not non-negative",
  sum: "probabilities do not sum to 1",
};

/** `p` as float64 weights, checked as numpy checks them (in numpy's order, with `texts`' wording). */
export function checkedP(p: ArrayLike, popSize: number, texts: PTexts = LEGACY_P): Float64Array {
  const arr = asarray(p);
  if (arr.ndim === 0 && texts.unsized) throw new TypeError(texts.unsized);
  // A float32 p gets float32's looser tolerance, as in numpy.
  const atol = arr.dtype === "float32" ? Math.sqrt(1.1920928955078125e-7) : Math.sqrt(2.220446049250313e-16);
  if (arr.ndim !== 1) throw new Error(texts.ndim);
  if (arr.size !== popSize) throw new Error(texts.size);
  const v = new Float64Array(arr.size);
  for (let i = 0; i < v.length; i++) v[i] = arr.getFlat(i);
  const sum = kahanSum(v);
  if (Number.isNaN(sum)) throw new Error(texts.nan);
  if (v.some((x) => x < 0)) throw new Error(texts.negative);
  if (Math.abs(sum - 1) > atol) throw new Error(texts.sum);
  return v;
}

/**
 * Samples from `a` (an integer n meaning 0..n-1, or a 1-D array). Returns an NDArray of shape
 * `size`, or one plain number without `size`.
 */
export function legacyChoice(rs: LegacyRandomState, a: number | ArrayLike, opts: ChoiceOptions = {}): NDArray | number {
  const { size, replace = true, p = null } = opts;
  const arr = asarray(a);
  const shape = size === undefined || size === null ? null : sizeShape(size);
  const noSamples = shape !== null && sizeOf(shape) === 0;
  let popSize: number;
  if (arr.ndim === 0) {
    popSize = arr.item();
    if (arr.dtype === "float64" || arr.dtype === "float32") {
      throw new Error("a must be 1-dimensional or an integer");
    }
    if (popSize <= 0 && !noSamples) throw new Error("a must be greater than 0 unless no samples are taken");
  } else if (arr.ndim !== 1) {
    throw new Error("a must be 1-dimensional");
  } else {
    popSize = arr.shape[0];
    if (popSize === 0 && !noSamples) throw new Error("'a' cannot be empty unless no samples are taken");
  }
  const pv = p === null || p === undefined ? null : checkedP(p, popSize);
  const outShape = shape ?? [];
  const n = sizeOf(outShape);

  let idx: Float64Array;
  if (replace) {
    if (pv !== null) {
      const cdf = normalisedCdf(pv);
      const u = rs.fillDouble(n);
      idx = new Float64Array(n);
      for (let i = 0; i < n; i++) idx[i] = searchRight(cdf, u[i]);
    } else {
      idx = n === 0 ? new Float64Array(0) : rs.boundedFill(0, popSize - 1, n);
    }
  } else {
    if (n > popSize) throw new Error("Cannot take a larger sample than population when 'replace=False'");
    if (pv !== null) {
      idx = weightedDistinct(pv, n, (k) => rs.fillDouble(k));
    } else {
      idx = rs.permutation(popSize).slice(0, n);
    }
  }

  if (shape === null) {
    const k = idx[0];
    return arr.ndim === 0 ? k : arr.getFlat(k);
  }
  if (arr.ndim === 0) return NDArray.fromData(idx, outShape, "int64");
  const out = new NDArray(alloc(arr.dtype, n), outShape, arr.dtype);
  for (let i = 0; i < n; i++) out.data[i] = arr.getFlat(idx[i]);
  return out;
}
