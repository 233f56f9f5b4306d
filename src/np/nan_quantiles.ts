// Order statistics that ignore nan: numpy's nanmedian, nanquantile and nanpercentile.
import { NDArray, ArrayLike } from "./ndarray";
import { asarray } from "./creation";
import { divide } from "./ufunc";
import { ReduceOptions } from "./reduce";
import { QuantileOptions, checkQ, medianImpl, quantileImpl } from "./statistics";

/**
 * The median of the non-nan values, over all (a number) or along `{ axis, keepdims }`; nan for an
 * all-nan slice.
 * @example np.nanmedian([[10, NaN, 4], [3, 2, 1]], { axis: 1 }) // → array([7., 2.])
 */
export function nanmedian(a: ArrayLike, opts?: { axis?: null; keepdims?: false }): number;
export function nanmedian(a: ArrayLike, opts: ReduceOptions): NDArray;
export function nanmedian(a: ArrayLike, opts: ReduceOptions = {}): any {
  return medianImpl(a, opts, true);
}

/**
 * The q-th quantiles (q in [0, 1]) of the non-nan values; methods as in quantile.
 * @example np.nanquantile([1, NaN, 3, 4], 0.5) // → 3
 */
export function nanquantile(a: ArrayLike, q: number, opts?: QuantileOptions & { axis?: null; keepdims?: false }): number;
export function nanquantile(a: ArrayLike, q: ArrayLike, opts?: QuantileOptions): NDArray;
export function nanquantile(a: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): any {
  const qs = asarray(q);
  checkQ(qs, "Quantiles must be in the range [0, 1]");
  return quantileImpl(a, q, opts, qs, typeof q === "number", true);
}

/**
 * The q-th percentiles (q in [0, 100]) of the non-nan values.
 * @example np.nanpercentile([[1, NaN], [3, 4]], 50, { axis: 0 }) // → array([2., 4.])
 */
export function nanpercentile(a: ArrayLike, q: number, opts?: QuantileOptions & { axis?: null; keepdims?: false }): number;
export function nanpercentile(a: ArrayLike, q: ArrayLike, opts?: QuantileOptions): NDArray;
export function nanpercentile(a: ArrayLike, q: ArrayLike, opts: QuantileOptions = {}): any {
  const qs = divide(asarray(q), 100) as NDArray;
  checkQ(qs, "Percentiles must be in the range [0, 100]");
  return quantileImpl(a, q, opts, qs, typeof q === "number", true);
}
