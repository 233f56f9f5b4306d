/** The minimal view of an array that the printer needs (independent of NDArray's internals). */

export type PrintDType = "float64" | "float32" | "int64" | "int32" | "bool";

export interface Printable {
  shape: number[];
  dtype: PrintDType;
  /** element at flat C-order index i (bools as 0/1) */
  getFlat(i: number): number;
}

/**
 * Python's tuple repr of a shape: `()`, `(3,)`, `(2, 3)` (with spaces, unlike the error-message
 * form `shapeStr` in ../shape).
 * @example shapeRepr([2, 3]) // "(2, 3)"
 */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}
