// np.linalg's factorisations and what is built on them, written here: LU with partial pivoting (inv,
// solve, det, slogdet), Cholesky, Householder QR (LAPACK's dlarfg sign convention), cyclic Jacobi for
// symmetric eigenproblems (eigh, eigvalsh), SVD (svd and svdvals: LAPACK dgesdd's own path when the
// smaller side is at most 25, linalg_lapack_svd.ts; one-sided Jacobi otherwise and for pinv, lstsq,
// matrixRank, cond), shifted QR iteration for real eigenvalues of general matrices (eig, eigvals), and
// the array-API helpers (matrixPower, multiDot, outer, trace, matrixTranspose, vecdot, matrixNorm,
// vectorNorm). Every function takes stacks of matrices (..., M, N) as numpy does.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, promote } from "./dtype";
import { sizeOf, normAxis } from "./shape";
import { asarray, eye } from "./creation";
import { broadcastShapes } from "./broadcast";
import { broadcastTo, swapaxes } from "./manipulation";
import { sum } from "./reduce";
import { multiply } from "./ufunc";
import { dot, matmul, norm } from "./linalg";
import type { NormOptions } from "./linalg";
import { lapackSvd } from "./linalg_lapack_svd";
import { trace as traceFn, diagonal as diagonalFn } from "./picking";
import { cross as crossFn, tensordot } from "./maths";
import { glibcLog } from "./random/glibc_log";

/**
 * numpy's LinAlgError.
 * @example
 * const err = (() => { try { np.linalg.inv([[1, 2], [2, 4]]); } catch (e) { return e; } })();
 * err instanceof np.linalg.LinAlgError // → true
 * err.message // → 'Singular matrix'
 */
export class LinAlgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LinAlgError";
  }
}

const EPS = 2.220446049250313e-16;

/** A stack of matrices as row-major Float64Arrays, with the batch shape and the result dtype. */
interface Stack { batch: number[]; m: number; n: number; mats: Float64Array[]; dtype: DType }

