import { NDArray, ArrayLike } from "./ndarray";
import { TypedArray, promote } from "./dtype";
import { alloc } from "./storage";
import { normAxes, shapeStr, sizeOf } from "./shape";
import { broadcastShapes } from "./broadcast";
import { asarray } from "./creation";
import { multiply, abs as absFn } from "./ufunc";
import * as red from "./reduce";
import { backend } from "./backend";
import type { Strided } from "./strided";


const productType = promote;

/**
 * Products up to this many multiply-adds run in TypeScript (gemmSmall) without calling the backend:
 * below it, staging, scratch bookkeeping and the call into WebAssembly (~18k instructions per
 * product, then ~3.1 per multiply-add) cost more than the SIMD kernel saves (TypeScript: ~5.6k, then
 * ~12.2 per multiply-add). Counted with callgrind (bench/README.md, "Memory and small products"):
 * 8³ 11.8k vs 26.7k instructions, 16³ 55.6k vs 30.5k, 32³ 404k vs 120k; the lines cross near 1400.
 * DEEPTS_SMALL_GEMM overrides it
 * (measurements). Tests cover both sides.
 */
export const SMALL_GEMM = Number(process.env.DEEPTS_SMALL_GEMM ?? 1536);

/**
 * C = A·B (row-major, from index 0) for an M×K a and a K×N b read through their [row, column]
 * strides. Small products run in TypeScript (gemmSmall); others go to the backend first, then to
 * the TypeScript loop when it declines or is absent.
 */
export function gemm(a: Strided, b: Strided, M: number, K: number, N: number, C: TypedArray): void {
  if (M * N * K <= SMALL_GEMM) return gemmSmall(a, b, M, K, N, C);
  if (C instanceof Float64Array && backend && backend.matmul(a, b, M, K, N, C)) return;
  gemmLoop(a, b, M, K, N, C);
}

/**
 * The register-blocked product for small sizes: 2×4 blocks of C in local variables (8 accumulators,
 * which V8 keeps in registers), A and B read in place through their strides, nothing packed or
 * allocated. Each element sums its k terms in order, like gemmLoop.
 */
export function gemmSmall(a: Strided, b: Strided, M: number, K: number, N: number, C: TypedArray): void {
  const A = a.data, ao = a.offset, ar = a.strides[0], ac = a.strides[1];
  const B = b.data, bo = b.offset, br = b.strides[0], bc = b.strides[1];
  let i = 0;
  for (; i + 2 <= M; i += 2) {
    const a0 = ao + i * ar, a1 = a0 + ar, c0 = i * N, c1 = c0 + N;
    let j = 0;
    for (; j + 4 <= N; j += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let k = 0, p0 = a0, p1 = a1, q = bo + j * bc; k < K; k++, p0 += ac, p1 += ac, q += br) {
        const x0 = A[p0], x1 = A[p1];
        const y0 = B[q], y1 = B[q + bc], y2 = B[q + 2 * bc], y3 = B[q + 3 * bc];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
      }
      C[c0 + j] = s00; C[c0 + j + 1] = s01; C[c0 + j + 2] = s02; C[c0 + j + 3] = s03;
      C[c1 + j] = s10; C[c1 + j + 1] = s11; C[c1 + j + 2] = s12; C[c1 + j + 3] = s13;
    }
    for (; j < N; j++) {
      let s0 = 0, s1 = 0;
      for (let k = 0, p0 = a0, p1 = a1, q = bo + j * bc; k < K; k++, p0 += ac, p1 += ac, q += br) {
        const y = B[q];
        s0 += A[p0] * y;
        s1 += A[p1] * y;
      }
      C[c0 + j] = s0;
      C[c1 + j] = s1;
    }
  }
  if (i < M) {
    const a0 = ao + i * ar, c0 = i * N;
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0, p = a0, q = bo + j * bc; k < K; k++, p += ac, q += br) s += A[p] * B[q];
      C[c0 + j] = s;
    }
  }
}

/**
 * The plain TypeScript product (when the backend declines or is absent). Walks A's rows and B's
 * rows so the inner loop is contiguous in B and C.
 */
