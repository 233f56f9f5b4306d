// numpy's np.poly* family: coefficient arrays, highest power first (poly, polyadd, polysub, polymul,
// polydiv, polyder, polyint, polyval, polyfit, roots). Arithmetic goes through np's ufuncs so result
// dtypes follow numpy's promotion; roots uses the companion matrix's eigenvalues, real ones only.
import { NDArray, ArrayLike } from "./ndarray";
import { isFloat } from "./dtype";
import { asarray, zeros, ones, arange } from "./creation";
import { concatenate } from "./manipulation";
import { add, subtract, multiply, divide, sqrt } from "./ufunc";
import { sum } from "./reduce";
import { convolve } from "./maths";
import { dot, outer } from "./linalg";
import { eigvals, inv, lstsq } from "./linalg_decomp";

const atleast1d = (a: ArrayLike) => {
  const x = asarray(a);
  return x.ndim === 0 ? x.reshape(1) : x;
};
/** numpy's `x + 0.0`: integers and bools become float64, floats stay. */
const toFloat = (a: ArrayLike) => {
  const x = asarray(a);
  return isFloat(x.dtype) ? x : x.astype("float64");
};
/** One element as a 0-d array of the array's dtype: numpy's non-weak scalar in later arithmetic. */
const at = (x: NDArray, i: number) => asarray(x.getFlat(i)).astype(x.dtype);

/**
 * The coefficients of the monic polynomial with the given roots (or, for a square matrix, its
 * characteristic polynomial); float64 (float32 roots stay float32).
 * @example np.poly([1, 2])  // → array([ 1., -3.,  2.])
 * @example np.poly([[1, 0], [0, 3]])  // → array([ 1., -4.,  3.])
 */
export function poly(seqOfZeros: ArrayLike): NDArray | number {
  let z = atleast1d(seqOfZeros);
  if (z.ndim === 2 && z.shape[0] === z.shape[1] && z.shape[0] !== 0) z = eigvals(z);
  else if (z.ndim === 1) z = z.astype(z.dtype === "float32" ? "float32" : "float64");
  else throw new Error("input must be 1d or non-empty square 2d array.");
  if (z.shape[0] === 0) return 1;
  let a = ones([1], { dtype: z.dtype });
  for (let i = 0; i < z.shape[0]; i++) a = convolve(a, asarray([1, -z.getFlat(i)]).astype(z.dtype));
  return a;
}

/** a1 and a2 brought to one length by leading zeros (of each one's dtype). */
function aligned(a1: ArrayLike, a2: ArrayLike): [NDArray, NDArray] {
  let x = atleast1d(a1), y = atleast1d(a2);
  const diff = y.shape[0] - x.shape[0];
  if (diff > 0) x = concatenate([zeros([diff], { dtype: x.dtype }), x]);
  else if (diff < 0) y = concatenate([zeros([-diff], { dtype: y.dtype }), y]);
  return [x, y];
}

/** Sum of two polynomials. @example np.polyadd([1, 2], [9, 5, 4])  // → array([9, 6, 6]) */
export function polyadd(a1: ArrayLike, a2: ArrayLike): NDArray {
  const [x, y] = aligned(a1, a2);
  return add(x, y);
}

/** Difference of two polynomials. @example np.polysub([2, 10, -2], [3, 10, -4])  // → array([-1,  0,  2]) */
export function polysub(a1: ArrayLike, a2: ArrayLike): NDArray {
  const [x, y] = aligned(a1, a2);
  return subtract(x, y);
}

/** Leading zeros dropped (all zeros: a single 0), as numpy's poly1d does. */
function trimLeading(a: ArrayLike): NDArray {
  const x = atleast1d(a);
  let i = 0;
  while (i < x.shape[0] && x.getFlat(i) === 0) i++;
  return i === x.shape[0] ? zeros([1], { dtype: x.dtype }) : x.get(`${i}:`);
}

/** Product of two polynomials. @example np.polymul([1, 2, 3], [9, 5, 1])  // → array([ 9, 23, 38, 17,  3]) */
export function polymul(a1: ArrayLike, a2: ArrayLike): NDArray {
  return convolve(trimLeading(a1), trimLeading(a2));
}

/**
 * Quotient and remainder of polynomial division (floats); the remainder's leading (near-)zeros dropped.
 * @example np.polydiv([3, 5, 2], [2, 1])[0]  // → array([1.5 , 1.75])
 * @example np.polydiv([3, 5, 2], [2, 1])[1]  // → array([0.25])
 */
