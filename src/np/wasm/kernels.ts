import { coalesce, reductionRuns } from "../broadcast";
import { TypedArray, copyRun } from "../dtype";
import type { Strided } from "../strided";
import { BINARY, BinaryName, GEMM_SPLIT, JOB, UNARY, UnaryName } from "./generated/ids";
import { Runtime } from "./runtime";
import type { Pool } from "./threads";

/*
 * The operations np calls, on top of one Runtime. Each returns false when it declines (tiny sizes,
 * layouts it does not cover, operands it would have to copy at a loss), and the caller's TypeScript
 * loop runs instead. Operands that live in WASM memory are used in place; others are staged through
 * scratch memory when the arithmetic outweighs the copy (matrix products, exp/log/tanh).
 */

/** Products smaller than this many multiply-adds stay in TypeScript. */
const MIN_GEMM = 512;
/** Elementwise ops on fewer elements stay in TypeScript. */
const MIN_ELEMENTWISE = 64;
/**
 * Work worth sharing with the helper threads, in estimated single-thread milliseconds: at least this,
 * and several times the recent wait for a helper (Pool.stall(): long on a loaded machine). Products
 * from 64×64·64×64 (0.024 ms) up: they need no copy before the helpers start (or only A, packed in
 * microseconds), and a helper that is spinning right after another job takes half the chunks at
 * once; one that sleeps or has lost its core leaves them to the calling thread, and the stall
 * measure keeps such jobs on one thread. The softmax layer's (10,784)·(784,64) and (10,64)·(64,784)
 * on a mini-batch (0.1 ms) took 60-90 µs each on one thread, 27-29 on two.
 */
const PRODUCT_THREAD_MIN_MS = 0.02;
/**
 * ... and exp, log, tanh from 25,000, 17,000, 10,000 elements: exp of 1e5 123 -> 95 µs, tanh of
 * 3e4 110 -> 55 µs (from 0.3 ms before). Their results' writes to memory that has left the cache
 * keep two threads from halving the time.
 */
const UNARY_THREAD_MIN_MS = 0.05;
/** Single-thread speeds behind those estimates: multiply-adds per ms, and ns per element of each unary op. */
const GEMM_PER_MS = 5e6;
/** Products A·B with A's rows and B's columns contiguous along k and at most this many rows use dot products. */
const DOT_MAX_M = 64;
/** ... unless C is at least this wide and the product fits gemmDirect transposed. */
const DOT_MAX_N = 1024;
/**
 * Products whose B has at most this many elements (128 KiB) and whose A is contiguous along k read A
 * in place (gemmDirect), and B too when it is row-major: B stays in L2 while every strip of A
 * passes. A transposed A stays packed: its k stride is a row of the original, and for W1ᵀ·dZ1
 * (12288 × 20 × 209) the 20 lines a strip reads are 96 KiB apart, all in one L1 set (11 ms against
 * 7 packed, one thread).
 */
const DIRECT_MAX_KN = 128 * 128;
/** ... and a k of at most this (a strip of 4 rows of A, 16 KiB, stays in L1; longer ones are cut by depth). */
const DIRECT_MAX_K = 512;
/** gemmDirect's single-thread speed (multiply-adds per ms: 22-25 GFLOP/s measured on L2-resident operands). */
const DIRECT_PER_MS = 11e6;
/**
 * Products with at most this many rows (a softmax layer's classes, a small hidden layer) run through
 * gemmDirect when k is shorter than the products cut by depth (DEPTH_MIN_BLOCKS) and B fits its pack
 * buffer: B is used by so few strips of A that packing it per block (a copy of B, read back once
 * per strip) cost as much as the arithmetic. (10,784)·(784,64) with a row-major B: 65 -> 28 µs on
 * two threads, in cache.
 */
const THIN_MAX_M = 16;
/** Products with C at most this big and k at least this many depth blocks are shared out by ranges of k. */
const DEPTH_MAX_MN = 1 << 14;
const DEPTH_MIN_BLOCKS = 4;
const UNARY_NS: Record<UnaryName, number> = { exp: 2, log: 3, tanh: 5, sqrt: 1, absolute: 0.5, negative: 0.5, square: 0.5, reciprocal: 1 };

