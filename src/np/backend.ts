import type { Strided } from "./strided";
import type { BinaryName, UnaryName } from "./wasm/generated/ids";
import { wasmBackend } from "./wasm/backend";

export type { BinaryName, UnaryName } from "./wasm/generated/ids";
/** The reductions a backend may run. */
export type ReduceName = "sum" | "max" | "min";

/**
 * An acceleration layer under np's TypeScript loops (today: the WebAssembly SIMD kernels of
 * ./wasm). Every operation either does the whole job and returns true, or returns false and leaves
 * the job to the caller's TypeScript loop, so results never depend on whether a backend is present.
 * Outputs are C-contiguous float64 arrays of `shape` (from index 0).
 */
export interface Backend {
  /** Which kernels run ("relaxed-simd" or "simd"). */
  readonly name: string;
  /** Storage for n float64 values that the kernels use without copying (zeroed unless zero = false), or null: use a plain array. */
  allocF64(n: number, zero: boolean): Float64Array | null;
  /** out[i·N + j] = Σ_k a[i, k]·b[k, j] for a M×K and b K×N (strides [row, column]; any element type). */
  matmul(a: Strided, b: Strided, M: number, K: number, N: number, out: Float64Array): boolean;
  /** out = op(a) over `shape` (a read through its strides). */
  unary(op: UnaryName, a: Strided<Float64Array>, out: Float64Array, shape: readonly number[]): boolean;
  /** out = a ∘ b over `shape` (operands read through broadcast strides: 0 on broadcast axes). */
  binary(op: BinaryName, a: Strided<Float64Array>, b: Strided<Float64Array>, out: Float64Array, shape: readonly number[]): boolean;
  /** op over `axes` of a (`shape`) into out (the kept axes, C order); sums in numpy's order. */
  reduce(op: ReduceName, a: Strided<Float64Array>, shape: readonly number[], axes: readonly number[], out: Float64Array): boolean;
}

/**
 * The backend np's operations use, or null when there is none (DEEPTS_NO_WASM=1, no WebAssembly
 * in this engine, or switched off with setWasmEnabled(false)): then everything runs in TypeScript.
 */
export let backend: Backend | null = wasmBackend();

/**
 * Turns the WebAssembly backend on or off for the rest of the process (tests of the TypeScript
 * fallbacks): off, np's operations run in TypeScript and new arrays are plain Float64Arrays.
 * DEEPTS_NO_WASM=1 keeps it off.
 */
export function setWasmEnabled(on: boolean): void {
  backend = on ? wasmBackend() : null;
}
