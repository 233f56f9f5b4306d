// Triangles and structured matrices: numpy's tri, tril, triu, vander and diagflat.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, promote, toDType } from "./dtype";
import { alloc } from "./storage";
import { checkShape } from "./shape";
import { asarray } from "./creation";
import { diag } from "./manipulation";
import { cumprod } from "./reduce";
import { where } from "./ufunc";

/**
 * An N×M array (M = N by default) with ones on and below diagonal k, zeros elsewhere; float64
 * unless `dtype`.
 * @example np.tri(3, 4, { k: 1, dtype: "int64" }) // → array([[1, 1, 0, 0],
 * //        [1, 1, 1, 0],
 * //        [1, 1, 1, 1]])
 */
export function tri(N: number, M?: number | null | { k?: number; dtype?: DType | string }, opts: { k?: number; dtype?: DType | string } = {}): NDArray {
  if (M !== null && typeof M === "object") (opts = M), (M = undefined);
  const cols = (M as number | null | undefined) ?? N;
  // numpy gives an empty array for negative sizes here
  const [n, m] = checkShape([Math.max(N, 0), Math.max(cols, 0)]);
  const k = opts.k ?? 0;
  const dtype = toDType(opts.dtype ?? "float64");
  const out = new NDArray(alloc(dtype, n * m), [n, m], dtype);
  for (let i = 0; i < n; i++) for (let j = 0; j < m && j <= i + k; j++) out.data[i * m + j] = 1;
  return out;
}

/** The last two axes' triangle mask, numpy's `tri(*m.shape[-2:], k=k, dtype=bool)`. */
function mask(x: NDArray, k: number): NDArray {
  if (x.ndim === 0) throw new TypeError("tri() missing 1 required positional argument: 'N'");
  const [n, m] = x.shape.slice(-2);
  return tri(n, m ?? n, { k, dtype: "bool" });
}

/**
 * The lower triangle (on and below diagonal k) of the last two axes, zeros above; a 1-D input is
 * taken as the rows of a square matrix, as numpy does.
 * @example np.tril([[1, 2, 3], [4, 5, 6], [7, 8, 9]], -1) // → array([[0, 0, 0],
 * //        [4, 0, 0],
 * //        [7, 8, 0]])
 */
export function tril(m: ArrayLike, k: number | { k?: number } = 0): NDArray {
  const x = asarray(m);
  const kk = typeof k === "number" ? k : k.k ?? 0;
  return (where(mask(x, kk), x, asarray(0).astype(x.dtype)) as NDArray).astype(x.dtype);
}

/**
 * The upper triangle (on and above diagonal k) of the last two axes, zeros below.
 * @example np.triu([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1) // → array([[0, 2, 3],
 * //        [0, 0, 6],
 * //        [0, 0, 0]])
 */
export function triu(m: ArrayLike, k: number | { k?: number } = 0): NDArray {
  const x = asarray(m);
  const kk = typeof k === "number" ? k : k.k ?? 0;
  return (where(mask(x, kk - 1), asarray(0).astype(x.dtype), x) as NDArray).astype(x.dtype);
}

/**
 * The Vandermonde matrix of a 1-D x: columns x^(N-1), ..., x^1, x^0 (`increasing: true` reverses);
 * N = len(x) by default. Powers are running products, as in numpy.
 * @example np.vander([1, 2, 3], 3) // → array([[1, 1, 1],
 * //        [4, 2, 1],
 * //        [9, 3, 1]])
 */
export function vander(x: ArrayLike, N?: number | null | { N?: number | null; increasing?: boolean }, opts: { increasing?: boolean } = {}): NDArray {
  if (N !== null && typeof N === "object") (opts = N), (N = N.N);
  const v = asarray(x);
  if (v.ndim !== 1) throw new Error("x must be a one-dimensional array or sequence.");
  const cols = (N as number | null | undefined) ?? v.size;
  checkShape([v.size, cols]);
  const dtype = promote(v.dtype, "int64");
  const n = v.size;
  // column j holds x^j (increasing order): ones, then running products of x
  const t = new NDArray(alloc(dtype, n * cols), [n, cols], dtype);
  for (let i = 0; i < n; i++) {
    if (cols > 0) t.data[i * cols] = 1;
    for (let j = 1; j < cols; j++) t.data[i * cols + j] = v.getFlat(i);
  }
  const acc = cols > 1 ? cumprod(t.get(":", "1:"), { axis: 1 }).astype(dtype) : null;
  if (acc) t.set(":", "1:", acc);
  return opts.increasing ? t : t.get(":", "::-1").copy();
}

/**
 * A 2-D array with the flattened input on diagonal k.
 * @example np.diagflat([[1, 2], [3, 4]]) // → array([[1, 0, 0, 0],
 * //        [0, 2, 0, 0],
 * //        [0, 0, 3, 0],
 * //        [0, 0, 0, 4]])
 */
export function diagflat(v: ArrayLike, k: number | { k?: number } = 0): NDArray {
  return diag(asarray(v).reshape(-1), typeof k === "number" ? k : k.k ?? 0);
}