/** The thread pool, if a job of `ms` estimated single-thread milliseconds should use it. */
function poolFor(rt: Runtime, ms: number, min: number): Pool | null {
  if (rt.threadAll) return rt.threadPool();
  if (ms < min) return null;
  const pool = rt.threadPool();
  return pool && ms >= 4 * pool.stall() ? pool : null;
}

interface Staged {
  addr: number;
  rs: number;
  cs: number;
}

/**
 * A matrix operand (rows × cols, strides [row, column]) as the kernel needs it: in place if it is
 * resident, else copied into scratch (kept dense when its layout is dense, otherwise gathered into
 * row-major order; other element types are converted). Scratch blocks are pushed onto `temps`.
 * Null when memory is exhausted.
 */
function stageMatrix(rt: Runtime, m: Strided, rows: number, cols: number, temps: number[]): Staged | null {
  const x: TypedArray = m.data, off = m.offset, [rs, cs] = m.strides;
  const here = x instanceof Float64Array ? rt.address(x, off) : -1;
  if (here >= 0 && rs >= 0 && cs >= 0) return { addr: here, rs, cs };
  const n = rows * cols;
  const addr = rt.scratch(n * 8);
  if (addr < 0) return null;
  temps.push(addr);
  const F = rt.f64(), at = addr / 8;
  // dense row-major or column-major: one block copy (converting other element types on the way)
  if (cs === 1 && (rs === cols || rows === 1)) {
    copyRun(F, at, x, off, n);
    return { addr, rs: cols, cs: 1 };
  }
  if (rs === 1 && (cs === rows || cols === 1)) {
    copyRun(F, at, x, off, n);
    return { addr, rs: 1, cs: rows };
  }
  for (let i = 0, p = at; i < rows; i++) for (let j = 0, q = off + i * rs; j < cols; j++, q += cs) F[p++] = x[q];
  return { addr, rs: cols, cs: 1 };
}

/**
 * out[outOff + i·N + j] = Σ_k a[i, k] · b[k, j] for an M×K by K×N product, each operand read through
 * its [row, column] strides (transposed and sliced views need no copy).
 */
export function matmul(rt: Runtime, a: Strided, b: Strided, M: number, K: number, N: number, out: Float64Array, outOff = 0): boolean {
  rt.releaseOrphans();
  if (M === 0 || N === 0) return true;
  if (K === 0) {
    out.fill(0, outOff, outOff + M * N);
    return true;
  }
  if (M * N * K < MIN_GEMM) return false;
  const temps: number[] = [];
  try {
    const A = stageMatrix(rt, a, M, K, temps);
    const B = A && stageMatrix(rt, b, K, N, temps);
    if (!A || !B) return false;
    let c = rt.address(out, outOff);
    const direct = c >= 0;
    if (!direct) {
      c = rt.scratch(M * N * 8);
      if (c < 0) return false;
      temps.push(c);
    }
    if (!gemm(rt, M, N, K, A.addr, A.rs, A.cs, B.addr, B.rs, B.cs, c, N, 1)) return false;
    if (!direct) copyRun(out, outOff, rt.f64(), c / 8, M * N);
    return true;
  } finally {
    for (const t of temps) rt.release(t);
  }
}

/**
 * C = A·B on WASM addresses (element strides). Mid-size products run on their operands in place
 * (gemmDirect), A·Bᵀ with few rows as dot products; others pack A once, then run the kernel over
 * column (or row) ranges of C. Each on the helper threads too when the product is big enough.
 * False when scratch memory for the packed A cannot be had.
 */
