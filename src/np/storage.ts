import { DType, TypedArray } from "./dtype";
import { backend } from "./backend";

/** Called with each float64 array placed in WASM memory while an np.scope runs (scope.ts); else null. */
export const residentHook: { onAlloc: ((data: Float64Array) => void) | null } = { onAlloc: null };

/**
 * Allocates zeroed storage for n elements of a dtype. Every buffer np creates comes from here, so
 * one place decides where array data lives (plain JS memory or the WASM heap). Pass zero = false for
 * an output every element of which is written next: a reused WASM block then skips its clearing
 * (plain JS memory is always zeroed).
 */
export function alloc(dtype: DType, n: number, zero = true): TypedArray {
  switch (dtype) {
    case "float64":
    {
      // float64 arrays above a size live in the backend's memory (WASM) so its kernels use them in place
      const resident = backend && backend.allocF64(n, zero);
      if (!resident) return new Float64Array(n);
      if (residentHook.onAlloc) residentHook.onAlloc(resident);
      return resident;
    }
    case "int64":
      return new Float64Array(n);
    case "float32":
      return new Float32Array(n);
    case "int32":
      return new Int32Array(n);
    case "bool":
      return new Uint8Array(n);
  }
}
