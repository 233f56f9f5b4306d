// numpy's Generator.choice, step for step: which draws it makes (integers, random, Floyd's sampling
// or a tail shuffle, then a shuffle of the picks) decides the stream, so every branch follows
// _generator.pyx. `a` is an integer n (meaning 0..n-1) or an array, sampled along `axis`.

import { NDArray } from "../../ndarray";
import { asarray } from "../../creation";
import { alloc } from "../../storage";
import type { ArrayLike } from "../../ndarray";
import { checkedP, normalisedCdf, searchRight, weightedDistinct, type PTexts } from "../choice";
import { Size, sizeShape, sizeOf } from "../params";
import { normAxis } from "../../shape";
import { take } from "../../picking";
import type { PCG64 } from "./pcg64";
import { boundedDraw, thresholdFor } from "./bounded";

/** Options of `Generator.choice`, numpy's keyword arguments. */
export interface GeneratorChoiceOptions {
  /** Output shape; omitted means one sample returned as a plain number. */
  size?: Size;
  /** Sample with replacement (default true). */
  replace?: boolean;
  /** Probabilities of the entries of `a` (1-D, summing to 1). */
  p?: ArrayLike | null;
  /** Without replacement and without p: shuffle the picks (default true), else they come in Floyd's order. */
  shuffle?: boolean;
  /** The axis of an n-d `a` along which to pick (default 0). */
  axis?: number;
}

/** Uniform draws in [0, n) the way numpy's random_bounded_uint64 (Lemire) makes them, one at a time. */
const below = (bg: PCG64, i: number) => boundedDraw(bg, i, thresholdFor(i)) as number;

/** numpy's _shuffle_int: Fisher-Yates over data[first..n) from the end, with Lemire draws. */
function shuffleInt(bg: PCG64, data: Float64Array, n: number, first: number): void {
  for (let i = n - 1; i >= first; i--) {
    const j = below(bg, i);
    const t = data[j];
    data[j] = data[i];
    data[i] = t;
  }
}

/** The Generator's wording of the checks on `p`. */
const GENERATOR_P: PTexts = {
  ndim: "p must be 1-dimensional",
  size: "a and p must have same size",
  nan: "Probabilities contain NaN",
  negative: "Probabilities are not non-negative",
  sum: "Probabilities do not sum to 1. See Notes section of docstring for more information.",
};

/** Indices for choice without replacement or p: Floyd's algorithm, or a partial shuffle for big samples of big populations. */
function distinct(bg: PCG64, popSize: number, n: number, shuffle: boolean): Float64Array {
  const cutoff = shuffle ? 50 : 20;
  if (popSize > 10000 && n > Math.floor(popSize / cutoff)) {
    const all = new Float64Array(popSize);
    for (let i = 0; i < popSize; i++) all[i] = i;
    shuffleInt(bg, all, popSize, Math.max(popSize - n, 1));
    return all.slice(popSize - n);
  }
  const idx = new Float64Array(n);
  const seen = new Set<number>();
  for (let j = popSize - n; j < popSize; j++) {
    const val = below(bg, j);
    const pick = seen.has(val) ? j : val;
    seen.add(pick);
    idx[j - popSize + n] = pick;
  }
  if (shuffle) shuffleInt(bg, idx, n, 1);
  return idx;
}

/** Samples from `a`: an NDArray of shape `size`, or one plain number without `size`. */
export function generatorChoice(bg: PCG64, uniform: (n: number) => Float64Array, a: number | ArrayLike, opts: GeneratorChoiceOptions = {}): NDArray | number {
  const { size, replace = true, p = null, shuffle = true, axis = 0 } = opts;
  const arr = asarray(a);
  const shape = size === undefined || size === null ? null : sizeShape(size);
  const noSamples = shape !== null && sizeOf(shape) === 0;
  let popSize: number;
  if (arr.ndim === 0) {
    if (arr.dtype === "float64" || arr.dtype === "float32") throw new Error("a must be a sequence or an integer, not <class 'float'>");
    popSize = arr.item();
    if (popSize <= 0 && !noSamples) throw new Error("a must be a positive integer unless no samples are taken");
  } else {
    popSize = arr.shape[normAxis(axis, arr.ndim)];
    if (popSize === 0 && !noSamples) throw new Error("a cannot be empty unless no samples are taken");
  }
  const pv = p === null || p === undefined ? null : checkedP(p, popSize, GENERATOR_P);
  const outShape = shape ?? [];
  const n = sizeOf(outShape);

  let idx: Float64Array;
  if (replace) {
    if (pv !== null) {
      const cdf = normalisedCdf(pv);
      const u = uniform(n);
      idx = new Float64Array(n);
      for (let i = 0; i < n; i++) idx[i] = searchRight(cdf, u[i]);
    } else {
      idx = new Float64Array(n);
      const thr = thresholdFor(popSize - 1);
      for (let i = 0; i < n; i++) idx[i] = boundedDraw(bg, popSize - 1, thr) as number;
    }
  } else {
    if (n > popSize) throw new Error("Cannot take a larger sample than population when replace is False");
    if (pv !== null) {
      idx = weightedDistinct(pv, n, uniform);
    } else {
      idx = distinct(bg, popSize, n, shuffle);
    }
  }

  if (arr.ndim > 1) {
    // The picks along the axis: rows (or columns, ...) of `a`.
    const picks = shape === null ? NDArray.fromData(idx.slice(0, 1), [], "int64") : NDArray.fromData(idx, outShape, "int64");
    return take(arr, picks, { axis });
  }
  if (shape === null) return arr.ndim === 0 ? idx[0] : arr.getFlat(idx[0]);
  if (arr.ndim === 0) return NDArray.fromData(idx, outShape, "int64");
  const out = new NDArray(alloc(arr.dtype, n), outShape, arr.dtype);
  for (let i = 0; i < n; i++) out.data[i] = arr.getFlat(idx[i]);
  return out;
}