export function gemm(rt: Runtime, M: number, N: number, K: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number, c: number, crs: number, ccs: number): boolean {
  // A·Bᵀ of row-major arrays with few rows (dZ·A_prevᵀ): dot products, nothing packed
  const dots = acs === 1 && brs === 1 && M <= DOT_MAX_M;
  const longK = K >= DEPTH_MIN_BLOCKS * rt.k.gemmDepthBlock();
  const thin = M <= THIN_MAX_M && !longK && rt.k.gemmDirectPackBytes(K, N) <= rt.k.gemmPackBytes();
  if (acs === 1 && !dots && ((K <= DIRECT_MAX_K && K * N <= DIRECT_MAX_KN) || thin)) {
    gemmDirect(rt, M, N, K, a, ars, acs, b, brs, bcs, c, crs, ccs);
    return true;
  }
  // Cᵀ = Bᵀ·Aᵀ when that one fits and C is wide (dZ1·Xᵀ with X the training set, 20×209×12288:
  // X's rows stream through once against the small dZ1; 5.7 ms against 6.4 by dot products, one
  // thread)
  if (K <= DIRECT_MAX_K && brs === 1 && M * K <= DIRECT_MAX_KN && (!dots || N >= DOT_MAX_N)) {
    gemmDirect(rt, N, M, K, b, bcs, brs, a, acs, ars, c, ccs, crs);
    return true;
  }
  if (dots) {
    const pool = N >= 16 ? poolFor(rt, (M * N * K) / GEMM_PER_MS, PRODUCT_THREAD_MIN_MS) : null;
    if (!pool) rt.k.gemmDot(0, M, N, K, a, ars, b, bcs, c, crs, ccs);
    else {
      const chunks = Math.max(1, Math.min(4 * pool.threads, Math.floor(N / 8)));
      // whole groups of 4 columns (a last strip of 1 or 2 rows takes 4 at a time)
      const width = Math.ceil(N / chunks / 4) * 4;
      pool.run(rt.k, [JOB.dot, M, N, K, a, ars, b, bcs, c, crs, ccs, width], Math.ceil(N / width), rt.pack);
    }
    return true;
  }
  const ap = rt.scratch(rt.k.packedABytes(M, K));
  if (ap < 0) return false;
  try {
    const byDepth = M * N <= DEPTH_MAX_MN && longK;
    const pool = byDepth || Math.max(M, N) >= 8 ? poolFor(rt, (M * N * K) / GEMM_PER_MS, PRODUCT_THREAD_MIN_MS) : null;
    // chunks cut by depth, or by rows when k fits one depth block, pack their own part of A (its
    // part of packA's layout), so no thread waits for a serial pack first
    const unpackedA = [a, ars, acs];
    if (pool && byDepth && gemmByDepth(rt, pool, M, N, K, ap, b, brs, bcs, c, crs, ccs, unpackedA)) return true;
    // Split C's columns (each chunk packs only its own panels of B), or its rows when C is tall
    // (then chunks write disjoint runs of memory instead of sharing cache lines at every row).
    // Several chunks per thread let the main thread take over the share of a helper that the OS
    // has not scheduled yet (other processes share these cores).
    const alongN = M < 2 * N;
    const ownA = pool !== null && !alongN && K <= rt.k.gemmDepthBlock();
    if (!ownA) rt.k.packA(M, K, a, ars, acs, ap);
    if (!pool) {
      rt.k.gemmPacked(M, 0, M, N, K, ap, b, brs, bcs, c, crs, ccs, rt.pack);
      return true;
    }
    const D = alongN ? N : M;
    const chunks = Math.max(1, Math.min(4 * pool.threads, Math.floor(D / 16)));
    const width = Math.ceil(D / chunks / 8) * 8;
    pool.run(rt.k, [JOB.gemm, M, N, K, ap, b, brs, bcs, c, crs, ccs, alongN ? GEMM_SPLIT.cols : GEMM_SPLIT.rows, width, ...(ownA ? unpackedA : [])], Math.ceil(D / width), rt.pack);
    return true;
  } finally {
    rt.release(ap);
  }
}

/**
 * C = A·B with A contiguous along k and B small, or A of few rows (THIN_MAX_M), k short: the kernel
 * reads A in place and B in place or packed by each thread, so sharing the job costs no serial work
 * first.
 * Cut by rows of C (each thread writes its own rows and reads all of B from its own L2), or by
 * columns when C has few rows.
 */
function gemmDirect(rt: Runtime, M: number, N: number, K: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number, c: number, crs: number, ccs: number): void {
  const pool = poolFor(rt, (M * N * K) / DIRECT_PER_MS, PRODUCT_THREAD_MIN_MS);
  if (!pool) return rt.k.gemmDirect(0, M, N, K, a, ars, acs, b, brs, bcs, c, crs, ccs, rt.pack);
  const byRows = M >= 8 * pool.threads;
  const D = byRows ? M : N;
  // small chunks (down to 4 rows): a helper that wakes late leaves the calling thread a short wait
  // at the end (100×100·100×100: 56 -> 46 µs against 5 chunks of 20 rows). Columns go 8 at a time,
  // a cache line of each row of B and C, so two threads never share one.
  const q = byRows ? 4 : 8;
  const chunks = Math.max(1, Math.min(12 * pool.threads, Math.floor(D / q)));
  const width = Math.ceil(D / chunks / q) * q;
  pool.run(rt.k, [JOB.direct, M, N, K, a, ars, acs, b, brs, bcs, c, crs, ccs, byRows ? GEMM_SPLIT.rows : GEMM_SPLIT.cols, width], Math.ceil(D / width), rt.pack);
}

