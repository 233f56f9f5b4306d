import { DType, TypedArray } from "./dtype";
import { residentF64 } from "./wasm";

/**
 * Allocates zeroed storage for n elements of a dtype. Every buffer np creates comes from here, so
 * one place decides where array data lives (plain JS memory or the WASM heap).
 */
export function alloc(dtype: DType, n: number): TypedArray {
  switch (dtype) {
    case "float64":
      // large float64 arrays live in WASM memory so the SIMD kernels use them without copying
      return residentF64(n) ?? new Float64Array(n);
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
