// numpy 2's array-API running reductions: cumulative_sum and cumulative_prod.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, toDType } from "./dtype";
import { asarray } from "./creation";
import { cumsum, cumprod } from "./reduce";
import { concatenate } from "./manipulation";
import { normAxis } from "./shape";

/** `cumulativeSum`/`cumulativeProd` options: numpy's axis, dtype and include_initial. */
export interface CumulativeOptions {
  axis?: number | null;
  dtype?: DType | string;
  includeInitial?: boolean;
}

function cumulative(a: ArrayLike, opts: CumulativeOptions, f: typeof cumsum, initial: number): NDArray {
  let x = asarray(a);
  if (x.ndim === 0) x = x.reshape(1);
  if ((opts.axis === undefined || opts.axis === null) && x.ndim > 1) throw new Error("For arrays which have more than one dimension ``axis`` argument is required.");
  const axis = normAxis(opts.axis ?? 0, x.ndim);
  if (opts.dtype !== undefined) x = x.astype(toDType(opts.dtype));
  // numpy accumulates in the requested dtype (cumsum alone would widen small integers)
  const r = opts.dtype === undefined ? f(x, { axis }) : f(x, { axis }).astype(toDType(opts.dtype));
  if (!opts.includeInitial) return r;
  const shape = [...r.shape];
  shape[axis] = 1;
  const first = new NDArray(new Float64Array(shape.reduce((p, d) => p * d, 1)).fill(initial), shape, "float64").astype(r.dtype);
  return concatenate([first, r], { axis });
}

/**
 * Running sum along an axis (required for n-D input); `includeInitial` starts with a 0.
 * @example np.cumulativeSum([1, 2, 3], { includeInitial: true }) // → array([0, 1, 3, 6])
 */
export function cumulativeSum(x: ArrayLike, opts: CumulativeOptions = {}): NDArray {
  return cumulative(x, opts, cumsum, 0);
}

/**
 * Running product along an axis (required for n-D input); `includeInitial` starts with a 1.
 * @example np.cumulativeProd([[1, 2], [3, 4]], { axis: 1 }) // → array([[ 1,  2],
 * //        [ 3, 12]])
 */
export function cumulativeProd(x: ArrayLike, opts: CumulativeOptions = {}): NDArray {
  return cumulative(x, opts, cumprod, 1);
}
