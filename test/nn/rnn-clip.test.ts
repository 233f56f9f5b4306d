// Gradient clipping and the vanishing / exploding gradient demonstration.
import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import * as rnn from "../../src/nn/rnn";
import { arr, expectClose, fixtures, inputs, params } from "./rnn-fixture";

const PARAMS = ["dWax", "dWaa", "dba", "dWya", "dby"] as const;

describe.each(fixtures.cases.map((c) => [c.name, c] as const))("clipping, %s case", (_name, c) => {
  const { x, a0, y, p, output } = inputs(c);
  const all = rnn.bptt(x, y, a0, p, { output }).gradients;
  const grads = { dWax: all.dWax, dWaa: all.dWaa, dba: all.dba, dWya: all.dWya, dby: all.dby };

  it("clipByValue matches np.clip and leaves the input alone", () => {
    const before = grads.dWaa.copy();
    const clipped = rnn.clipByValue(grads, c.clip.maxValue);
    for (const k of PARAMS) expectClose(clipped[k], c.clip.byValue[k], 1e-10, k);
    for (const k of PARAMS) expect(np.max(np.abs(clipped[k]))).toBeLessThanOrEqual(c.clip.maxValue);
    expectClose(grads.dWaa, before, 0, "input dWaa");
  });

  it("clipByGlobalNorm rescales to maxNorm when above it, keeping the direction", () => {
    expectClose([rnn.globalNorm(grads)], [c.clip.globalNorm], 1e-10, "globalNorm");
    const { gradients, norm } = rnn.clipByGlobalNorm(grads, c.clip.maxNorm);
    expectClose([norm], [c.clip.globalNorm], 1e-10, "norm");
    for (const k of PARAMS) expectClose(gradients[k], c.clip.byNorm[k], 1e-10, k);
    expectClose([rnn.globalNorm(gradients)], [c.clip.maxNorm], 1e-12, "norm after");
  });

  it("clipByGlobalNorm leaves gradients below maxNorm unchanged", () => {
    const { gradients } = rnn.clipByGlobalNorm(grads, c.clip.largeMaxNorm);
    for (const k of PARAMS) expectClose(gradients[k], grads[k], 0, k);
    for (const k of PARAMS) expectClose(gradients[k], c.clip.byLargeNorm[k], 1e-10, k);
    expect(gradients.dWaa).not.toBe(grads.dWaa);
  });
});

describe("clipping input checks", () => {
  it("needs a positive bound", () => {
    const g = { dW: np.array([1, -2]) };
    expect(() => rnn.clipByValue(g, 0)).toThrow(/positive/);
    expect(() => rnn.clipByGlobalNorm(g, -1)).toThrow(/positive/);
    expect(rnn.globalNorm({ a: np.array([3]), b: np.array([[4]]) })).toBe(5);
  });
});

describe("vanishing and exploding gradients through time", () => {
  const run = (which: "small" | "large") => {
    const d = fixtures.throughTime[which];
    return { d, norms: rnn.gradientNormsThroughTime(arr(d.x), arr(d.a0), params(d.parameters), arr(d.daLast)) };
  };

  it("records ‖∂L⟨T⟩/∂a⟨t⟩‖ for every t as numpy does", () => {
    for (const which of ["small", "large"] as const) {
      const { d, norms } = run(which);
      expectClose(norms, d.gradNorms, 1e-10, which);
    }
  });

  it("shrinks geometrically going back in time when Waa has spectral radius 0.5", () => {
    const { norms } = run("small");
    for (let t = 0; t < norms.length - 1; t++) {
      expect(norms[t] / norms[t + 1]).toBeGreaterThan(0.49);
      expect(norms[t] / norms[t + 1]).toBeLessThanOrEqual(0.5 + 1e-12);
    }
    expect(norms[0] / norms[norms.length - 1]).toBeLessThan(1e-5);
  });

  it("grows geometrically going back in time when Waa has spectral radius 1.5", () => {
    const { norms } = run("large");
    for (let t = 0; t < norms.length - 1; t++) {
      expect(norms[t] / norms[t + 1]).toBeGreaterThan(1.45);
      expect(norms[t] / norms[t + 1]).toBeLessThanOrEqual(1.5 + 1e-12);
    }
    expect(norms[0] / norms[norms.length - 1]).toBeGreaterThan(1e3);
  });

  it("bptt's gradNorms start, at the last step, from that step's own error ‖Wyaᵀ dz⟨T⟩‖", () => {
    const { x, a0, y, p } = inputs(fixtures.cases[0]);
    const r = rnn.bptt(x, y, a0, p);
    const { da } = rnn.rnnOutputBackward(r.yPred, y, r.a, p);
    expect(r.gradNorms.length).toBe(x.shape[2]);
    expectClose([r.gradNorms[x.shape[2] - 1]], [np.linalg.norm(da.get(":", ":", -1))], 1e-14, "last");
    expect(Math.abs(r.gradNorms[0] - np.linalg.norm(da.get(":", ":", 0)))).toBeGreaterThan(1e-6);
  });
});
