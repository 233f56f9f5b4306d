import type { TypedArray } from "./dtype";

/**
 * An operand as np's loops and the WebAssembly kernels read it: a buffer, the index of its first
 * element, and the step in elements along each axis (0 on a broadcast axis, negative for reversed
 * views). Every NDArray is one (its data, offset and strides); a matrix operand has two strides,
 * [row, column], so transposed and sliced views are read in place.
 */
export interface Strided<T extends TypedArray = TypedArray> {
  readonly data: T;
  readonly offset: number;
  readonly strides: readonly number[];
}

/** A Strided over `data` (contiguous 1-D by default). @example strided(new Float64Array(6), 0, [3, 1]) // a row-major 2×3 matrix */
export function strided<T extends TypedArray>(data: T, offset = 0, strides: readonly number[] = [1]): Strided<T> {
  return { data, offset, strides };
}
