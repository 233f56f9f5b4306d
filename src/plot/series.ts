// Reading "one or several series" inputs: a vector, a 2-D array or a list of vectors.
import { isNDArray, isSeriesLike, ndNumbers, toVector, type Matrix, type Vector } from "./values";

/** One series, several as a 2-D array, or a list of series (of possibly different lengths). */
export type SeriesInput = Vector | Matrix | readonly Vector[];

/**
 * A list of series. A 2-D NDArray holds one series per row (`by: "rows"`, default) or per column;
 * a (1, n) or (n, 1) array is a single series whatever `by` says.
 * @example
 * toSeries(np.array([[1, 2], [3, 4]])) // → [ [ 1, 2 ], [ 3, 4 ] ]
 * toSeries(np.array([[1, 2], [3, 4]]), "columns") // → [ [ 1, 3 ], [ 2, 4 ] ]
 */
export function toSeries(y: SeriesInput, by: "rows" | "columns" = "rows", what = "y"): (number | null)[][] {
  if (isNDArray(y)) {
    if (y.ndim <= 1 || (y.ndim === 2 && (y.shape[0] === 1 || y.shape[1] === 1))) return [ndNumbers(y)];
    if (y.ndim !== 2) throw new Error(`${what}: expected 1 or 2 dimensions, got shape (${y.shape.join(", ")})`);
    const flat = ndNumbers(y);
    const [r, c] = y.shape;
    const rows = Array.from({ length: r }, (_, i) => flat.slice(i * c, (i + 1) * c));
    return by === "rows" ? rows : Array.from({ length: c }, (_, j) => rows.map((row) => row[j]));
  }
  const list = y as readonly unknown[];
  if (Array.isArray(list) && list.length > 0 && isSeriesLike(list[0])) {
    const series = list.map((s, i) => toVector(s as Vector, `${what}[${i}]`));
    if (by === "columns") {
      const n = series[0].length;
      return Array.from({ length: n }, (_, j) => series.map((row) => row[j] ?? null));
    }
    return series;
  }
  return [toVector(y as Vector, what)];
}

/**
 * x values per series: none, one shared vector, or one per series.
 * @example
 * xFor([0, 1], 2) // → [ [ 0, 1 ], [ 0, 1 ] ]
 * xFor(undefined, 1) // → [ undefined ]
 */
export function xFor(x: Vector | readonly Vector[] | undefined, count: number): ((number | null)[] | undefined)[] {
  if (x === undefined) return Array.from({ length: count }, () => undefined);
  const list = x as readonly unknown[];
  if (Array.isArray(list) && list.length > 0 && isSeriesLike(list[0])) {
    if (list.length !== count) throw new Error(`x: got ${list.length} x series for ${count} y series`);
    return list.map((s, i) => toVector(s as Vector, `x[${i}]`));
  }
  const shared = toVector(x as Vector, "x");
  return Array.from({ length: count }, () => shared);
}
