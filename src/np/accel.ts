import { TypedArray } from "./dtype";

/**
 * Optional fast paths (WASM SIMD) that the pure-TypeScript code consults first. Each hook returns
 * false when it cannot handle a case, and the TypeScript loop runs instead; with no hooks installed
 * (or DEEPTS_NO_WASM=1) everything runs in TypeScript.
 */
export interface Accel {
  binary?: (op: string, a: Float64Array, aOff: number, aStrides: number[], b: Float64Array, bOff: number, bStrides: number[], out: Float64Array, shape: number[]) => boolean;
  unary?: (op: string, a: Float64Array, aOff: number, aStrides: number[], out: Float64Array, shape: number[]) => boolean;
  matmul?: (a: TypedArray, aOff: number, aRow: number, aCol: number, b: TypedArray, bOff: number, bRow: number, bCol: number, M: number, K: number, N: number, out: Float64Array, outOff: number) => boolean;
  reduce?: (op: "sum" | "max" | "min", a: Float64Array, aOff: number, aStrides: number[], shape: number[], axes: number[], out: Float64Array) => boolean;
}

export const accel: Accel = {};