function gemmLoop(a: Strided, b: Strided, M: number, K: number, N: number, C: TypedArray): void {
  const A = a.data, aOff = a.offset, [aRow, aCol] = a.strides;
  const B = b.data, bOff = b.offset, [bRow, bCol] = b.strides;
  if (N <= 4) {
    // Matrix-vector shaped products: dot each row of A with B's columns (the row loop would be 1-long).
    for (let i = 0; i < M; i++) {
      const ai = aOff + i * aRow;
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let k = 0, pa = ai, pb = bOff + j * bCol; k < K; k++, pa += aCol, pb += bRow) s += A[pa] * B[pb];
        C[i * N + j] = s;
      }
    }
    return;
  }
  // Make B row-contiguous once so the inner loop streams it.
  let Bc: TypedArray = B, br = bRow, bo = bOff;
  if (bCol !== 1) {
    Bc = new Float64Array(K * N);
    for (let k = 0; k < K; k++) for (let j = 0; j < N; j++) Bc[k * N + j] = B[bOff + k * bRow + j * bCol];
    br = N;
    bo = 0;
  }
  const acc = new Float64Array(N);
  for (let i = 0; i < M; i++) {
    acc.fill(0);
    const ai = aOff + i * aRow;
    for (let k = 0; k < K; k++) {
      const a = A[ai + k * aCol];
      if (a === 0) continue;
      const bk = bo + k * br;
      for (let j = 0; j < N; j++) acc[j] += a * Bc[bk + j];
    }
    const ci = i * N;
    for (let j = 0; j < N; j++) C[ci + j] = acc[j];
  }
}

/** 2-D product of two arrays (any strides) into a new C-ordered array. */
function matmul2d(a: NDArray, b: NDArray): NDArray {
  const [M, K] = a.shape, N = b.shape[1];
  const d = productType(a.dtype, b.dtype);
  const out = new NDArray(alloc("float64", M * N, false), [M, N], "float64");
  gemm(a, b, M, K, N, out.data);
  return d === "float64" ? out : out.astype(d);
}

/**
 * numpy's dot: inner product of vectors, matrix product of 2-D arrays, and the sum over the last axis
 * of a and the second-to-last of b for N-D.
 * @example
 * np.dot([1, 2, 3], [4, 5, 6]) // → 32
 * np.dot([[1, 2], [3, 4]], [[5], [6]]) // → array([[17],
 * //        [39]])
 */
export function dot(a: ArrayLike, b: ArrayLike): NDArray {
  const x = asarray(a), y = asarray(b);
  if (x.ndim === 0 || y.ndim === 0) return multiply(x, y);
  if (x.ndim === 2 && y.ndim === 2 && x.shape[1] === y.shape[0]) return matmul2d(x, y);
  const kx = x.ndim - 1, ky = y.ndim === 1 ? 0 : y.ndim - 2;
  const K = x.shape[kx];
  if (K !== y.shape[ky]) throw new Error(`shapes ${shapeStr(x.shape)} and ${shapeStr(y.shape)} not aligned: ${K} (dim ${kx}) != ${y.shape[ky]} (dim ${ky})`);
  const x2 = x.reshape(sizeOf(x.shape.slice(0, -1)), K);
  // Bring b's contracted axis to the front, the rest flattened behind it.
  const rest = y.shape.filter((_, i) => i !== ky);
  const perm = [ky, ...y.shape.map((_, i) => i).filter((i) => i !== ky)];
  const y2 = y.transpose(perm).reshape(K, sizeOf(rest));
  return matmul2d(x2, y2).reshape([...x.shape.slice(0, -1), ...rest]);
}

const SIG = "(n?,k),(k,m?)->(n?,m?)";

/**
 * numpy's matmul (`a @ b`): matrix product with 1-D operands promoted and leading axes broadcast as stacks.
 * @example
 * np.matmul([[1, 2], [3, 4]], [[5], [6]]) // → array([[17],
 * //        [39]])
 */
