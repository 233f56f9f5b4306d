// Shared helpers of the rnn tests: fixture arrays (written by test/gen/rnn_fixtures.py) and
// element-wise comparison with a tolerance relative to max(1, |expected|).
import { np, NDArray } from "../../src/np";
import type { RnnParameters } from "../../src/nn/rnn";
import fx from "../fixtures/rnn/rnn.json";

export interface Spec { shape: number[]; data: number[] }
export type Output = "softmax" | "linear";
export const fixtures = fx as unknown as {
  eps: number;
  cases: any[];
  throughTime: Record<"small" | "large", any>;
};

/** A fixture array as an NDArray. */
export function arr(s: Spec): NDArray {
  return np.array(s.data).reshape(s.shape);
}

/** The parameters stored in a fixture. */
export function params(p: Record<string, Spec>): RnnParameters {
  return { Wax: arr(p.Wax), Waa: arr(p.Waa), ba: arr(p.ba), Wya: arr(p.Wya), by: arr(p.by) };
}

/** Inputs of a fixture case. */
export function inputs(c: any): { x: NDArray; a0: NDArray; y: NDArray; p: RnnParameters; output: Output } {
  return { x: arr(c.inputs.x), a0: arr(c.inputs.a0), y: arr(c.inputs.y), p: params(c.inputs.parameters), output: c.output };
}

export function flat(a: NDArray | number[]): number[] {
  return Array.isArray(a) ? a : Array.from(a.flatten().data as Float64Array);
}

/** Throws naming the first element off by more than tol·max(1, |expected|). */
export function expectClose(actual: NDArray | number[], expected: Spec | NDArray | number[], tol: number, what = ""): void {
  if (!Array.isArray(actual) && !Array.isArray(expected) && !(expected instanceof NDArray)) {
    if (actual.shape.join() !== expected.shape.join()) throw new Error(`${what}: shape (${actual.shape}) vs expected (${expected.shape})`);
  }
  const a = flat(actual);
  const e = Array.isArray(expected) ? expected : expected instanceof NDArray ? flat(expected) : expected.data;
  if (a.length !== e.length) throw new Error(`${what}: ${a.length} values vs expected ${e.length}`);
  for (let i = 0; i < e.length; i++) {
    if (!(Math.abs(a[i] - e[i]) <= tol * Math.max(1, Math.abs(e[i])))) {
      throw new Error(`${what} element ${i}: ${a[i]} vs expected ${e[i]} (tolerance ${tol})`);
    }
  }
}