/**
 * A small C from a long k (W·X with X the training set: 20×12288 by 12288×209): each chunk packs and
 * sums its own range of k (unpackedA: A's address and strides) into a block of its own, and the
 * blocks are added up at the end. Cutting C's columns instead would have every thread stream nearly
 * all of B through memory, for a fraction of the work.
 */
function gemmByDepth(rt: Runtime, pool: Pool, M: number, N: number, K: number, ap: number, b: number, brs: number, bcs: number, c: number, crs: number, ccs: number, unpackedA: number[]): boolean {
  // ranges start at multiples of the kernel's depth block, where packed A's blocks start
  const step = rt.k.gemmDepthBlock();
  const chunks = Math.min(2 * pool.threads, Math.floor(K / step));
  const width = Math.ceil(K / chunks / step) * step;
  const n = Math.ceil(K / width);
  const parts = rt.scratch(n * M * N * 8);
  if (parts < 0) return false;
  try {
    pool.run(rt.k, [JOB.gemm, M, N, K, ap, b, brs, bcs, parts, 0, 0, GEMM_SPLIT.depth, width, ...unpackedA], n, rt.pack);
    const F = rt.f64(), p0 = parts / 8, c0 = c / 8, mn = M * N;
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let s = F[p0 + i * N + j];
        for (let q = 1; q < n; q++) s += F[p0 + q * mn + i * N + j];
        F[c0 + i * crs + j * ccs] = s;
      }
    }
    return true;
  } finally {
    rt.release(parts);
  }
}

/**
 * How to cut an R×C elementwise block of `ms` estimated milliseconds for the threads: [chunks, width],
 * the width counting rows (or columns when R = 1); [1, 0] for one thread.
 */
function split(rt: Runtime, R: number, C: number, ms: number): [number, number] {
  const pool = poolFor(rt, ms, UNARY_THREAD_MIN_MS);
  if (!pool) return [1, 0];
  const D = R === 1 ? C : R;
  const chunks = Math.min(16 * pool.threads, Math.max(pool.threads, Math.floor(D / (R === 1 ? 4096 : 8))));
  if (chunks < 2) return [1, 0];
  // whole vectors per chunk when splitting a row
  const width = R === 1 ? Math.ceil(D / chunks / 8) * 8 : Math.ceil(D / chunks);
  return [Math.ceil(D / width), width];
}

/** Ops whose arithmetic outweighs copying operands through scratch memory. */
const COSTLY = new Set<string>(["exp", "log", "tanh"]);

/** Index range [lo, hi] an operand of `shape`/`strides` starting at `off` touches. */
function span(off: number, shape: readonly number[], strides: readonly number[]): [number, number] {
  let lo = off, hi = off;
  for (let i = 0; i < shape.length; i++) {
    const d = (shape[i] - 1) * strides[i];
    if (d < 0) lo += d;
    else hi += d;
  }
  return [lo, hi];
}

/**
 * Where an elementwise operand can be read: its address if resident, else a scratch copy of the
 * range it touches when that range is at most `maxCopy` elements. -1 when neither.
 */
function stageRange(rt: Runtime, v: Strided<Float64Array>, shape: readonly number[], maxCopy: number, temps: number[]): number {
  const x = v.data, off = v.offset, strides = v.strides;
  const here = rt.address(x, off);
  if (here >= 0) return here;
  const [lo, hi] = span(off, shape, strides);
  const n = hi - lo + 1;
  if (n > maxCopy) return -1;
  const addr = rt.scratch(n * 8);
  if (addr < 0) return -1;
  temps.push(addr);
  copyRun(rt.f64(), addr / 8, x, lo, n);
  return addr + (off - lo) * 8;
}

/**
 * Calls block(outer offsets..., R, C, strides...) over an N-d iteration space reduced by coalescing
 * to 2-d blocks: dims beyond the last two are walked here.
 */