export function polydiv(u: ArrayLike, v: ArrayLike): [NDArray, NDArray] {
  const uu = toFloat(atleast1d(u)), vv = toFloat(atleast1d(v));
  const dt = add(at(uu, 0), at(vv, 0)).dtype;
  const m = uu.shape[0] - 1, n = vv.shape[0] - 1;
  const f32 = dt === "float32" ? Math.fround : (t: number) => t;
  const scale = 1 / vv.getFlat(0);
  const q = new Float64Array(Math.max(m - n + 1, 1));
  const r = Float64Array.from(uu.astype(dt).data);
  const V = vv.astype(dt).data;
  for (let k = 0; k < m - n + 1; k++) {
    const d = f32(scale * r[k]);
    q[k] = d;
    for (let j = 0; j <= n; j++) r[k + j] = f32(r[k + j] - f32(d * V[j]));
  }
  let s = 0;
  // numpy: drop while allclose(r[0], 0, rtol=1e-14), i.e. |r[0]| <= 1e-8
  while (s < r.length - 1 && Math.abs(r[s]) <= 1e-8) s++;
  return [asarray(q).astype(dt), asarray(r.subarray(s)).astype(dt)];
}

/**
 * The m-th derivative (m = 1 by default).
 * @example np.polyder([1, 1, 1, 1])  // → array([3, 2, 1])
 * @example np.polyder([1, 1, 1, 1], 2)  // → array([6, 2])
 */
export function polyder(p: ArrayLike, m: number | { m?: number } = 1): NDArray {
  const k = typeof m === "number" ? m : m.m ?? 1;
  if (k < 0) throw new Error("Order of derivative must be positive (see polyint)");
  let y = asarray(p);
  for (let i = 0; i < k; i++) {
    const n = y.shape[0] - 1;
    y = multiply(y.get(":-1"), arange(n, 0, -1));
  }
  return y;
}

/**
 * The m-th antiderivative (m = 1 by default), integration constants `k` (0s by default; one number is
 * used for every step).
 * @example np.polyint([3, 2, 1])  // → array([1., 1., 1., 0.])
 * @example np.polyint([6, 2], { m: 2, k: [1, 5] })  // → array([1., 1., 1., 5.])
 */
export function polyint(p: ArrayLike, opts: { m?: number; k?: ArrayLike | null } | number = {}): NDArray {
  if (typeof opts === "number") opts = { m: opts };
  const m = opts.m ?? 1;
  if (m < 0) throw new Error("Order of integral must be positive (see polyder)");
  let k = opts.k === undefined || opts.k === null ? zeros([m]) : atleast1d(opts.k);
  if (k.shape[0] === 1 && m > 1) k = multiply(at(k, 0), ones([m]));
  if (k.shape[0] < m) throw new Error("k must be a scalar or a rank-1 array of length 1 or >m.");
  let y = asarray(p);
  for (let i = 0; i < m; i++) y = concatenate([divide(y, arange(y.shape[0], 0, -1)), at(k, i).reshape(1)]);
  return y;
}

/**
 * The polynomial evaluated at x (Horner's scheme): a number for a number, else an array like x.
 * @example np.polyval([3, 0, 1], 5)  // → 76
 * @example np.polyval([1, -1], [1, 2, 3])  // → array([0, 1, 2])
 */
export function polyval(p: ArrayLike, x: number): number;
export function polyval(p: ArrayLike, x: ArrayLike): NDArray;
export function polyval(p: ArrayLike, x: ArrayLike): any {
  const c = asarray(p);
  const xa = asarray(x);
  let y = zeros(xa.shape, { dtype: xa.dtype });
  for (let i = 0; i < c.size; i++) y = add(multiply(y, xa), at(c, i));
  return typeof x === "number" ? y.item() : y;
}

/** `polyfit` options: numpy's rcond, full, w (weights) and cov. */
export interface PolyfitOptions {
  rcond?: number | null;
  full?: boolean;
  w?: ArrayLike | null;
  cov?: boolean | "unscaled";
}

/**
 * Least-squares fit of a polynomial of degree `deg` to the points (x, y) (y may be 2-D: one fit per
 * column); the coefficients, highest power first. `full: true` also gives [residuals, rank, singular
 * values, rcond]; `cov: true` the coefficients' covariance matrix.
 * @example np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1)  // → array([2., 1.])
 */
