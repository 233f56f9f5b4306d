// numpy's `cont`/`disc` machinery for RandomState samplers: parameter constraints with numpy's
// error texts (scalar and array wordings differ, as in numpy), and the scalar / broadcast paths.

import { NDArray } from "../ndarray";
import { alloc } from "../storage";
import { asarray } from "../creation";
import type { ArrayLike } from "../ndarray";
import { Size, sizeShape, sizeOf, broadcastParams, scalarize } from "./params";

/** numpy's constraint kinds (CONS_* in numpy/random/_common.pyx). */
export type Constraint =
  | "none"
  | "nonNegative"
  | "positive"
  | "bounded01"
  | "boundedGt01"
  | "boundedLt01"
  | "gt1"
  | "gte1"
  | "legacyPoisson"
  | "nonNegativeLong";

/** numpy's LEGACY_POISSON_LAM_MAX: LONG_MAX - 10 sqrt(LONG_MAX), in double arithmetic. */
const LEGACY_POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;
const LONG_MAX = 9223372036854775807;

/** Throws numpy's ValueError text when v breaks the constraint; `array` picks the array wording. */
export function checkValue(v: number, name: string, cons: Constraint, array = false): void {
  const nan = array ? `${name} contains NaNs` : `${name} is NaN`;
  switch (cons) {
    case "nonNegative":
      if (!Number.isNaN(v) && (v < 0 || Object.is(v, -0))) throw new Error(`${name} < 0`);
      return;
    case "positive":
      if (v <= 0) throw new Error(`${name} <= 0`);
      return;
    case "bounded01":
      if (!(v >= 0) || !(v <= 1)) throw new Error(`${name} < 0, ${name} > 1 or ${nan}`);
      return;
    case "boundedGt01":
      if (!(v > 0) || !(v <= 1)) throw new Error(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "boundedLt01":
      if (!(v >= 0) || !(v < 1)) throw new Error(`${name} < 0, ${name} >= 1 or ${nan}`);
      return;
    case "gt1":
      if (!(v > 1)) throw new Error(`${name} <= 1 or ${nan}`);
      return;
    case "gte1":
      if (!(v >= 1)) throw new Error(`${name} < 1 or ${nan}`);
      return;
    case "legacyPoisson":
      if (!(v >= 0)) throw new Error(`${name} < 0 or ${nan}`);
      if (!(v <= LEGACY_POISSON_LAM_MAX)) throw new Error(`${name} value too large`);
      return;
    case "nonNegativeLong":
      if (v < 0) throw new Error(`${name} < 0`);
      if (v > LONG_MAX) throw new Error(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
      return;
  }
}

/** Checks every element of an array parameter, in numpy's order of tests. */
export function checkArray(values: Float64Array, name: string, cons: Constraint): void {
  if (cons === "legacyPoisson") {
    // numpy tests the whole array for "too large" before it tests for negatives and NaNs.
    for (let i = 0; i < values.length; i++) if (!(values[i] <= LEGACY_POISSON_LAM_MAX)) throw new Error(`${name} value too large`);
  } else if (cons === "nonNegativeLong") {
    for (let i = 0; i < values.length; i++) if (!(values[i] >= 0)) throw new Error(`${name} < 0`);
  }
  for (let i = 0; i < values.length; i++) checkValue(values[i], name, cons, true);
}

/** One sampler parameter: its value (number or array-like), numpy's name for it and its constraint. */
export interface Param {
  value: number | ArrayLike;
  name: string;
  cons: Constraint;
}

const flat = (v: number | ArrayLike): Float64Array => {
  const a = asarray(v as ArrayLike, { dtype: "float64" });
  const out = new Float64Array(a.size);
  for (let i = 0; i < a.size; i++) out[i] = a.getFlat(i);
  return out;
};

/**
 * Runs a sampler the way numpy's `cont`/`disc` do: all-scalar parameters are checked once and give
 * a plain number without `size` (else `size` draws); any array parameter switches to the broadcast
 * path (every element checked first, one draw per output element, in C order).
 */
export function sample(
  params: readonly Param[],
  size: Size,
  dtype: "float64" | "int64",
  draw: (a: number, b: number, c: number) => number,
): NDArray | number {
  const values = params.map((p) => scalarize(p.value));
  if (values.every((v) => typeof v === "number")) {
    const [a = 0, b = 0, c = 0] = values as number[];
    params.forEach((p, i) => checkValue(values[i] as number, p.name, p.cons));
    if (size === null || size === undefined) return draw(a, b, c);
    const shape = sizeShape(size);
    const out = alloc("float64", sizeOf(shape), false) as Float64Array;
    for (let i = 0; i < out.length; i++) out[i] = draw(a, b, c);
    return NDArray.fromData(out, shape, dtype);
  }
  params.forEach((p, i) => checkArray(flat(values[i] as ArrayLike), p.name, p.cons));
  const { shape, values: cols } = broadcastParams(values as ArrayLike[], size);
  const n = sizeOf(shape);
  const [as, bs, cs] = cols;
  const out = alloc("float64", n, false) as Float64Array;
  for (let i = 0; i < n; i++) out[i] = draw(as[i], bs ? bs[i] : 0, cs ? cs[i] : 0);
  return NDArray.fromData(out, shape, dtype);
}