function blocks(shape: readonly number[], strides: (readonly number[])[], each: (offs: number[], R: number, C: number, st: number[][]) => void): void {
  const c = coalesce(shape, strides);
  const nd = c.shape.length;
  const k = strides.length;
  const dims = nd === 0 ? [1, 1] : nd === 1 ? [1, c.shape[0]] : c.shape.slice(nd - 2);
  const st = c.strides.map((s) => (nd === 0 ? [0, 0] : nd === 1 ? [0, s[0]] : s.slice(nd - 2)));
  const outer = c.shape.slice(0, Math.max(0, nd - 2));
  const offs = new Array<number>(k).fill(0);
  const idx = new Array<number>(outer.length).fill(0);
  for (;;) {
    each(offs, dims[0], dims[1], st);
    let ax = outer.length - 1;
    for (; ax >= 0; ax--) {
      idx[ax]++;
      for (let j = 0; j < k; j++) offs[j] += c.strides[j][ax];
      if (idx[ax] < outer[ax]) break;
      for (let j = 0; j < k; j++) offs[j] -= c.strides[j][ax] * outer[ax];
      idx[ax] = 0;
    }
    if (ax < 0) return;
  }
}

/** Whether a 2-d operand's rows follow each other in memory (or it is one value): coalescing would merge its axes. */
function flat2(shape: readonly number[], st: readonly number[]): boolean {
  return st[0] === st[1] * shape[1];
}

function cStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** out (contiguous, `shape`) = op(a, read through its strides). */
export function unary(rt: Runtime, op: UnaryName | string, a: Strided<Float64Array>, out: Float64Array, shape: readonly number[]): boolean {
  rt.releaseOrphans();
  const code: number | undefined = (UNARY as Record<string, number>)[op], aStrides = a.strides;
  if (code === undefined) return false;
  const n = size(shape);
  if (n === 0) return true;
  if (n < MIN_ELEMENTWISE || aStrides.some((s) => s < 0)) return false;
  const costly = COSTLY.has(op);
  const temps: number[] = [];
  try {
    const src = stageRange(rt, a, shape, costly ? Infinity : 0, temps);
    if (src < 0) return false;
    let dst = rt.address(out);
    const direct = dst >= 0;
    if (!direct) {
      if (!costly) return false;
      dst = rt.scratch(n * 8);
      if (dst < 0) return false;
      temps.push(dst);
    }
    const run = (R: number, C: number, s: number, srs: number, scs: number, d: number) => {
      const [chunks, width] = split(rt, R, C, (R * C * UNARY_NS[op as UnaryName]) / 1e6);
      if (chunks > 1) rt.threadPool()!.run(rt.k, [JOB.unary, code, R, C, s, srs, scs, d, width], chunks, rt.pack);
      else rt.k.unary(code, R, C, s, srs, scs, d);
    };
    // one run (what np's contiguous fast path passes): no coalescing, no walk over blocks
    if (shape.length === 1) run(1, n, src, 0, aStrides[0], dst);
    else blocks(shape, [cStrides(shape), aStrides], (offs, R, C, st) => run(R, C, src + offs[1] * 8, st[1][0], st[1][1], dst + offs[0] * 8));
    if (!direct) copyRun(out, 0, rt.f64(), dst / 8, n);
    return true;
  } finally {
    for (const t of temps) rt.release(t);
  }
}

