// Argument handling of the Generator's methods: the dtype and size arguments, and numpy's parameter
// constraints with its error texts (check_constraint for scalars, check_array_constraint for arrays).

import { asarray } from "../../creation";
import type { ArrayLike } from "../../ndarray";
import type { Size } from "../params";
import { isOptions } from "../params";

/** The float dtypes of random, standardNormal and standardExponential. */
export type FloatDType = "float64" | "float32";

/** The dtype option, from an options object in the size position or the trailing one; numpy's error otherwise. */
export function floatDType(size: unknown, opts: { dtype?: FloatDType }, method: string): FloatDType {
  const dtype = (isOptions(size) ? (size as { dtype?: FloatDType }).dtype : undefined) ?? opts.dtype ?? "float64";
  if (dtype !== "float64" && dtype !== "float32") throw new TypeError(`Unsupported dtype dtype('${String(dtype)}') for ${method}`);
  return dtype;
}

/** A `size` given alone or in an options object. */
export type SizeArg = Size | { size?: Size };
export const sizeOfArg = (s: SizeArg | undefined): Size => (isOptions(s) ? (s as { size?: Size }).size : (s as Size));

/** numpy's error for a closed/open bounds pair with low > high (or >=). */
export const boundsError = (closed: boolean, anyLow: boolean) =>
  anyLow ? (closed ? "low > high" : "low >= high") : closed ? "high < 0" : "high <= 0";

/** A parameter constraint: the error text for a bad value, or null (numpy's check_constraint). */
export type Constraint = (v: number) => string | null;
export const nonNegative = (name: string): Constraint => (v) => (v < 0 || Object.is(v, -0) ? `${name} < 0` : null);
export const positive = (name: string): Constraint => (v) => (v <= 0 ? `${name} <= 0` : null);
export const bounded01 = (name: string): Constraint => (v) => (!(v >= 0) || !(v <= 1) ? `${name} < 0, ${name} > 1 or ${name} is NaN` : null);
const POISSON_LAM_MAX = 2 ** 63 - Math.sqrt(2 ** 63) * 10;
export const poissonLam: Constraint = (v) => (!(v >= 0) ? "lam < 0 or lam is NaN" : !(v <= POISSON_LAM_MAX) ? "lam value too large" : null);

/**
 * Checks every value of a parameter (a number or an array) against a constraint. For arrays numpy
 * says "contains NaNs" for "is NaN", and tests "value too large" over the whole array first.
 */
export function check(values: ArrayLike | number, c: Constraint): void {
  const arr = asarray(values, { dtype: "float64" });
  const errors = new Set<string>();
  for (let i = 0; i < arr.size; i++) {
    const err = c(arr.getFlat(i));
    if (err && arr.ndim === 0) throw new Error(err);
    if (err) errors.add(err.replace(/ is NaN$/, " contains NaNs"));
  }
  const first = [...errors].find((e) => e.endsWith("value too large")) ?? [...errors][0];
  if (first) throw new Error(first);
}
