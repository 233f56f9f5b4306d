// Sequences and computed arrays: numpy's logspace, geomspace, fromfunction and fromiter.
import { NDArray } from "./ndarray";
import { DType, toDType } from "./dtype";
import { array, linspace } from "./creation";
import { power } from "./ufunc";
import { indices } from "./index_grids";

/** `logspace`/`geomspace` options, numpy's keywords. */
export interface SpaceOptions {
  endpoint?: boolean;
  dtype?: DType | string;
}

/**
 * `num` numbers spaced evenly on a log scale: base ** linspace(start, stop, num).
 * @example np.logspace(0, 3, 4) // → array([   1.,   10.,  100., 1000.])
 * @example np.logspace(0, 3, 3, { base: 2 }) // → array([1.        , 2.82842712, 8.        ])
 */
export function logspace(start: number, stop: number, num = 50, opts: SpaceOptions & { base?: number } = {}): NDArray {
  const y = linspace(start, stop, num, { endpoint: opts.endpoint ?? true });
  const r = power(opts.base ?? 10, y) as NDArray;
  return opts.dtype === undefined ? r : r.astype(toDType(opts.dtype));
}

/**
 * `num` numbers spaced evenly on a log scale from start to stop (a geometric progression); both
 * ends exact, negative ends allowed when both are negative.
 * @example np.geomspace(1, 1000, 4) // → array([   1.,   10.,  100., 1000.])
 */
export function geomspace(start: number, stop: number, num = 50, opts: SpaceOptions = {}): NDArray {
  if (start === 0 || stop === 0) throw new Error("Geometric sequence cannot include zero");
  const sign = Math.sign(start);
  const lo = start / sign, hi = stop / sign;
  const r = logspace(Math.log10(lo), Math.log10(hi), num, { endpoint: opts.endpoint });
  if (num > 0) {
    r.data[0] = lo;
    if (num > 1 && (opts.endpoint ?? true)) r.data[num - 1] = hi;
  }
  for (let i = 0; i < num; i++) r.data[i] *= sign;
  return opts.dtype === undefined ? r : r.astype(toDType(opts.dtype));
}

/**
 * An array built by calling `fn` once with one index array per axis (numpy's fromfunction):
 * `fn(i, j)` gets the row and column indices of a `shape` grid, float64 unless `dtype`.
 * @example np.fromfunction((i, j) => i.add(j), [2, 3], { dtype: "int64" }) // → array([[0, 1, 2],
 * //        [1, 2, 3]])
 */
export function fromfunction<T>(fn: (...idx: NDArray[]) => T, shape: readonly number[], opts: { dtype?: DType | string } = {}): T {
  const grids = indices(shape, { dtype: opts.dtype ?? "float64" }) as NDArray;
  return fn(...shape.map((_, i) => grids.get(i)));
}

/**
 * A 1-D array of the values an iterable yields (numpy's fromiter): `dtype` as numpy requires it
 * (float64 when left out), `count` to take only the first values (an error when there are fewer).
 * @example np.fromiter([1, 4, 9].values(), { dtype: "int64" }) // → array([1, 4, 9])
 * @example
 * function* squares() { for (let i = 0; ; i++) yield i * i; }
 * np.fromiter(squares(), { dtype: "float64", count: 4 }) // → array([0., 1., 4., 9.])
 */
export function fromiter(iter: Iterable<number | boolean>, opts: { dtype?: DType | string; count?: number } = {}): NDArray {
  const count = opts.count ?? -1;
  const values: (number | boolean)[] = [];
  if (count !== 0) {
    for (const v of iter) {
      values.push(v);
      if (values.length === count) break;
    }
  }
  if (count > 0 && values.length < count) throw new Error(`iterator too short: Expected ${count} but iterator had only ${values.length} items.`);
  return array(values, { dtype: toDType(opts.dtype ?? "float64") });
}