function stack(a: ArrayLike, square = false): Stack {
  const x = asarray(a);
  if (x.ndim < 2) throw new LinAlgError(`${x.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const m = x.shape[x.ndim - 2], n = x.shape[x.ndim - 1];
  if (square && m !== n) throw new LinAlgError("Last 2 dimensions of the array must be square");
  const batch = x.shape.slice(0, -2);
  const c = x.contiguousData();
  const k = sizeOf(batch), mn = m * n;
  const mats = Array.from({ length: k }, (_, i) => Float64Array.from(c.subarray(i * mn, (i + 1) * mn)));
  return { batch, m, n, mats, dtype: x.dtype === "float32" ? "float32" : "float64" };
}

/** Stacked results back into one array of shape batch + tail. */
function unstack(vals: (Float64Array | number[])[], batch: number[], tail: number[], dtype: DType): NDArray {
  const per = sizeOf(tail);
  const out = new Float64Array(vals.length * per);
  vals.forEach((v, i) => out.set(v, i * per));
  const r = new NDArray(out, [...batch, ...tail], "float64");
  return dtype === "float64" ? r : r.astype(dtype);
}

// ---------------------------------------------------------------- LU

/** LU with partial pivoting in place (row-major n×n): returns the pivot rows and the permutation's sign, or null entries for a zero pivot. */
function lu(A: Float64Array, n: number): { piv: number[]; sign: number; singular: boolean } {
  const piv: number[] = [];
  let sign = 1, singular = false;
  for (let k = 0; k < n; k++) {
    let p = k, best = Math.abs(A[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(A[i * n + k]);
      if (v > best) (best = v), (p = i);
    }
    piv.push(p);
    if (p !== k) {
      sign = -sign;
      for (let j = 0; j < n; j++) {
        const t = A[k * n + j];
        A[k * n + j] = A[p * n + j];
        A[p * n + j] = t;
      }
    }
    const d = A[k * n + k];
    if (d === 0) {
      singular = true;
      continue;
    }
    for (let i = k + 1; i < n; i++) {
      const f = (A[i * n + k] /= d);
      if (f !== 0) for (let j = k + 1; j < n; j++) A[i * n + j] -= f * A[k * n + j];
    }
  }
  return { piv, sign, singular };
}

/** Solves LU x = P b for nrhs columns of B (row-major n×nrhs), in place. */
function luSolve(A: Float64Array, n: number, piv: number[], B: Float64Array, nrhs: number): void {
  for (let k = 0; k < n; k++)
    if (piv[k] !== k)
      for (let j = 0; j < nrhs; j++) {
        const t = B[k * nrhs + j];
        B[k * nrhs + j] = B[piv[k] * nrhs + j];
        B[piv[k] * nrhs + j] = t;
      }
  for (let i = 0; i < n; i++)
    for (let k = 0; k < i; k++) {
      const f = A[i * n + k];
      if (f !== 0) for (let j = 0; j < nrhs; j++) B[i * nrhs + j] -= f * B[k * nrhs + j];
    }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) {
      const f = A[i * n + k];
      if (f !== 0) for (let j = 0; j < nrhs; j++) B[i * nrhs + j] -= f * B[k * nrhs + j];
    }
    const d = A[i * n + i];
    for (let j = 0; j < nrhs; j++) B[i * nrhs + j] /= d;
  }
}

/**
 * Inverse of a square matrix (or each of a stack); LinAlgError "Singular matrix" when there is none.
 * @example
 * np.linalg.inv([[1, 2], [3, 4]]) // → array([[-2. ,  1. ],
 * //        [ 1.5, -0.5]])
 */
export function inv(a: ArrayLike): NDArray {
  const s = stack(a, true);
  const n = s.n;
  const res = s.mats.map((A) => {
    const { piv, singular } = lu(A, n);
    if (singular) throw new LinAlgError("Singular matrix");
    const B = eye(n).data as Float64Array;
    const b = Float64Array.from(B);
    luSolve(A, n, piv, b, n);
    return b;
  });
  return unstack(res, s.batch, [n, n], s.dtype);
}

/**
 * Solves a x = b for x: b a vector (shape (M,)) or a stack of matrices (..., M, K).
 * @example
 * np.linalg.solve([[3, 1], [1, 2]], [9, 8]) // → array([2., 3.])
 */
export function solve(a: ArrayLike, b: ArrayLike): NDArray {
  const A = asarray(a), B0 = asarray(b);
  const sa = stack(A, true);
  const n = sa.n;
  const vec = B0.ndim === 1;
  const B = vec ? B0.reshape(-1, 1) : B0;
  const sig = vec ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
  if (B.ndim < 2 && !vec) throw new Error(`solve: Input operand 1 does not have enough dimensions (has ${B0.ndim}, gufunc core with signature ${sig} requires 2)`);
  if (B.shape[B.ndim - 2] !== n)
    throw new Error(`solve${vec ? "1" : ""}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${B.shape[B.ndim - 2]} is different from ${n})`);
  const k = B.shape[B.ndim - 1];
  const batch = vec ? sa.batch : broadcastShapes(sa.batch, B.shape.slice(0, -2));
  const Ab = broadcastTo(A, [...batch, n, n]), Bb = broadcastTo(vec ? B0 : B, vec ? [...batch, n] : [...batch, n, k]);
  const As = stack(Ab).mats;
  const Bs = vec ? stack(Bb.reshape([...batch, n, 1])).mats : stack(Bb).mats;
  const res = As.map((M, i) => {
    const { piv, singular } = lu(M, n);
    if (singular) throw new LinAlgError("Singular matrix");
    const x = Bs[i];
    luSolve(M, n, piv, x, vec ? 1 : k);
    return x;
  });
  const dtype: DType = sa.dtype === "float32" && B0.dtype === "float32" ? "float32" : "float64";
  return unstack(res, batch, vec ? [n] : [n, k], dtype);
}

function slogdetOne(A: Float64Array, n: number): [number, number] {
  const { sign } = lu(A, n);
  let sg = sign, logdet = 0;
  for (let i = 0; i < n; i++) {
    const d = A[i * n + i];
    if (d === 0) return [0, -Infinity];
    if (d < 0) sg = -sg;
    logdet += glibcLog(Math.abs(d)); // glibc's correctly rounded log, as numpy's (V8's Math.log(3) is an ulp low)
  }
  return [sg, logdet];
}

/**
 * Sign and natural log of |det| (no overflow): `[sign, logabsdet]`, numbers for one matrix, arrays for a stack.
 * @example np.linalg.slogdet([[1, 2], [3, 4]])  // [-1, 0.6931471805599455]
 */
export function slogdet(a: ArrayLike): [any, any] {
  const s = stack(a, true);
  const r = s.mats.map((A) => slogdetOne(A, s.n));
  if (s.batch.length === 0) return r[0];
  return [unstack(r.map((p) => [p[0]]), s.batch, [], s.dtype), unstack(r.map((p) => [p[1]]), s.batch, [], s.dtype)];
}

/**
 * Determinant, numpy's way: sign·exp(log|det|) from the LU factors (so det([[1,2],[3,4]]) is -2.0000000000000004).
 * @example
 * np.linalg.det([[1, 2], [3, 4]]) // → -2.0000000000000004
 */
export function det(a: ArrayLike): any {
  const s = stack(a, true);
  const r = s.mats.map((A) => {
    const [sg, ld] = slogdetOne(A, s.n);
    return [sg * Math.exp(ld)];
  });
  return s.batch.length === 0 ? (s.dtype === "float32" ? Math.fround(r[0][0]) : r[0][0]) : unstack(r, s.batch, [], s.dtype);
}

// ---------------------------------------------------------------- Cholesky, QR

/**
 * Cholesky factor L (lower, L·Lᵀ = a) from a's lower triangle; `{ upper: true }` gives Lᵀ.
 * LinAlgError "Matrix is not positive definite" otherwise.
 * @example
 * np.linalg.cholesky([[4, 2], [2, 3]]) // → array([[2.        , 0.        ],
 * //        [1.        , 1.41421356]])
 */
export function cholesky(a: ArrayLike, opts: { upper?: boolean } = {}): NDArray {
  const s = stack(a, true);
  const n = s.n;
  const res = s.mats.map((A) => {
    const L = new Float64Array(n * n);
    for (let j = 0; j < n; j++) {
      let d = A[j * n + j];
      for (let k = 0; k < j; k++) d -= L[j * n + k] * L[j * n + k];
      if (!(d > 0)) throw new LinAlgError("Matrix is not positive definite");
      const ljj = Math.sqrt(d);
      L[j * n + j] = ljj;
      for (let i = j + 1; i < n; i++) {
        let v = A[i * n + j];
        for (let k = 0; k < j; k++) v -= L[i * n + k] * L[j * n + k];
        L[i * n + j] = v / ljj;
      }
    }
    if (!opts.upper) return L;
    const U = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) U[i * n + j] = L[j * n + i];
    return U;
  });
  return unstack(res, s.batch, [n, n], s.dtype);
}

/** Householder QR of an m×n row-major matrix: R (m×n, upper) and the reflectors (v, tau), LAPACK's dgeqr2. */
function householder(A: Float64Array, m: number, n: number): { R: Float64Array; vs: Float64Array[]; taus: number[] } {
  const R = Float64Array.from(A);
  const k = Math.min(m, n);
  const vs: Float64Array[] = [], taus: number[] = [];
  for (let j = 0; j < k; j++) {
    const alpha = R[j * n + j];
    let xnorm = 0;
    for (let i = j + 1; i < m; i++) xnorm = Math.hypot(xnorm, R[i * n + j]);
    const v = new Float64Array(m);
    v[j] = 1;
    let tau = 0;
    if (xnorm !== 0) {
      const beta = -(alpha >= 0 ? 1 : -1) * Math.hypot(alpha, xnorm);
      tau = (beta - alpha) / beta;
      const scale = 1 / (alpha - beta);
      for (let i = j + 1; i < m; i++) v[i] = R[i * n + j] * scale;
      // apply H = I - tau v vᵀ to the columns right of j; column j becomes (beta, 0, ...)
      for (let c = j + 1; c < n; c++) {
        let w = 0;
        for (let i = j; i < m; i++) w += v[i] * R[i * n + c];
        w *= tau;
        for (let i = j; i < m; i++) R[i * n + c] -= w * v[i];
      }
      R[j * n + j] = beta;
      for (let i = j + 1; i < m; i++) R[i * n + j] = 0;
    }
    vs.push(v);
    taus.push(tau);
  }
  return { R, vs, taus };
}

/** Q's first `cols` columns (m×cols) from the reflectors, LAPACK's dorg2r. */
function formQ(vs: Float64Array[], taus: number[], m: number, cols: number): Float64Array {
  const Q = new Float64Array(m * cols);
  for (let i = 0; i < Math.min(m, cols); i++) Q[i * cols + i] = 1;
  for (let j = vs.length - 1; j >= 0; j--) {
    const v = vs[j], tau = taus[j];
    if (tau === 0) continue;
    for (let c = 0; c < cols; c++) {
      let w = 0;
      for (let i = j; i < m; i++) w += v[i] * Q[i * cols + c];
      w *= tau;
      for (let i = j; i < m; i++) Q[i * cols + c] -= w * v[i];
    }
  }
  return Q;
}

/**
 * QR factorisation by Householder reflections with LAPACK's signs (R's diagonal is -sign(a_kk)·norm):
 * `[Q, R]` for mode "reduced" (default) or "complete", R alone for "r".
 * @example const [Q, R] = np.linalg.qr([[1, 2], [3, 4]])  // R: array([[-3.16227766, -4.42718872], [ 0.        , -0.63245553]])
 */
export function qr(a: ArrayLike, mode: "reduced" | "complete" | "r" | { mode?: "reduced" | "complete" | "r" } = "reduced"): any {
  const md = typeof mode === "string" ? mode : mode.mode ?? "reduced";
  if (!["reduced", "complete", "r"].includes(md)) throw new Error(`Unrecognized mode '${md}'`);
  const s = stack(a);
  const { m, n } = s;
  const k = Math.min(m, n);
  const qs: Float64Array[] = [], rs: Float64Array[] = [];
  const rRows = md === "complete" ? m : k;
  for (const A of s.mats) {
    const { R, vs, taus } = householder(A, m, n);
    rs.push(R.subarray(0, rRows * n));
    if (md !== "r") qs.push(formQ(vs, taus, m, md === "complete" ? m : k));
  }
  const R = unstack(rs, s.batch, [rRows, n], s.dtype);
  if (md === "r") return R;
  return [unstack(qs, s.batch, [m, md === "complete" ? m : k], s.dtype), R];
}

// ---------------------------------------------------------------- symmetric eigenproblem

/** Cyclic Jacobi on a symmetric n×n matrix: eigenvalues ascending and the eigenvectors as columns. */
function jacobiEigh(S: Float64Array, n: number): { w: number[]; V: Float64Array } {
  const A = Float64Array.from(S);
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0, tot = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const v = A[i * n + j] * A[i * n + j];
        tot += v;
        if (i !== j) off += v;
      }
    if (off <= 1e-30 * tot || off === 0) break;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q];
        if (apq === 0) continue;
        const theta = (A[q * n + q] - A[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p], akq = A[k * n + q];
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k], aqk = A[q * n + k];
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p], vkq = V[k * n + q];
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => A[i * n + i] - A[j * n + j]);
  const Vs = new Float64Array(n * n);
  order.forEach((src, dst) => {
    for (let k = 0; k < n; k++) Vs[k * n + dst] = V[k * n + src];
  });
  return { w: order.map((i) => A[i * n + i]), V: Vs };
}

/** The symmetric matrix numpy's eigh sees: one triangle ("L": lower, "U": upper) mirrored. */
function symmetrize(A: Float64Array, n: number, uplo: string): Float64Array {
  if (uplo !== "L" && uplo !== "U") throw new Error("UPLO argument must be 'L' or 'U'");
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const lower = uplo === "L" ? i >= j : i <= j;
      S[i * n + j] = lower ? A[i * n + j] : A[j * n + i];
    }
  return S;
}

/**
 * Eigenvalues (ascending) and eigenvectors (columns, unit length; each one's sign is arbitrary, as in
 * numpy) of a symmetric matrix, reading its lower triangle (`{ UPLO: "U" }`: the upper).
 * @example const [w, v] = np.linalg.eigh([[2, 1], [1, 2]])  // w: array([1., 3.])
 */
export function eigh(a: ArrayLike, opts: { UPLO?: "L" | "U" } = {}): [NDArray, NDArray] {
  const s = stack(a, true);
  const n = s.n;
  const r = s.mats.map((A) => jacobiEigh(symmetrize(A, n, opts.UPLO ?? "L"), n));
  return [unstack(r.map((e) => e.w), s.batch, [n], s.dtype), unstack(r.map((e) => e.V), s.batch, [n, n], s.dtype)];
}

/**
 * Eigenvalues of a symmetric matrix, ascending. @example np.linalg.eigvalsh([[2, 1], [1, 2]])  // array([1., 3.])
 */
export function eigvalsh(a: ArrayLike, opts: { UPLO?: "L" | "U" } = {}): NDArray {
  return eigh(a, opts)[0];
}

// ---------------------------------------------------------------- SVD

/** One-sided Jacobi SVD of an m×n matrix: U (m×k), s (k, descending), V (n×k), k = min(m, n). */
function jacobiSvd(A: Float64Array, m: number, n: number): { U: Float64Array; s: number[]; V: Float64Array; k: number } {
  if (m < n) {
    const T = new Float64Array(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) T[j * m + i] = A[i * n + j];
    const r = jacobiSvd(T, n, m);
    return { U: r.V, s: r.s, V: r.U, k: r.k };
  }
  // columns of A as vectors, rotated until orthogonal
  const cols = Array.from({ length: n }, (_, j) => Float64Array.from({ length: m }, (_, i) => A[i * n + j]));
  const vcols = Array.from({ length: n }, (_, j) => Float64Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 80; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        const up = cols[p], uq = cols[q];
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0; i < m; i++) (alpha += up[i] * up[i]), (beta += uq[i] * uq[i]), (gamma += up[i] * uq[i]);
        if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (let i = 0; i < m; i++) {
          const x = up[i], y = uq[i];
          up[i] = c * x - s * y;
          uq[i] = s * x + c * y;
        }
        const vp = vcols[p], vq = vcols[q];
        for (let i = 0; i < n; i++) {
          const x = vp[i], y = vq[i];
          vp[i] = c * x - s * y;
          vq[i] = s * x + c * y;
        }
      }
    if (!rotated) break;
  }
  const sv = cols.map((u) => Math.sqrt(u.reduce((p, x) => p + x * x, 0)));
  const order = sv.map((_, i) => i).sort((i, j) => sv[j] - sv[i]);
  const k = n;
  const U = new Float64Array(m * k), V = new Float64Array(n * k);
  const uList: Float64Array[] = [];
  order.forEach((src, dst) => {
    const sigma = sv[src];
    const u = cols[src].map((x) => (sigma > 0 ? x / sigma : 0));
    uList.push(sigma > 0 ? u : new Float64Array(m));
    for (let i = 0; i < n; i++) V[i * k + dst] = vcols[src][i];
  });
  // zero singular values: complete U's columns to an orthonormal set
  completeBasis(uList, m, order.map((i) => sv[i] > 0));
  uList.forEach((u, dst) => {
    for (let i = 0; i < m; i++) U[i * k + dst] = u[i];
  });
  return { U, s: order.map((i) => sv[i]), V, k };
}

/** Replaces the vectors not marked `ok` by unit vectors orthogonal to all the others (Gram–Schmidt on e_1, e_2, ...). */
function completeBasis(vecs: Float64Array[], m: number, ok: boolean[]): void {
  let e = 0;
  for (let j = 0; j < vecs.length; j++) {
    if (ok[j]) continue;
    for (; e < m; e++) {
      const v = new Float64Array(m);
      v[e] = 1;
      for (let pass = 0; pass < 2; pass++)
        vecs.forEach((u, i) => {
          if (i === j || (!ok[i] && i > j)) return;
          let d = 0;
          for (let t = 0; t < m; t++) d += u[t] * v[t];
          for (let t = 0; t < m; t++) v[t] -= d * u[t];
        });
      const nv = Math.sqrt(v.reduce((p, x) => p + x * x, 0));
      if (nv > 1e-8) {
        vecs[j] = v.map((x) => x / nv);
        ok[j] = true;
        e++;
        break;
      }
    }
  }
}

/** An SVD for `svd`: U m×k, V n×k (row-major, k = min(m, n)); with full matrices, numpy's own m×m U and n×n Vh when LAPACK's path gave them. */
type SvdParts = { U: Float64Array; s: number[]; V: Float64Array; k: number; fullU?: Float64Array; fullVh?: Float64Array };

/**
 * The SVD as numpy gets it from LAPACK where that path is reproduced (min(m, n) up to 25: same
 * values and singular-vector signs, linalg_lapack_svd.ts), one-sided Jacobi elsewhere.
 */
function numpySvd(A: Float64Array, m: number, n: number, full: boolean): SvdParts {
  const r = lapackSvd(A, m, n, full);
  if (!r) return jacobiSvd(A, m, n);
  const k = Math.min(m, n);
  const uCols = full ? m : k;
  const U = new Float64Array(m * k);
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) U[i * k + j] = r.u[i * uCols + j];
  const V = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) V[i * k + j] = r.vh[j * n + i];
  return full ? { U, s: Array.from(r.s), V, k, fullU: r.u, fullVh: r.vh } : { U, s: Array.from(r.s), V, k };
}

export interface SvdOptions { fullMatrices?: boolean; computeUv?: boolean; hermitian?: boolean }

/**
 * Singular value decomposition a = U·diag(S)·Vh: `[U, S, Vh]` (S descending), or S alone with
 * `{ computeUv: false }`. Matrices whose smaller side is at most 25 get numpy's own factors bit for
 * bit, singular-vector signs included (LAPACK's dgesdd reproduced; S alone comes from the same path,
 * numpy's LAPACK uses another algorithm there, so S may differ in the last bits); for larger ones
 * the signs of matching singular vectors may differ from numpy's (any choice is valid).
 * @example
 * const [U, S, Vh] = np.linalg.svd([[3, 0], [4, 5]], { fullMatrices: false });
 * S // → array([6.70820393, 2.23606798])
 * U // → array([[-0.31622777, -0.9486833 ],
 * //        [-0.9486833 ,  0.31622777]])
 */
export function svd(a: ArrayLike, opts: SvdOptions = {}): any {
  const s = stack(a);
  const { m, n } = s;
  const k = Math.min(m, n);
  const full = opts.fullMatrices ?? true;
  const rs = s.mats.map((A) => numpySvd(A, m, n, full));
  const S = unstack(rs.map((r) => r.s), s.batch, [k], s.dtype);
  if (opts.computeUv === false) return S;
  const ucols = full ? m : k, vcols = full ? n : k;
  const Us = rs.map((r: SvdParts) => r.fullU ?? widen(r.U, m, k, ucols));
  const Vhs = rs.map((r: SvdParts) => {
    if (r.fullVh) return r.fullVh;
    const V = widen(r.V, n, k, vcols);
    const Vh = new Float64Array(vcols * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < vcols; j++) Vh[j * n + i] = V[i * vcols + j];
    return Vh;
  });
  return [unstack(Us, s.batch, [m, ucols], s.dtype), S, unstack(Vhs, s.batch, [vcols, n], s.dtype)];
}

/** An m×k matrix of orthonormal columns widened to m×cols by completing the basis. */
function widen(U: Float64Array, m: number, k: number, cols: number): Float64Array {
  if (cols === k) return U;
  const vecs = Array.from({ length: cols }, (_, j) => (j < k ? Float64Array.from({ length: m }, (_, i) => U[i * k + j]) : new Float64Array(m)));
  completeBasis(vecs, m, vecs.map((_, j) => j < k));
  const W = new Float64Array(m * cols);
  vecs.forEach((v, j) => {
    for (let i = 0; i < m; i++) W[i * cols + j] = v[i];
  });
  return W;
}

/** Singular values, descending. @example np.linalg.svdvals([[3, 0], [0, 4]])  // array([4., 3.]) */
export function svdvals(x: ArrayLike): NDArray {
  return svd(x, { computeUv: false });
}

/**
 * Moore–Penrose pseudo-inverse from the SVD; singular values below rcond·max(S) count as zero
 * (rcond 1e-15 by default, or `rtol`).
 * @example
 * np.linalg.pinv([[1, 2], [2, 4]]) // → array([[0.04, 0.08],
 * //        [0.08, 0.16]])
 */
export function pinv(a: ArrayLike, opts: { rcond?: number; rtol?: number | null; hermitian?: boolean } = {}): NDArray {
  const s = stack(a);
  const { m, n } = s;
  if (opts.rcond !== undefined && opts.rtol !== undefined) throw new Error("`rtol` and `rcond` can't be both set.");
  const rcond = opts.rcond ?? (opts.rtol === undefined ? 1e-15 : opts.rtol === null ? Math.max(m, n) * EPS : opts.rtol);
  const res = s.mats.map((A) => pinvOne(A, m, n, rcond).P);
  return unstack(res, s.batch, [n, m], s.dtype);
}

/** The pseudo-inverse (n×m) and the rank at cutoff rcond·max(S). */
function pinvOne(A: Float64Array, m: number, n: number, rcond: number): { P: Float64Array; rank: number; s: number[] } {
  const { U, s, V, k } = jacobiSvd(A, m, n);
  const cutoff = rcond * (s.length ? Math.max(...s) : 0);
  const inv = s.map((x) => (x > cutoff ? 1 / x : 0));
  const P = new Float64Array(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let t = 0;
      for (let q = 0; q < k; q++) t += V[i * k + q] * inv[q] * U[j * k + q];
      P[i * m + j] = t;
    }
  return { P, rank: inv.filter((x) => x !== 0).length, s };
}

/**
 * Least-squares solution of a x = b: `[x, residuals, rank, s]` as numpy returns them (residuals are
 * the squared 2-norms of b - a x per column when a has full column rank and more rows than columns,
 * else empty); rcond defaults to eps·max(M, N).
 * @example
 * const [x, res, rank, sv] = np.linalg.lstsq([[1, 0], [1, 1], [1, 2]], [1, 2, 4]);
 * x // → array([0.83333333, 1.5       ])
 * rank // → 2
 */
export function lstsq(a: ArrayLike, b: ArrayLike, opts: { rcond?: number | null } = {}): [NDArray, NDArray, number, NDArray] {
  const A = asarray(a), B0 = asarray(b);
  const is1d = B0.ndim === 1;
  const B = is1d ? B0.reshape(-1, 1) : B0;
  for (const x of [A, B]) if (x.ndim !== 2) throw new LinAlgError(`${x.ndim}-dimensional array given. Array must be two-dimensional`);
  const [m, n] = A.shape, [m2, k] = B.shape;
  if (m !== m2) throw new LinAlgError("Incompatible dimensions");
  const rcond = opts.rcond ?? EPS * Math.max(m, n);
  const sa = stack(A), sb = stack(B);
  const { P, rank, s } = pinvOne(sa.mats[0], m, n, rcond);
  const Bm = sb.mats[0];
  const X = new Float64Array(n * k);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < k; j++) {
      let t = 0;
      for (let q = 0; q < m; q++) t += P[i * m + q] * Bm[q * k + j];
      X[i * k + j] = t;
    }
  const dtype: DType = A.dtype === "float32" && B0.dtype === "float32" ? "float32" : "float64";
  let resid: number[] = [];
  if (rank === n && m > n) {
    resid = Array.from({ length: k }, (_, j) => {
      let r2 = 0;
      for (let i = 0; i < m; i++) {
        let t = Bm[i * k + j];
        for (let q = 0; q < n; q++) t -= sa.mats[0][i * n + q] * X[q * k + j];
        r2 += t * t;
      }
      return r2;
    });
  }
  const x = unstack([X], [], is1d ? [n] : [n, k], dtype);
  return [x, unstack([resid], [], [resid.length], dtype), rank, unstack([s], [], [s.length], dtype)];
}

/**
 * Rank: the number of singular values above max(S)·max(M, N)·eps (or `tol`, or `rtol`·max(S)).
 * @example
 * np.linalg.matrixRank([[1, 2], [2, 4]]) // → 1
 */
export function matrixRank(A: ArrayLike, opts: { tol?: number; rtol?: number; hermitian?: boolean } = {}): any {
  const x = asarray(A);
  if (x.ndim < 2) {
    const f = x.astype("float64").ravel();
    for (let i = 0; i < f.size; i++) if (f.data[f.offset + i] !== 0) return 1;
    return 0;
  }
  const S = svdvals(x).astype("float64");
  const k = S.shape[S.ndim - 1], m = x.shape[x.ndim - 2], n = x.shape[x.ndim - 1];
  const c = S.copy();
  const per = sizeOf(S.shape.slice(0, -1));
  const ranks = Array.from({ length: per }, (_, i) => {
    const row = c.data.subarray(i * k, (i + 1) * k);
    const smax = row.length ? Math.max(0, ...row) : 0;
    const tol = opts.tol ?? smax * (opts.rtol ?? Math.max(m, n) * (x.dtype === "float32" ? 1.1920929e-7 : EPS));
    return row.filter((v) => v > tol).length;
  });
  if (S.ndim === 1) return ranks[0];
  return new NDArray(Float64Array.from(ranks), S.shape.slice(0, -1), "int64");
}

/**
 * Condition number: max(S)/min(S) for p = None/2 (min/max for -2), else norm(a, p)·norm(inv(a), p).
 * @example
 * np.linalg.cond([[1, 0], [0, 2]]) // → 2
 */
export function cond(x: ArrayLike, p: number | "fro" | "nuc" | null = null): any {
  const X = asarray(x);
  let r: NDArray;
  if (p === null || p === 2 || p === -2) {
    const S = svdvals(X).astype("float64");
    const k = S.shape[S.ndim - 1];
    const lo = S.get("...", k - 1), hi = S.get("...", 0);
    r = p === -2 ? (lo.divide(hi) as NDArray) : (hi.divide(lo) as NDArray);
  } else {
    stack(X, true);
    let invx: NDArray;
    try {
      invx = inv(X);
    } catch (e) {
      if (!(e instanceof LinAlgError)) throw e;
      invx = asarray(X).astype("float64").multiply(NaN) as NDArray;
    }
    const o = { ord: p as NormOptions["ord"], axis: [-2, -1] as [number, number] };
    r = multiply(norm(X, o), norm(invx, o));
    r = r.ndim === 0 ? r : r;
    // singular: numpy returns inf where the inverse failed
    const d = r.copy();
    for (let i = 0; i < d.size; i++) if (d.data[i] !== d.data[i]) d.data[i] = Infinity;
    r = d;
  }
  return r.ndim === 0 ? r.item() : r;
}

// ---------------------------------------------------------------- general (non-symmetric) eigenproblem

/** Real eigenvalues of a general n×n matrix by shifted QR iteration on the Hessenberg form; throws for complex pairs. */
function realEigenvalues(A0: Float64Array, n: number): number[] {
  const H = Float64Array.from(A0);
  // Householder reduction to upper Hessenberg form
  for (let k = 0; k < n - 2; k++) {
    let alpha = H[(k + 1) * n + k], xnorm = 0;
    for (let i = k + 2; i < n; i++) xnorm = Math.hypot(xnorm, H[i * n + k]);
    if (xnorm === 0) continue;
    const beta = -(alpha >= 0 ? 1 : -1) * Math.hypot(alpha, xnorm);
    const v = new Float64Array(n);
    v[k + 1] = alpha - beta;
    for (let i = k + 2; i < n; i++) v[i] = H[i * n + k];
    const vv = v.reduce((p, x) => p + x * x, 0);
    for (let c = 0; c < n; c++) {
      let w = 0;
      for (let i = k + 1; i < n; i++) w += v[i] * H[i * n + c];
      w = (2 * w) / vv;
      for (let i = k + 1; i < n; i++) H[i * n + c] -= w * v[i];
    }
    for (let r = 0; r < n; r++) {
      let w = 0;
      for (let i = k + 1; i < n; i++) w += H[r * n + i] * v[i];
      w = (2 * w) / vv;
      for (let i = k + 1; i < n; i++) H[r * n + i] -= w * v[i];
    }
    alpha = 0;
  }
  const vals: number[] = [];
  let hi = n - 1, iter = 0;
  const complexErr = () => new LinAlgError("eig: complex results are not supported (this matrix has complex eigenvalues)");
  while (hi >= 0) {
    if (hi === 0) {
      vals.push(H[0]);
      break;
    }
    // find the active block [lo, hi]
    let lo = hi;
    while (lo > 0) {
      const s = Math.abs(H[(lo - 1) * n + lo - 1]) + Math.abs(H[lo * n + lo]);
      if (Math.abs(H[lo * n + lo - 1]) <= EPS * (s === 0 ? 1 : s)) break;
      lo--;
    }
    if (lo === hi) {
      vals.push(H[hi * n + hi]);
      hi--;
      iter = 0;
      continue;
    }
    const a = H[(hi - 1) * n + hi - 1], b = H[(hi - 1) * n + hi], c = H[hi * n + hi - 1], d = H[hi * n + hi];
    const tr = a + d, dt = a * d - b * c, disc = (tr * tr) / 4 - dt;
    if (lo === hi - 1) {
      if (disc < 0) throw complexErr();
      const sq = Math.sqrt(disc);
      const l1 = tr / 2 + (tr >= 0 ? sq : -sq);
      const l2 = l1 !== 0 ? dt / l1 : tr / 2 - sq;
      vals.push(l1, l2);
      hi -= 2;
      iter = 0;
      continue;
    }
    if (++iter > 60 * n) {
      if (disc < 0) throw complexErr();
      throw new LinAlgError("Eigenvalues did not converge");
    }
    // Wilkinson shift (the trailing 2×2's eigenvalue nearer d); an exceptional shift now and then
    let mu = disc >= 0 ? (Math.abs(tr / 2 + Math.sqrt(disc) - d) < Math.abs(tr / 2 - Math.sqrt(disc) - d) ? tr / 2 + Math.sqrt(disc) : tr / 2 - Math.sqrt(disc)) : d;
    if (iter % 11 === 0) mu = d + Math.abs(H[hi * n + hi - 1]);
    // one QR step on the block by Givens rotations: H - mu I = QR, H <- RQ + mu I
    for (let i = lo; i <= hi; i++) H[i * n + i] -= mu;
    const rots: [number, number][] = [];
    for (let i = lo; i < hi; i++) {
      const x = H[i * n + i], y = H[(i + 1) * n + i];
      const r = Math.hypot(x, y);
      const cs = r === 0 ? 1 : x / r, sn = r === 0 ? 0 : y / r;
      rots.push([cs, sn]);
      for (let j = lo; j < n; j++) {
        const p = H[i * n + j], q = H[(i + 1) * n + j];
        H[i * n + j] = cs * p + sn * q;
        H[(i + 1) * n + j] = -sn * p + cs * q;
      }
    }
    rots.forEach(([cs, sn], t) => {
      const i = lo + t;
      for (let r = 0; r <= Math.min(hi, i + 2); r++) {
        const p = H[r * n + i], q = H[r * n + i + 1];
        H[r * n + i] = cs * p + sn * q;
        H[r * n + i + 1] = -sn * p + cs * q;
      }
    });
    for (let i = lo; i <= hi; i++) H[i * n + i] += mu;
  }
  return vals;
}

/** A unit null vector of (A - λI) by inverse iteration. */
function eigenvector(A: Float64Array, n: number, lambda: number): Float64Array {
  const M = Float64Array.from(A);
  const scale = Math.max(1, ...Array.from(A, Math.abs));
  for (let i = 0; i < n; i++) M[i * n + i] -= lambda + scale * 1e-13;
  const { piv } = lu(M, n);
  for (let i = 0; i < n; i++) if (M[i * n + i] === 0) M[i * n + i] = scale * EPS;
  let v = new Float64Array(n).fill(1 / Math.sqrt(n));
  for (let it = 0; it < 3; it++) {
    const x = Float64Array.from(v);
    luSolve(M, n, piv, x, 1);
    const nv = Math.sqrt(x.reduce((p, t) => p + t * t, 0));
    v = x.map((t) => t / nv);
  }
  return v;
}

/**
 * Eigenvalues and right eigenvectors (unit columns) of a general square matrix whose eigenvalues are
 * all real; a matrix with complex eigenvalues throws (complex results are not supported). numpy gives
 * no order for them, and each vector's sign is arbitrary.
 * @example const [w, v] = np.linalg.eig([[2, 0], [1, 3]])  // w: array([3., 2.]) (in some order)
 */
export function eig(a: ArrayLike): [NDArray, NDArray] {
  const s = stack(a, true);
  const n = s.n;
  const r = s.mats.map((A) => {
    const w = realEigenvalues(A, n);
    const V = new Float64Array(n * n);
    w.forEach((l, j) => {
      const v = eigenvector(A, n, l);
      for (let i = 0; i < n; i++) V[i * n + j] = v[i];
    });
    return { w, V };
  });
  return [unstack(r.map((e) => e.w), s.batch, [n], s.dtype), unstack(r.map((e) => e.V), s.batch, [n, n], s.dtype)];
}

/** Eigenvalues of a general square matrix (all real, else an error). @example np.linalg.eigvals([[2, 0], [1, 3]]) */
export function eigvals(a: ArrayLike): NDArray {
  const s = stack(a, true);
  return unstack(s.mats.map((A) => realEigenvalues(A, s.n)), s.batch, [s.n], s.dtype);
}

// ---------------------------------------------------------------- array-API helpers

/**
 * a raised to the integer power n by repeated squaring (n = 0: the identity; n < 0: of the inverse).
 * @example
 * np.linalg.matrixPower([[1, 1], [1, 0]], 10) // → array([[89, 55],
 * //        [55, 34]])
 */
export function matrixPower(a: ArrayLike, n: number): NDArray {
  let x = asarray(a);
  if (!Number.isInteger(n)) throw new TypeError("exponent must be an integer");
  stack(x, true);
  if (n === 0) return broadcastTo(eye(x.shape[x.ndim - 1], { dtype: x.dtype }), x.shape).copy();
  if (n < 0) (x = inv(x)), (n = -n);
  if (n === 1) return x.copy();
  if (n === 2) return matmul(x, x);
  if (n === 3) return matmul(matmul(x, x), x);
  let z: NDArray | null = null, result: NDArray | null = null;
  while (n > 0) {
    z = z === null ? x : matmul(z, z);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : matmul(result, z);
  }
  return result!;
}

/**
 * Product of a chain of matrices in the cheapest order (the first may be 1-D as a row, the last as a column).
 * @example
 * np.linalg.multiDot([np.eye(2), np.arange(6).reshape(2, 3), np.ones([3, 2])]) // → array([[ 3.,  3.],
 * //        [12., 12.]])
 */
export function multiDot(arrays: readonly ArrayLike[]): NDArray {
  if (arrays.length < 2) throw new Error("Expecting at least two arrays.");
  if (arrays.length === 2) return dot(arrays[0], arrays[1]);
  const xs = arrays.map((v) => asarray(v));
  const first1 = xs[0].ndim === 1, last1 = xs[xs.length - 1].ndim === 1;
  if (first1) xs[0] = xs[0].reshape(1, -1);
  if (last1) xs[xs.length - 1] = xs[xs.length - 1].reshape(-1, 1);
  for (const x of xs) if (x.ndim !== 2) throw new LinAlgError(`${x.ndim}-dimensional array given. Array must be two-dimensional`);
  let r: NDArray;
  if (xs.length === 2) r = matmul(xs[0], xs[1]);
  else {
    // numpy's _multi_dot_matrix_chain_order
    const nn = xs.length;
    const p = [...xs.map((x) => x.shape[0]), xs[nn - 1].shape[1]];
    const m: number[][] = Array.from({ length: nn }, () => new Array(nn).fill(0));
    const sidx: number[][] = Array.from({ length: nn }, () => new Array(nn).fill(0));
    for (let l = 1; l < nn; l++)
      for (let i = 0; i < nn - l; i++) {
        const j = i + l;
        m[i][j] = Infinity;
        for (let k = i; k < j; k++) {
          const q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
          if (q < m[i][j]) (m[i][j] = q), (sidx[i][j] = k);
        }
      }
    const go = (i: number, j: number): NDArray => (i === j ? xs[i] : matmul(go(i, sidx[i][j]), go(sidx[i][j] + 1, j)));
    r = go(0, nn - 1);
  }
  if (first1 && last1) return r.reshape([]);
  if (first1) return r.reshape(-1);
  if (last1) return r.reshape(-1);
  return r;
}

/**
 * Outer product of two 1-D arrays (np.linalg.outer: no flattening).
 * @example
 * np.linalg.outer([1, 2], [3, 4, 5]) // → array([[ 3,  4,  5],
 * //        [ 6,  8, 10]])
 */
export function outer(x1: ArrayLike, x2: ArrayLike): NDArray {
  const a = asarray(x1), b = asarray(x2);
  if (a.ndim !== 1 || b.ndim !== 1)
    throw new Error(`Input arrays must be one-dimensional, but they are x1.ndim=${a.ndim} and x2.ndim=${b.ndim}.`);
  return multiply(a.reshape(-1, 1), b.reshape(1, -1));
}

/**
 * Sum of the diagonal of the last two axes (np.linalg.trace), with `offset`.
 * @example
 * np.linalg.trace([[1, 2], [3, 4]]) // → 5
 */
export function trace(x: ArrayLike, opts: { offset?: number } = {}): any {
  const a = asarray(x);
  if (a.ndim < 2) throw new Error(`diag requires an array of at least two dimensions`);
  return traceFn(a, { offset: opts.offset ?? 0, axis1: -2, axis2: -1 });
}

/**
 * Swaps the last two axes (a view). @example np.linalg.matrixTranspose(np.ones([2, 3, 4])).shape  // [2, 4, 3]
 */
export function matrixTranspose(x: ArrayLike): NDArray {
  const a = asarray(x);
  if (a.ndim < 2) throw new Error(`Input array must be at least 2-dimensional, but it is ${a.ndim}`);
  return swapaxes(a, -1, -2);
}

/**
 * Dot products of vectors along an axis (the last by default), broadcasting the rest.
 * @example
 * np.linalg.vecdot([[1, 2], [3, 4]], [1, 1]) // → array([3, 7])
 */
export function vecdot(x1: ArrayLike, x2: ArrayLike, opts: { axis?: number } = {}): any {
  const a = asarray(x1), b = asarray(x2);
  for (const [i, v] of [a, b].entries())
    if (v.ndim === 0) throw new Error(`vecdot: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature (n),(n)->() requires 1)`);
  const ax = opts.axis ?? -1;
  const aa = swapaxes(a, normAxis(ax, a.ndim), -1), bb = swapaxes(b, normAxis(ax, b.ndim), -1);
  const na = aa.shape[aa.ndim - 1], nb = bb.shape[bb.ndim - 1];
  if (na !== nb) throw new Error(`vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n),(n)->() (size ${nb} is different from ${na})`);
  return sum(multiply(aa, bb), { axis: -1 }).astype(promote(a.dtype, b.dtype));
}

/**
 * Matrix norm over the last two axes (np.linalg.matrix_norm): ord "fro" (default), "nuc", 1, -1, 2, -2, inf, -inf.
 * @example
 * np.linalg.matrixNorm([[3, 0], [0, 4]]) // → 5
 */
export function matrixNorm(x: ArrayLike, opts: { ord?: NormOptions["ord"]; keepdims?: boolean } = {}): any {
  const a = asarray(x);
  if (a.ndim < 2) throw new RangeError(`axis -2 is out of bounds for array of dimension ${a.ndim}`);
  const r = norm(a, { ord: opts.ord ?? "fro", axis: [-2, -1], keepdims: opts.keepdims ?? false });
  return r.ndim === 0 ? r.item() : r;
}

/**
 * Vector norm over an axis (all axes by default, as one vector): ord 2 (default), 1, inf, -inf, 0, p.
 * @example
 * np.linalg.vectorNorm([3, 4]) // → 5
 */
export function vectorNorm(x: ArrayLike, opts: { ord?: number; axis?: number | null; keepdims?: boolean } = {}): any {
  const a = asarray(x);
  const ord = opts.ord ?? 2;
  const axis = opts.axis ?? null;
  if (axis === null) {
    const r = norm(a.ravel(), { ord, axis: 0 });
    if (opts.keepdims) return r.reshape(a.shape.map(() => 1));
    return r.item();
  }
  return norm(a, { ord, axis, keepdims: opts.keepdims ?? false });
}

/**
 * Cross product of 3-element vectors along the last axis (np.linalg.cross: 3-vectors only).
 * @example
 * np.linalg.cross([1, 0, 0], [0, 1, 0]) // → array([0, 0, 1])
 */
export function cross(x1: ArrayLike, x2: ArrayLike, opts: { axis?: number } = {}): NDArray {
  const a = asarray(x1), b = asarray(x2);
  const ax = opts.axis ?? -1;
  const da = a.shape[normAxis(ax, a.ndim)], db = b.shape[normAxis(ax, b.ndim)];
  if (da !== 3 || db !== 3) throw new Error(`Both input arrays must be (arrays of) 3-dimensional vectors, but they are ${da} and ${db} dimensional instead.`);
  return crossFn(a, b, { axis: ax });
}

/**
 * Diagonals of the last two axes (np.linalg.diagonal), with `offset`.
 * @example
 * np.linalg.diagonal([[1, 2], [3, 4]]) // → array([1, 4])
 */
export function diagonal(x: ArrayLike, opts: { offset?: number } = {}): NDArray {
  const a = asarray(x);
  if (a.ndim < 2) throw new Error("diag requires an array of at least two dimensions");
  return diagonalFn(a, { offset: opts.offset ?? 0, axis1: -2, axis2: -1 });
}

/**
 * The inverse of a tensor under tensordot over its first `ind` axes: shape a.shape[ind:] + a.shape[:ind].
 * @example np.linalg.tensorinv(np.eye(4).reshape(4, 2, 2), { ind: 1 }).shape  // [2, 2, 4]
 */
export function tensorinv(a: ArrayLike, opts: { ind?: number } | number = {}): NDArray {
  const ind = typeof opts === "number" ? opts : opts.ind ?? 2;
  const x = asarray(a);
  if (!(ind > 0)) throw new Error("Invalid ind argument.");
  const old = x.shape;
  const invshape = [...old.slice(ind), ...old.slice(0, ind)];
  const prod = sizeOf(old.slice(ind));
  return inv(x.reshape(prod, -1)).reshape(invshape);
}

/**
 * Solves tensordot(a, x, b.ndim) = b for x (shape a.shape[b.ndim:]); `axes` moves a's axes to the end first.
 * @example np.linalg.tensorsolve(np.eye(6).reshape(2, 3, 6), np.ones([2, 3])).shape  // [6]
 */
export function tensorsolve(a: ArrayLike, b: ArrayLike, opts: { axes?: readonly number[] | null } = {}): NDArray {
  let x = asarray(a);
  const y = asarray(b);
  const an = x.ndim;
  if (opts.axes) {
    const all = [...Array(an).keys()];
    for (const k of opts.axes) {
      all.splice(all.indexOf(k), 1);
      all.push(k);
    }
    x = x.transpose(all);
  }
  const old = x.shape.slice(an - (an - y.ndim));
  const prod = sizeOf(old);
  if (x.size !== prod * prod) throw new LinAlgError("Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])"); // numpy's text, its source line break included
  return solve(x.reshape(prod, prod), y.ravel()).reshape(old);
}

export { matmul, tensordot };
