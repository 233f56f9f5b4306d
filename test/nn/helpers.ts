// Shared helpers of the nn tests: fixture arrays to NDArrays, and comparisons within a tolerance.
import { expect } from "vitest";
import { np, NDArray } from "../../src/np";

/** An array as the numpy generator stores it. */
export interface Arr {
  shape: number[];
  data: number[];
}

/** A fixture array as a float64 NDArray. */
export function A(a: Arr): NDArray {
  return np.array(a.data, { dtype: "float64" }).reshape(a.shape);
}

/** Parameters/grads stored as { name: Arr } to { name: NDArray }. */
export function dict(o: Record<string, Arr>): Record<string, NDArray> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, A(v)]));
}

/** The values of an array (any layout) in C order. */
export function values(x: NDArray): number[] {
  return Array.from(np.asarray(x).astype("float64").copy().data as Float64Array);
}

/** |actual − expected| ≤ tol · max(1, |expected|) for every entry, and equal shapes. */
export function expectClose(actual: NDArray | number, expected: Arr | number, tol = 1e-10, what = "value"): void {
  if (typeof expected === "number") {
    const a = typeof actual === "number" ? actual : np.asarray(actual).item();
    if (!(Math.abs(a - expected) <= tol * Math.max(1, Math.abs(expected)))) throw new Error(`${what}: ${a} vs expected ${expected} (tolerance ${tol})`);
    return;
  }
  if (typeof actual === "number") throw new Error(`${what}: got a number ${actual}, expected an array of shape (${expected.shape})`);
  expect(actual.shape, `${what} shape`).toEqual(expected.shape);
  const v = values(actual);
  for (let i = 0; i < v.length; i++) {
    const e = expected.data[i];
    if (!(Math.abs(v[i] - e) <= tol * Math.max(1, Math.abs(e)))) throw new Error(`${what}[${i}] (flat): ${v[i]} vs expected ${e} (tolerance ${tol})`);
  }
}

/** expectClose for plain number lists. */
export function expectListClose(actual: number[], expected: number[], tol = 1e-10, what = "list"): void {
  expect(actual.length, `${what} length`).toBe(expected.length);
  actual.forEach((a, i) => expectClose(a, expected[i], tol, `${what}[${i}]`));
}

/** Every array of `actual` close to the fixture's, key by key (same keys). */
export function expectDictClose(actual: Record<string, NDArray>, expected: Record<string, Arr>, tol = 1e-10, what = "dict"): void {
  expect(Object.keys(actual).sort(), `${what} keys`).toEqual(Object.keys(expected).sort());
  for (const k of Object.keys(expected)) expectClose(actual[k], expected[k], tol, `${what}.${k}`);
}
