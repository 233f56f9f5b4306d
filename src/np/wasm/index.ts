/**
 * The WebAssembly SIMD fast paths of np, behind a small interface (see README.md in this folder).
 * Everything here is optional: each operation returns false when it declines, and np's TypeScript
 * loops run instead. DEEPTS_NO_WASM=1 in the environment turns the whole layer off.
 */
import { Accel, accel as npAccel } from "../accel";
import type { TypedArray } from "../dtype";
import * as K from "./kernels";
import { Tier, bestTier } from "./load";
import { Runtime } from "./runtime";

export type { Tier } from "./load";
export { Runtime } from "./runtime";
export { bestTier } from "./load";

/** Arrays with fewer elements stay plain Float64Arrays (allocation overhead would dominate). */
export const MIN_RESIDENT = 128;

let runtime: Runtime | null | undefined;
let enabled = !isTruthy(process.env.DEEPTS_NO_WASM);

function isTruthy(v: string | undefined): boolean {
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

/** The process-wide runtime (created on first use), or null when WASM is off or unsupported. */
export function defaultRuntime(): Runtime | null {
  if (!enabled) return null;
  if (runtime !== undefined) return runtime;
  runtime = null;
  const want = (process.env.DEEPTS_WASM_TIER as Tier | undefined) ?? "relaxed-simd";
  const tier = bestTier(want);
  if (tier === "none") return null;
  const helpers = process.env.DEEPTS_WASM_THREADS !== undefined ? Number(process.env.DEEPTS_WASM_THREADS) - 1 : undefined;
  const maxMb = Number(process.env.DEEPTS_WASM_MAX_MB), softMb = Number(process.env.DEEPTS_WASM_SOFT_MB);
  try {
    runtime = new Runtime({ tier, helpers, maxBytes: maxMb > 0 ? maxMb * 2 ** 20 : undefined, softBytes: softMb > 0 ? softMb * 2 ** 20 : undefined });
  } catch {
    runtime = null;
  }
  return runtime;
}

/**
 * Which kernels are active and how the WASM heap is doing.
 * @example wasmStatus().tier // "relaxed-simd"
 */
export function wasmStatus(): { tier: Tier; threads: number; heapBytes: number; liveBytes: number; liveBlocks: number; forcedCollections: number; collectionMs: number; plainFallbacks: number; threadedJobs: number; helperShare: number } {
  const rt = defaultRuntime();
  if (!rt) return { tier: "none", threads: 1, heapBytes: 0, liveBytes: 0, liveBlocks: 0, forcedCollections: 0, collectionMs: 0, plainFallbacks: 0, threadedJobs: 0, helperShare: 0 };
  const pool = rt.helpers > 0 ? rt.threadPool() : null;
  return {
    tier: rt.tier,
    threads: rt.helpers + 1,
    heapBytes: rt.heap.size,
    liveBytes: rt.heap.used,
    liveBlocks: rt.heap.blocks,
    forcedCollections: rt.stats.collections,
    collectionMs: rt.stats.collectionMs,
    plainFallbacks: rt.stats.plainFallbacks,
    threadedJobs: pool ? pool.stats.jobs : 0,
    helperShare: pool && pool.stats.chunks > 0 ? pool.stats.helperChunks / pool.stats.chunks : 0,
  };
}

/**
 * Storage for n float64 values inside WASM memory, so kernels use it without copying; zeroed unless
 * `zero` is false (for outputs a kernel overwrites entirely: zeroing a reused 20 MB block costs
 * milliseconds). Null when WASM is off, n is small, or the WASM heap is full (use a plain array).
 * @example const data = residentF64(1 << 20) ?? new Float64Array(1 << 20);
 */
export function residentF64(n: number, zero = true): Float64Array | null {
  if (n < MIN_RESIDENT) return null;
  const rt = defaultRuntime();
  return rt ? rt.allocF64(n, zero) : null;
}

/**
 * C = A·B into out (row-major, row length N, from outOff) for A M×K and B K×N given by offset and
 * element strides (transposed or sliced views need no copy). False when declined.
 * @example matmulF64(a, 0, K, 1, b, 0, N, 1, M, K, N, out, 0)
 */
export function matmulF64(a: TypedArray, aOff: number, aRow: number, aCol: number, b: TypedArray, bOff: number, bRow: number, bCol: number,
                          M: number, K_: number, N: number, out: Float64Array, outOff: number): boolean {
  const rt = defaultRuntime();
  return rt ? K.matmul(rt, a, aOff, aRow, aCol, b, bOff, bRow, bCol, M, K_, N, out, outOff) : false;
}

/**
 * out (C-contiguous, `shape`) = op(a) for op in exp, log, tanh, sqrt, absolute, negative, square,
 * reciprocal; a is read through aOff and aStrides (elements). False when declined.
 * @example unaryF64("exp", x.data, x.offset, x.strides, out, x.shape)
 */
export function unaryF64(op: string, a: Float64Array, aOff: number, aStrides: number[], out: Float64Array, shape: number[]): boolean {
  const rt = defaultRuntime();
  return rt ? K.unary(rt, op, a, aOff, aStrides, out, shape) : false;
}

/**
 * out (C-contiguous, `shape`) = a ∘ b for ∘ in add, subtract, multiply, divide, maximum, minimum,
 * operands given by offset and broadcast strides (0 on broadcast axes). False when declined.
 * @example binaryF64("add", a, 0, [1000, 1], b, 0, [0, 1], out, [1000, 1000]) // (1000,1000)+(1,1000)
 */
export function binaryF64(op: string, a: Float64Array, aOff: number, aStrides: number[], b: Float64Array, bOff: number, bStrides: number[], out: Float64Array, shape: number[]): boolean {
  const rt = defaultRuntime();
  return rt ? K.binary(rt, op, a, aOff, aStrides, b, bOff, bStrides, out, shape) : false;
}

/**
 * Sum (in numpy's summation order), maximum or minimum of a over `axes` into out (the kept axes, C
 * order). False when declined. @example reduceF64("sum", x.data, 0, [1000, 1], [1000, 1000], [1], out) // x.sum(axis=1)
 */
export function reduceF64(op: K.ReduceOp, a: Float64Array, aOff: number, aStrides: number[], shape: number[], axes: number[], out: Float64Array): boolean {
  const rt = defaultRuntime();
  return rt ? K.reduce(rt, op, a, aOff, aStrides, shape, axes, out) : false;
}

/**
 * Plugs the fast paths into np's hooks (or removes them with on = false, e.g. to test the
 * TypeScript fallbacks in the same process). @example installAccel(accel)
 */
export function installAccel(accel: Accel, on = true): void {
  // the runtime itself is made on the first call of a hook, not here
  if (on && enabled) {
    accel.matmul = matmulF64;
    accel.unary = unaryF64;
    accel.binary = binaryF64;
    accel.reduce = reduceF64;
  } else {
    delete accel.matmul;
    delete accel.unary;
    delete accel.binary;
    delete accel.reduce;
  }
}

/**
 * Turns the WASM layer on or off for the rest of the process (tests of the TypeScript fallbacks):
 * off, np's hooks are removed and new arrays are plain Float64Arrays.
 * @example setWasmEnabled(false)
 */
export function setWasmEnabled(on: boolean): void {
  enabled = on && !isTruthy(process.env.DEEPTS_NO_WASM);
  installAccel(npAccel, enabled);
}

// np's storage imports this module for residentF64, which also plugs the kernels into np's hooks.
installAccel(npAccel);