export function matmul(a: ArrayLike, b: ArrayLike): NDArray {
  const x0 = asarray(a), y0 = asarray(b);
  [x0, y0].forEach((v, i) => {
    if (v.ndim === 0) throw new Error(`matmul: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature ${SIG} requires 1)`);
  });
  const x = x0.ndim === 1 ? x0.reshape(1, -1) : x0;
  const y = y0.ndim === 1 ? y0.reshape(-1, 1) : y0;
  const K = x.shape[x.ndim - 1];
  if (y.shape[y.ndim - 2] !== K)
    throw new Error(`matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIG} (size ${y.shape[y.ndim - 2]} is different from ${K})`);
  const M = x.shape[x.ndim - 2], N = y.shape[y.ndim - 1];
  let out: NDArray;
  if (x.ndim === 2 && y.ndim === 2) out = matmul2d(x, y);
  else {
    let batch: number[];
    try {
      batch = broadcastShapes(x.shape.slice(0, -2), y.shape.slice(0, -2));
    } catch {
      const remap = (v: NDArray) => `${shapeStr(v.shape)}->(${[...v.shape.slice(0, -2), "newaxis", "newaxis"].join(",")})`;
      throw new Error(`operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(x)} ${remap(y)}  and requested shape (${M},${N})`);
    }
    const xs = broadcastBatch(x, batch), yb = broadcastBatch(y, batch), nb = sizeOf(batch);
    const d = productType(x.dtype, y.dtype);
    out = new NDArray(alloc("float64", nb * M * N, false), [...batch, M, N], "float64");
    for (let i = 0; i < nb; i++) {
      const xi = sliceBatch(xs, batch, i), yi = sliceBatch(yb, batch, i);
      const part = matmul2d(xi, yi);
      (out.data as Float64Array).set(part.data as Float64Array, i * M * N);
    }
    if (d !== "float64") out = out.astype(d);
  }
  // Drop the axes that 1-D operands gained.
  let shape = out.shape;
  if (x0.ndim === 1) shape = [...shape.slice(0, -2), shape[shape.length - 1]];
  if (y0.ndim === 1) shape = shape.slice(0, -1);
  return out.reshape(shape);
}

function broadcastBatch(x: NDArray, batch: number[]): NDArray {
  const core = x.shape.slice(-2);
  const target = [...batch, ...core];
  const off = target.length - x.ndim;
  const strides = target.map((d, i) => {
    const j = i - off;
    if (j < 0) return 0;
    return x.shape[j] === 1 && d !== 1 ? 0 : x.strides[j];
  });
  return new NDArray(x.data, target, x.dtype, strides, x.offset, x);
}

function sliceBatch(x: NDArray, batch: number[], i: number): NDArray {
  let off = x.offset;
  for (let ax = batch.length - 1; ax >= 0; ax--) {
    off += (i % batch[ax]) * x.strides[ax];
    i = Math.floor(i / batch[ax]);
  }
  const nd = x.ndim;
  return new NDArray(x.data, x.shape.slice(-2), x.dtype, x.strides.slice(nd - 2), off, x);
}

/**
 * Outer product of two vectors (inputs are flattened).
 * @example
 * np.outer([1, 2], [3, 4, 5]) // → array([[ 3,  4,  5],
 * //        [ 6,  8, 10]])
 */
export function outer(a: ArrayLike, b: ArrayLike): NDArray {
  const x = asarray(a).reshape(-1, 1), y = asarray(b).reshape(1, -1);
  return multiply(x, y);
}

/** Singular values of a 2-D float64 matrix by one-sided Jacobi rotations (accurate for small matrices). */
function singularValues(m: NDArray): number[] {
  let [rows, cols] = m.shape;
  let a = m.astype("float64");
  if (rows < cols) ((a = a.T.copy()), ([rows, cols] = [cols, rows]));
  const U = Array.from({ length: cols }, (_, j) => Float64Array.from({ length: rows }, (_, i) => a.item(i, j)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < cols - 1; p++)
      for (let q = p + 1; q < cols; q++) {
        let alpha = 0, beta = 0, gamma = 0;
        const up = U[p], uq = U[q];
        for (let i = 0; i < rows; i++) (alpha += up[i] * up[i]), (beta += uq[i] * uq[i]), (gamma += up[i] * uq[i]);
        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma === 0) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (let i = 0; i < rows; i++) {
          const x = up[i], y = uq[i];
          up[i] = c * x - s * y;
          uq[i] = s * x + c * y;
        }
      }
    if (!rotated) break;
  }
  return U.map((u) => Math.hypot(...u)).sort((x, y) => y - x);
}

/** Options of np.linalg.norm. */
export interface NormOptions {
  ord?: number | "fro" | "nuc" | null;
  axis?: number | readonly [number, number] | null;
  keepdims?: boolean;
}

