/** The minimal view of an array that the printer needs (independent of NDArray's internals). */

export type PrintDType = "float64" | "float32" | "int64" | "int32" | "bool";

export interface Printable {
  shape: number[];
  dtype: PrintDType;
  /** element at flat C-order index i (bools as 0/1) */
  getFlat(i: number): number;
}

/** Number of elements of a shape (1 for a 0-d array). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** C-order strides, in elements. */
export function cStrides(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = acc;
    acc *= shape[i];
  }
  return st;
}

/** Python's tuple repr of a shape: `()`, `(3,)`, `(2, 3)`. */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}
