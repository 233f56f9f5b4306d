// Gradient checking: BPTT's gradients against central differences of the loss.
import { describe, expect, it } from "vitest";
import { NDArray } from "../../src/np";
import * as rnn from "../../src/nn/rnn";
import type { RnnParameters } from "../../src/nn/rnn";
import { fixtures, flat, inputs } from "./rnn-fixture";

const EPS = 1e-6;

/** ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖), the course's relative difference. */
function relativeError(g: number[], approx: number[]): number {
  let num = 0, a = 0, b = 0;
  for (let i = 0; i < g.length; i++) {
    num += (g[i] - approx[i]) ** 2;
    a += g[i] ** 2;
    b += approx[i] ** 2;
  }
  return Math.sqrt(num) / (Math.sqrt(a) + Math.sqrt(b));
}

/** Central differences (L(θ + ε) − L(θ − ε)) / 2ε of `loss` for every entry of `v`. */
function numericalGradient(v: NDArray, loss: (v: NDArray) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.size; i++) {
    const plus = v.copy();
    const minus = v.copy();
    plus.data[i] += EPS;
    minus.data[i] -= EPS;
    out.push((loss(plus) - loss(minus)) / (2 * EPS));
  }
  return out;
}

describe.each(fixtures.cases.map((c) => [c.name, c] as const))("gradient check, %s case", (_name, c) => {
  const { x, a0, y, p, output } = inputs(c);
  const L = (xx: NDArray, aa: NDArray, pp: RnnParameters) => rnn.rnnLoss(rnn.rnnForward(xx, aa, pp, { output }).yPred, y, { output });
  const { gradients } = rnn.bptt(x, y, a0, p, { output });

  for (const [name, key] of [["Wax", "dWax"], ["Waa", "dWaa"], ["ba", "dba"], ["Wya", "dWya"], ["by", "dby"]] as const) {
    it(`${key} agrees with central differences (relative error < 1e-7)`, () => {
      const num = numericalGradient(p[name], (v) => L(x, a0, { ...p, [name]: v }));
      const err = relativeError(flat(gradients[key]), num);
      expect(err).toBeLessThan(1e-7);
    });
  }

  it("dx and da0 agree with central differences (relative error < 1e-7)", () => {
    expect(relativeError(flat(gradients.dx), numericalGradient(x, (v) => L(v, a0, p)))).toBeLessThan(1e-7);
    expect(relativeError(flat(gradients.da0), numericalGradient(a0, (v) => L(x, v, p)))).toBeLessThan(1e-7);
  });

  it("a wrong gradient fails the check", () => {
    const num = numericalGradient(p.Waa, (v) => L(x, a0, { ...p, Waa: v }));
    const truncated = rnn.truncatedBptt(x, y, a0, p, 1, { output }).gradients.dWaa;
    expect(relativeError(flat(truncated), num)).toBeGreaterThan(1e-4);
  });
});
