/**
 * The WebAssembly SIMD fast paths of np (see README.md in this folder). np's operations reach them
 * through the backend object of ../backend.ts; this module is the public face for status and tests.
 * DEEPTS_NO_WASM=1 in the environment turns the whole layer off.
 */
import { backend } from "../backend";
import { defaultRuntime } from "./backend";
import type { Tier } from "./load";

export type { Tier } from "./load";
export { Runtime } from "./runtime";
export { bestTier } from "./load";
export { MIN_RESIDENT, defaultRuntime } from "./backend";
export { setWasmEnabled } from "../backend";

/**
 * Which kernels are active and how the WASM heap is doing.
 * @example ["relaxed-simd", "simd", "none"].includes(wasmStatus().tier) // → true
 */
export function wasmStatus(): { tier: Tier; threads: number; heapBytes: number; liveBytes: number; liveBlocks: number; forcedCollections: number; collectionMs: number; plainFallbacks: number; threadedJobs: number; helperShare: number } {
  const rt = backend ? defaultRuntime() : null;
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
 * Touches, for at most `budgetMs`, the WebAssembly memory the next arrays will use (up to the
 * threshold of forced collections, 48 MiB at first), without changing it. The first write to a
 * fresh page costs ~17 µs on the machine this was measured on, which a fresh process's first loop
 * of small ops pays page by page (its first 48 MiB took ~120 ms more than later ones); the kernel
 * calls this while it is idle. True when nothing is left to touch (or there is no WASM memory).
 * @example
 * while (!warmMemory(5));   // in slices of 5 ms
 * warmMemory(5) // → true
 */
export function warmMemory(budgetMs = 5): boolean {
  const rt = backend ? defaultRuntime() : null;
  return rt ? rt.warm(budgetMs) : true;
}

/**
 * Storage for n float64 values inside WASM memory, so kernels use it without copying; zeroed unless
 * `zero` is false. Null when WASM is off, n is small, or the WASM heap is full (use a plain array).
 * @example
 * const buf = residentF64(1 << 20) ?? new Float64Array(1 << 20);
 * buf.length // → 1048576
 */
export function residentF64(n: number, zero = true): Float64Array | null {
  return backend ? backend.allocF64(n, zero) : null;
}