export function polyfit(x: ArrayLike, y: ArrayLike, deg: number, opts: PolyfitOptions = {}): any {
  const order = deg + 1;
  const xs = toFloat(x), ys = toFloat(y);
  if (deg < 0) throw new Error("expected deg >= 0");
  if (xs.ndim !== 1) throw new TypeError("expected 1D vector for x");
  if (xs.size === 0) throw new TypeError("expected non-empty vector for x");
  if (ys.ndim < 1 || ys.ndim > 2) throw new TypeError("expected 1D or 2D array for y");
  if (xs.shape[0] !== ys.shape[0]) throw new TypeError("expected x and y to have same length");
  const eps = xs.dtype === "float32" ? 2 ** -23 : 2 ** -52;
  const rcond = opts.rcond ?? xs.shape[0] * eps;
  // the Vandermonde matrix: columns x^deg … x^0
  const n = xs.shape[0];
  let lhs = zeros([n, order], { dtype: xs.dtype });
  for (let i = 0; i < n; i++) {
    let v = 1;
    for (let j = order - 1; j >= 0; j--) {
      lhs.data[i * order + j] = v;
      v *= xs.getFlat(i);
    }
  }
  let rhs = ys;
  if (opts.w !== undefined && opts.w !== null) {
    const w = toFloat(opts.w);
    if (w.ndim !== 1) throw new TypeError("expected a 1-d array for weights");
    if (w.shape[0] !== ys.shape[0]) throw new TypeError("expected w and y to have the same length");
    lhs = multiply(lhs, w.reshape(-1, 1));
    rhs = multiply(rhs, rhs.ndim === 2 ? w.reshape(-1, 1) : w);
  }
  // columns scaled to unit norm for a better-conditioned solve
  const scale = sqrt(sum(multiply(lhs, lhs), { axis: 0 })) as NDArray;
  lhs = divide(lhs, scale);
  const [c0, resids, rank, s] = lstsq(lhs, rhs, { rcond });
  const c = divide(c0.T, scale).T;
  if (opts.full) return [c, resids, rank, s, rcond];
  if (opts.cov) {
    const vbase = divide(inv(dot(lhs.T, lhs)), outer(scale, scale));
    let fac: any = 1;
    if (opts.cov !== "unscaled") {
      if (n <= order) throw new Error("the number of data points must exceed order to scale the covariance matrix");
      fac = divide(resids, n - order);
    }
    return [c, ys.ndim === 1 ? multiply(vbase, fac) : multiply(vbase.reshape(order, order, 1), fac)];
  }
  return c;
}

/**
 * The roots of the polynomial (eigenvalues of its companion matrix), float64, in decreasing order (then
 * the zero roots; numpy's order is LAPACK's, not sorted). Complex roots are not supported: a polynomial with any throws.
 * @example np.roots([1, -3, 2])  // → array([2., 1.])
 */
export function roots(p: ArrayLike): NDArray {
  const c = atleast1d(p);
  if (c.ndim !== 1) throw new Error("Input must be a rank-1 array.");
  const nz: number[] = [];
  for (let i = 0; i < c.size; i++) if (c.getFlat(i) !== 0) nz.push(i);
  if (nz.length === 0) return zeros([0]);
  const trailing = c.size - nz[nz.length - 1] - 1;
  let q = c.get(`${nz[0]}:${nz[nz.length - 1] + 1}`);
  if (!isFloat(q.dtype)) q = q.astype("float64");
  const N = q.shape[0];
  let r = zeros([0], { dtype: q.dtype });
  if (N > 1) {
    const A = zeros([N - 1, N - 1], { dtype: q.dtype });
    const lead = q.getFlat(0);
    for (let j = 0; j < N - 1; j++) A.data[j] = -q.getFlat(j + 1) / lead;
    for (let i = 1; i < N - 1; i++) A.data[i * (N - 1) + i - 1] = 1;
    try {
      r = eigvals(A);
    } catch (e) {
      if (/complex results/.test((e as Error).message)) throw new Error("roots: complex results are not supported (this polynomial has complex roots)");
      throw e;
    }
  }
  // numpy's order is whatever LAPACK's QR iteration ends with; a fixed order is easier to read
  const sorted = Float64Array.from(r.data).sort().reverse();
  return concatenate([asarray(sorted).astype(r.dtype), zeros([trailing], { dtype: r.dtype })]);
}
