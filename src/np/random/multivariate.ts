// numpy's legacy multivariate samplers: multinomial (repeated conditional binomials), dirichlet
// (normalised gammas) and multivariate_normal (standard normals times sqrt(s)·V from an SVD).

import { NDArray } from "../ndarray";
import { asarray } from "../creation";
import { dot } from "../linalg";
import { svd } from "../linalg_decomp";
import { gemm, gemvN } from "../openblas_kernels";
import { allclose } from "../ufunc";
import type { ArrayLike } from "../ndarray";
import type { LegacyRandomState } from "./legacy";
import { multinomialBinomial } from "./distributions/binomial";
import { standardGamma } from "./distributions/gamma";
import { kahanSum } from "./choice";
import { checkArray, checkValue } from "./sampler";
import { Size, sizeOf } from "./params";

/** numpy's output shape for a size followed by one trailing dimension d. */
function withTrailing(size: Size, d: number): number[] {
  if (size === null || size === undefined) return [d];
  return typeof size === "number" ? [size, d] : [...size, d];
}

/** A 1-D (or 0-d, reported by the caller) parameter as float64 values. */
function vector(v: ArrayLike): { ndim: number; data: Float64Array } {
  const a = asarray(v, { dtype: "float64" });
  const data = new Float64Array(a.size);
  for (let i = 0; i < a.size; i++) data[i] = a.getFlat(i);
  return { ndim: a.ndim, data };
}

/** Counts of n trials over categories with probabilities pvals, one row per output position. */
export function multinomial(rs: LegacyRandomState, n: number, pvals: ArrayLike, size: Size): NDArray {
  const { ndim, data: p } = vector(pvals);
  if (ndim === 0) throw new TypeError("pvals must be a 1-d sequence");
  if (ndim > 1) throw new Error(`object too deep for desired array`);
  const d = p.length;
  checkArray(p, "pvals", "bounded01");
  if (d && kahanSum(p.subarray(0, d - 1)) > 1 + 1e-12) throw new Error("sum(pvals[:-1]) > 1.0");
  const shape = withTrailing(size, d);
  const out = new Float64Array(sizeOf(shape));
  checkValue(n, "n", "nonNegative");
  const rows = d ? out.length / d : 0;
  for (let row = 0; row < rows; row++) {
    const off = row * d;
    let remaining = 1;
    let dn = n;
    // Each category's count is binomial given what the earlier ones took.
    for (let j = 0; j < d - 1; j++) {
      out[off + j] = multinomialBinomial(rs, dn, p[j] / remaining);
      dn -= out[off + j];
      if (dn <= 0) break;
      remaining -= p[j];
    }
    if (dn > 0) out[off + d - 1] = dn;
  }
  return NDArray.fromData(out, shape, "int64");
}

/** Dirichlet samples: k gammas with shapes alpha, divided by their sum (times its reciprocal). */
export function dirichlet(rs: LegacyRandomState, alpha: ArrayLike, size: Size): NDArray {
  const { ndim, data: a } = vector(alpha);
  if (ndim !== 1) throw new Error(`object of too small depth for desired array`);
  if (a.some((x) => x <= 0)) throw new Error("alpha <= 0");
  const k = a.length;
  const shape = withTrailing(size, k);
  const out = new Float64Array(sizeOf(shape));
  for (let i = 0; i < out.length; i += k) {
    let acc = 0;
    for (let j = 0; j < k; j++) {
      out[i + j] = standardGamma(rs, a[j]);
      acc += out[i + j];
    }
    const inv = 1 / acc;
    for (let j = 0; j < k; j++) out[i + j] *= inv;
  }
  return NDArray.fromData(out, shape, "float64");
}

/** Options of `multivariateNormal`, numpy's keyword arguments. */
export interface MultivariateNormalOptions {
  size?: Size;
  /** What a covariance that is not positive-semidefinite does: "warn" (default), "raise" or "ignore". */
  checkValid?: "warn" | "raise" | "ignore";
  tol?: number;
}

/** cov's SVD (s, V row-major): np.linalg.svd, which is numpy's LAPACK result up to 25×25. */
function covarianceSvd(c: NDArray, d: number): { s: Float64Array; v: Float64Array } {
  const [, s, v] = svd(c) as [NDArray, NDArray, NDArray];
  return { s: Float64Array.from({ length: d }, (_, i) => s.getFlat(i)), v: Float64Array.from({ length: d * d }, (_, i) => v.getFlat(i)) };
}

/**
 * x (rows × d) times a (d × d) rounded as numpy's np.dot gets it from OpenBLAS (checked against
 * np.dot up to 20001 rows): one row is a dgemv on a's memory read column-major, more rows a dgemm on
 * the column-major views (the d × rows result aᵀ xᵀ is the row-major rows × d product).
 */
function timesMatrix(x: Float64Array, rows: number, a: Float64Array, d: number): Float64Array {
  if (rows === 1) return gemvN(d, d, { a, off: 0, ld: d }, { a: x, off: 0, inc: 1 });
  return gemm(d, rows, d, { a, off: 0, ld: d }, { a: x, off: 0, ld: d });
}

/**
 * Rows of standard normals mapped by sqrt(s)[:, None] * V (cov = U S V from the SVD), plus mean.
 * For covariances up to 25×25 the SVD is LAPACK's own path (linalg_lapack_svd.ts), so the values are
 * numpy's, singular-vector signs included.
 */
export function multivariateNormal(rs: LegacyRandomState, mean: ArrayLike, cov: ArrayLike, opts: MultivariateNormalOptions = {}): NDArray {
  const { size = null, checkValid = "warn", tol = 1e-8 } = opts;
  const m = asarray(mean, { dtype: "float64" });
  const c = asarray(cov, { dtype: "float64" });
  const shape = size === null || size === undefined ? [] : typeof size === "number" ? [size] : [...size];
  if (m.ndim !== 1) throw new Error("mean must be 1 dimensional");
  if (c.ndim !== 2 || c.shape[0] !== c.shape[1]) throw new Error("cov must be 2 dimensional and square");
  if (m.shape[0] !== c.shape[0]) throw new Error("mean and cov must have same length");
  const d = m.shape[0];
  const finalShape = [...shape, d];
  const x = rs.fillGauss(sizeOf(finalShape));
  const { s, v } = covarianceSvd(c, d);
  if (checkValid !== "ignore") {
    if (checkValid !== "warn" && checkValid !== "raise") throw new Error("check_valid must equal 'warn', 'raise', or 'ignore'");
    // v.T * s · v reconstructs cov when it is symmetric positive-semidefinite.
    const sv = new Float64Array(d * d);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) sv[i * d + j] = s[i] * v[i * d + j];
    const rebuilt = dot(NDArray.fromData(sv, [d, d], "float64").T, NDArray.fromData(v, [d, d], "float64"));
    if (!allclose(rebuilt, c, { rtol: tol, atol: tol })) {
      if (checkValid === "raise") throw new Error("covariance is not symmetric positive-semidefinite.");
      console.warn("RuntimeWarning: covariance is not symmetric positive-semidefinite.");
    }
  }
  const a = new Float64Array(d * d);
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) a[i * d + j] = Math.sqrt(s[i]) * v[i * d + j];
  const rows = d ? x.length / d : 0;
  const out = timesMatrix(x, rows, a, d);
  for (let i = 0; i < out.length; i++) out[i] += m.getFlat(i % d);
  return NDArray.fromData(out, finalShape, "float64");
}