/** out (contiguous, `shape`) = a ∘ b, each operand read through its offset and broadcast strides. */
export function binary(rt: Runtime, op: BinaryName | string, a: Strided<Float64Array>, b: Strided<Float64Array>, out: Float64Array, shape: readonly number[]): boolean {
  rt.releaseOrphans();
  const code: number | undefined = (BINARY as Record<string, number>)[op], aStrides = a.strides, bStrides = b.strides;
  if (code === undefined) return false;
  const n = size(shape);
  if (n === 0) return true;
  if (n < MIN_ELEMENTWISE || aStrides.some((s) => s < 0) || bStrides.some((s) => s < 0)) return false;
  const dst = rt.address(out);
  if (dst < 0) return false;
  const temps: number[] = [];
  try {
    // a non-resident operand is worth copying only when it is small next to the result (a scalar,
    // a broadcast row or column)
    const maxCopy = Math.max(1024, n >>> 3);
    const pa = stageRange(rt, a, shape, maxCopy, temps);
    const pb = pa < 0 ? -1 : stageRange(rt, b, shape, maxCopy, temps);
    if (pa < 0 || pb < 0) return false;
    // memory-bound: always one thread (a second adds little bandwidth and risks waiting on a
    // descheduled helper)
    const k = rt.k;
    if (shape.length === 1) k.binary(code, 1, n, pa, 0, aStrides[0], pb, 0, bStrides[0], dst);
    else if (shape.length === 2 && shape[1] > 1) {
      // both operands row after row: one run; else (a broadcast row or column, a transposed
      // operand) the kernel's 2-d loops as they are
      if (flat2(shape, aStrides) && flat2(shape, bStrides)) k.binary(code, 1, n, pa, 0, aStrides[1], pb, 0, bStrides[1], dst);
      else k.binary(code, shape[0], shape[1], pa, aStrides[0], aStrides[1], pb, bStrides[0], bStrides[1], dst);
    } else
      blocks(shape, [cStrides(shape), aStrides, bStrides], (offs, R, C, st) => {
        k.binary(code, R, C, pa + offs[1] * 8, st[1][0], st[1][1], pb + offs[2] * 8, st[2][0], st[2][1], dst + offs[0] * 8);
      });
    return true;
  } finally {
    for (const t of temps) rt.release(t);
  }
}

/** The reductions `reduce` runs. */
export type ReduceOp = "sum" | "max" | "min";

/**
 * Sums (or maxima, minima) of a (read through its strides, `shape`) over `axes` into out
 * (contiguous, the kept axes in order). Handles the layouts that reduce to [reduced],
 * [kept, reduced], [reduced, kept] or [kept, reduced, kept] after merging axes, which is every axis
 * choice on a contiguous array. Sums follow numpy's summation order, so results match it exactly in
 * the contiguous cases; max and min follow np's TypeScript rule (nan wins; see asm/reduce.ts).
 */
export function reduce(rt: Runtime, op: ReduceOp, a: Strided<Float64Array>, shape: readonly number[], axes: readonly number[], out: Float64Array): boolean {
  rt.releaseOrphans();
  const aStrides = a.strides;
  const n = size(shape);
  if (n === 0) return false;
  if (n < MIN_ELEMENTWISE || aStrides.some((s) => s < 0)) return false;
  const src = rt.address(a.data, a.offset);
  if (src < 0) return false;
  const { runs, kinds } = reductionRuns(shape, aStrides, axes);
  const m = out.length;
  const temps: number[] = [];
  try {
    // straight into a resident output; small outputs through the scratch arena
    const direct = rt.address(out);
    const dst = direct >= 0 ? direct : rt.scratch(m * 8);
    if (dst < 0) return false;
    if (direct < 0) temps.push(dst);
    const k = rt.k, max = op === "max";
    const rows = (R: number, C: number, x: number, rs: number, cs: number, o: number) =>
      op === "sum" ? k.sumRows(R, C, x, rs, cs, o, 1) : k.extremeRows(R, C, x, rs, cs, o, 1, max);
    const cols = (R: number, C: number, x: number, rs: number, cs: number, o: number) =>
      op === "sum" ? k.sumCols(R, C, x, rs, cs, o) : k.extremeCols(R, C, x, rs, cs, o, max);
    if (kinds === "") {
      rt.f64()[dst / 8] = a.data[a.offset];
    } else if (kinds === "R") {
      rows(1, runs[0].size, src, 0, runs[0].stride, dst);
    } else if (kinds === "K") {
      return false;
    } else if (kinds === "KR") {
      rows(runs[0].size, runs[1].size, src, runs[0].stride, runs[1].stride, dst);
    } else if (kinds === "RK") {
      cols(runs[0].size, runs[1].size, src, runs[0].stride, runs[1].stride, dst);
    } else if (kinds === "KRK") {
      const [k1, r, k2] = runs;
      for (let i = 0; i < k1.size; i++) cols(r.size, k2.size, src + i * k1.stride * 8, r.stride, k2.stride, dst + i * k2.size * 8);
    } else return false;
    if (direct < 0) copyRun(out, 0, rt.f64(), dst / 8, m);
    return true;
  } finally {
    for (const t of temps) rt.release(t);
  }
}
