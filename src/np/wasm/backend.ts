/**
 * The WebAssembly backend object (see ../backend.ts for the interface np's operations call): the
 * kernels of ./kernels.ts on one process-wide Runtime, created on first use.
 */
import type { Backend } from "../backend";
import * as K from "./kernels";
import { Tier, bestTier } from "./load";
import { Runtime } from "./runtime";
import { WA } from "./wasm_api";

/**
 * Float64 arrays with fewer elements stay plain Float64Arrays: up to 8 elements (64 bytes) V8 keeps
 * them inside its own heap, which costs ~30 ns. From 9 elements a plain array gets a backing store
 * of its own (~0.3-0.9 µs), while an array cut from a WASM slab costs ~30 ns (see
 * Runtime.allocF64) and kernels use it in place.
 */
export const MIN_RESIDENT = 9;

let runtime: Runtime | null | undefined;

export function isTruthy(v: string | undefined): boolean {
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

/** The process-wide runtime (created on first use), or null when WASM is off or unsupported. */
export function defaultRuntime(): Runtime | null {
  if (runtime !== undefined) return runtime;
  runtime = null;
  if (isTruthy(process.env.DEEPTS_NO_WASM)) return null;
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

const wasm: Backend = {
  get name() {
    return defaultRuntime()?.tier ?? "none";
  },
  allocF64(n, zero) {
    if (n < MIN_RESIDENT) return null;
    const rt = defaultRuntime();
    return rt ? rt.allocF64(n, zero) : null;
  },
  matmul(a, b, M, K_, N, out) {
    const rt = defaultRuntime();
    return rt ? K.matmul(rt, a, b, M, K_, N, out) : false;
  },
  unary(op, a, out, shape) {
    const rt = defaultRuntime();
    return rt ? K.unary(rt, op, a, out, shape) : false;
  },
  binary(op, a, b, out, shape) {
    const rt = defaultRuntime();
    return rt ? K.binary(rt, op, a, b, out, shape) : false;
  },
  reduce(op, a, shape, axes, out) {
    const rt = defaultRuntime();
    return rt ? K.reduce(rt, op, a, shape, axes, out) : false;
  },
};

/** The WebAssembly backend, or null when DEEPTS_NO_WASM is set or the engine has no WebAssembly. */
export function wasmBackend(): Backend | null {
  return WA && !isTruthy(process.env.DEEPTS_NO_WASM) ? wasm : null;
}