function vectorNorm(x: NDArray, ord: number | null, axis: number, keepdims: boolean): NDArray {
  const ax = absFn(x.dtype === "float32" ? x : x.astype("float64"));
  const o = { axis, keepdims };
  if (ord === null || ord === 2) return sqrtArr(red.sum(multiply(ax, ax), o));
  if (ord === Infinity) return red.max(ax, o);
  if (ord === -Infinity) return red.min(ax, o);
  if (ord === 0) return red.sum(ax.astype("bool"), o).astype(ax.dtype);
  if (ord === 1) return red.sum(ax, o);
  const s = red.sum(ax.pow(ord), o);
  const d = s.data;
  for (let i = 0; i < d.length; i++) d[i] = Math.pow(d[i], 1 / ord);
  return s;
}

function sqrtArr(s: NDArray): NDArray {
  const d = s.data;
  for (let i = 0; i < d.length; i++) d[i] = Math.sqrt(d[i]);
  return s;
}

function matrixNorm(x: NDArray, ord: NormOptions["ord"], r: number, c: number, keepdims: boolean): NDArray {
  const ax = absFn(x.astype("float64"));
  let res: NDArray;
  if (ord === null || ord === undefined || ord === "fro") res = sqrtArr(red.sum(multiply(ax, ax), { axis: [r, c] }));
  else if (ord === 1 || ord === -1) res = (ord === 1 ? red.max : red.min)(red.sum(ax, { axis: r }), { axis: c > r ? c - 1 : c });
  else if (ord === Infinity || ord === -Infinity) res = (ord === Infinity ? red.max : red.min)(red.sum(ax, { axis: c }), { axis: r > c ? r - 1 : r });
  else if (ord === 2 || ord === -2 || ord === "nuc") {
    // Move the two matrix axes last and take singular values of each matrix.
    const rest = x.shape.map((_, i) => i).filter((i) => i !== r && i !== c);
    const t = x.astype("float64").transpose([...rest, r, c]);
    const outer = rest.map((i) => x.shape[i]);
    const n = sizeOf(outer);
    const flat = t.reshape(n, x.shape[r], x.shape[c]);
    const vals = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const sv = singularValues(flat.get(i));
      vals[i] = ord === 2 ? sv[0] : ord === -2 ? sv[sv.length - 1] : sv.reduce((p, q) => p + q, 0);
    }
    res = new NDArray(vals, outer, "float64");
  } else throw new Error("Invalid norm order for matrices.");
  if (keepdims) {
    const shape = x.shape.map((d, i) => (i === r || i === c ? 1 : d));
    res = res.reshape(shape);
  }
  return res;
}

/**
 * Vector or matrix norm, like numpy.linalg.norm: the 2-norm of the flattened array by default;
 * `{ axis: 1, keepdims: true }` for row norms; `ord` 1, 2, inf, -inf, 0, p, "fro", "nuc".
 * @example
 * np.linalg.norm([3, 4]) // → 5
 * np.linalg.norm([[3, 4], [6, 8]], { axis: 1, keepdims: true }) // → array([[ 5.],
 * //        [10.]])
 */
export function norm(a: ArrayLike, opts?: { ord?: NormOptions["ord"]; axis?: null; keepdims?: false }): number;
export function norm(a: ArrayLike, opts: NormOptions): NDArray;
export function norm(a: ArrayLike, opts: NormOptions = {}): any {
  const x = asarray(a);
  const ord = opts.ord ?? null;
  const keep = opts.keepdims ?? false;
  let axis = opts.axis;
  let res: NDArray;
  if (axis === undefined || axis === null) {
    if (ord === null || (ord === "fro" && x.ndim === 2)) {
      const f = x.reshape(-1);
      res = vectorNorm(f, null, 0, false);
      if (keep) res = res.reshape(x.shape.map(() => 1));
      return keep ? res : res.item();
    }
    if (x.ndim === 1) axis = 0;
    else if (x.ndim === 2) axis = [0, 1];
    else throw new Error("Improper number of dimensions to norm.");
  }
  if (typeof axis === "number") {
    if (typeof ord === "string") throw new Error(`Invalid norm order '${ord}' for vectors`);
    const [ax] = normAxes(axis, x.ndim);
    res = vectorNorm(x, ord, ax, keep);
  } else {
    if (axis.length !== 2) throw new Error("Improper number of dimensions to norm.");
    const [r, c] = axis.map((v) => (v < 0 ? v + x.ndim : v));
    if (r === c) throw new Error("Duplicate axes given.");
    normAxes([r, c], x.ndim);
    res = matrixNorm(x, ord, r, c, keep);
  }
  return res.ndim === 0 && opts.axis === undefined && !keep ? res.item() : res;
}
