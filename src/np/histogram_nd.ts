// numpy's histogramdd and histogram2d: counts of D-dimensional samples in a grid of bins, each axis's
// edges given or spread evenly over a range. Like numpy, a bin is half-open except the last along each
// axis, and the counts come back as float64.
import { NDArray, ArrayLike } from "./ndarray";
import { asarray, linspace } from "./creation";
import { atleast2d } from "./manipulation";

/** `histogramdd`/`histogram2d` options: numpy's bins (a count, counts per axis or edges per axis), range, density, weights. */
export interface HistogramDDOptions {
  bins?: number | readonly (number | ArrayLike)[] | NDArray;
  range?: readonly (readonly [number, number] | null)[] | null;
  density?: boolean;
  weights?: ArrayLike | null;
}

const pyFloat = (v: number) => (v !== v ? "nan" : v === Infinity ? "inf" : v === -Infinity ? "-inf" : Number.isInteger(v) ? v.toFixed(1) : String(v));

/** One axis's edges: numpy's _get_outer_edges and linspace for a count, checks for given edges. */
function axisEdges(col: Float64Array, bins: number | ArrayLike, range: readonly [number, number] | null | undefined, i: number): Float64Array {
  if (typeof bins === "number") {
    if (!Number.isInteger(bins)) throw new TypeError(`\`bins[${i}]\` must be an integer, when a scalar`);
    if (bins < 1) throw new Error(`\`bins[${i}]\` must be positive, when an integer`);
    let first: number, last: number;
    if (range) {
      [first, last] = range;
      if (first > last) throw new Error("max must be larger than min in range parameter.");
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw new Error(`supplied range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
    } else if (col.length === 0) [first, last] = [0, 1];
    else {
      first = Infinity; last = -Infinity;
      for (const t of col) {
        if (t !== t) first = last = NaN;
        if (t < first) first = t;
        if (t > last) last = t;
        if (first !== first) break;
      }
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw new Error(`autodetected range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
    }
    if (first === last) (first -= 0.5), (last += 0.5);
    return Float64Array.from(linspace(first, last, bins + 1).data);
  }
  const e = asarray(bins);
  if (e.ndim !== 1) throw new Error(`\`bins[${i}]\` must be a scalar or 1d array`);
  const v = Float64Array.from(e.astype("float64").data);
  for (let k = 1; k < v.length; k++) if (v[k] < v[k - 1]) throw new Error(`\`bins[${i}]\` must be monotonically increasing, when an array`);
  return v;
}

/**
 * The multidimensional histogram of `sample` (N points × D coordinates; a list of D coordinate arrays
 * is read column-wise, as numpy does): `[hist, edges]`, hist float64 of shape (bins per axis).
 * @example np.histogramdd(np.array([[0, 0], [1, 1], [1, 0]]), { bins: 2 })[0]  // → array([[1., 0.],
 * //        [1., 1.]])
 */
export function histogramdd(sample: ArrayLike, opts: HistogramDDOptions | number = {}): [NDArray, NDArray[]] {
  if (typeof opts === "number") opts = { bins: opts };
  let s = asarray(sample);
  // numpy: an array is (N, D); anything else (a list of coordinate lists) is transposed
  s = sample instanceof NDArray && s.ndim === 2 ? s : atleast2d(s).T;
  const [N, D] = s.shape;
  const sd = s.astype("float64").data;
  const cols = Array.from({ length: D }, (_, j) => Float64Array.from({ length: N }, (_, i) => sd[i * D + j]));
  const binsOpt = opts.bins ?? 10;
  const binList: (number | ArrayLike)[] = typeof binsOpt === "number" ? new Array(D).fill(binsOpt) : binsOpt instanceof NDArray ? (binsOpt.ndim === 1 ? Array.from({ length: binsOpt.size }, (_, k) => binsOpt.getFlat(k)) : [...Array(binsOpt.shape[0]).keys()].map((k) => binsOpt.get(k))) : [...binsOpt];
  if (binList.length !== D) throw new Error("The dimension of bins must be equal to the dimension of the sample x.");
  const range = opts.range ?? null;
  if (range && range.length !== D) throw new Error("range argument must have one entry per dimension");
  const edges = binList.map((b, i) => axisEdges(cols[i], b, range ? range[i] : null, i));
  const W = opts.weights !== undefined && opts.weights !== null ? asarray(opts.weights) : null;
  if (W && W.size !== N) throw new Error("The weights and list don't have the same length.");
  const nb = edges.map((e) => e.length - 1);
  const size = nb.reduce((p, q) => p * q, 1);
  const hist = new Float64Array(size);
  point: for (let i = 0; i < N; i++) {
    let flat = 0;
    for (let j = 0; j < D; j++) {
      const E = edges[j], t = cols[j][i];
      // bins are [e_k, e_k+1), the last one closed; points outside (or nan) are dropped
      if (!(t >= E[0] && t <= E[E.length - 1])) continue point;
      let lo = 0, hi = E.length - 1; // last k with E[k] <= t
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (E[mid] <= t) lo = mid;
        else hi = mid - 1;
      }
      flat = flat * nb[j] + Math.min(lo, nb[j] - 1); // the right edge belongs to the last bin
    }
    hist[flat] += W ? W.getFlat(i) : 1;
  }
  if (opts.density) {
    const total = hist.reduce((p, q) => p + q, 0);
    const idx = new Array<number>(D).fill(0);
    for (let f = 0; f < size; f++) {
      let v = hist[f];
      for (let j = 0; j < D; j++) v /= edges[j][idx[j] + 1] - edges[j][idx[j]];
      hist[f] = v / total;
      for (let j = D - 1; j >= 0 && ++idx[j] === nb[j]; j--) idx[j] = 0;
    }
  }
  return [new NDArray(hist, nb, "float64"), edges.map((e) => new NDArray(e, [e.length], "float64"))];
}

/**
 * The 2-D histogram of points (x[i], y[i]): `[hist, xedges, yedges]`, hist[i, j] counting x in bin i
 * and y in bin j. `bins` is a count, [nx, ny], one edge array for both, or [xedges, yedges].
 * @example np.histogram2d([0, 1, 1], [0, 1, 0], { bins: 2 })[0]  // → array([[1., 0.],
 * //        [1., 1.]])
 */
export function histogram2d(x: ArrayLike, y: ArrayLike, opts: HistogramDDOptions | number = {}): [NDArray, NDArray, NDArray] {
  if (typeof opts === "number") opts = { bins: opts };
  const xa = asarray(x), ya = asarray(y);
  if (xa.size !== ya.size) throw new Error("x and y must have the same length.");
  let bins = opts.bins ?? 10;
  // one edge array (a length other than 2) serves both axes, as numpy reads it
  if (typeof bins !== "number" && (bins instanceof NDArray ? bins.ndim === 1 && bins.shape[0] !== 2 : bins.length !== 2 && bins.every((b) => typeof b === "number")))
    bins = [bins as ArrayLike, bins as ArrayLike];
  const [hist, edges] = histogramdd([xa.ravel(), ya.ravel()], { ...opts, bins });
  return [hist, edges[0], edges[1]];
}
