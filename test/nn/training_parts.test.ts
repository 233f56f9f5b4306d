import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import fx from "../fixtures/nn/training_parts.json";
import { A, expectClose } from "./helpers";

describe("mini-batches", () => {
  const X = A(fx.minibatch.X), Y = A(fx.minibatch.Y);
  it("cut in a given order: full batches of 4 and a last one of 2", () => {
    const batches = nn.miniBatches(X, Y, 4, fx.minibatch.permutation);
    expect(batches.length).toBe(3);
    batches.forEach(([Xb, Yb], k) => {
      expectClose(Xb, fx.minibatch.given[k][0], 0, `X batch ${k}`);
      expectClose(Yb, fx.minibatch.given[k][1], 0, `Y batch ${k}`);
    });
    expect(nn.miniBatches(X, Y, 10).length).toBe(1);
    expect(() => nn.miniBatches(X, Y, 0)).toThrow(/positive integer/);
    expect(() => nn.miniBatches(X, Y.get(":", "0:9"), 2)).toThrow(/Y has 9/);
  });
  it("seeded: randomMiniBatches(X, Y, 3, seed 2) shuffles like np.random.seed(2); np.random.permutation(m)", () => {
    const batches = nn.randomMiniBatches(X, Y, 3, 2);
    expect(batches.length).toBe(4);
    batches.forEach(([Xb, Yb], k) => {
      expectClose(Xb, fx.minibatch.seeded[k][0], 0, `X batch ${k}`);
      expectClose(Yb, fx.minibatch.seeded[k][1], 0, `Y batch ${k}`);
    });
    // every example exactly once
    const seen = batches.flatMap(([Xb]) => Array.from(Xb.get(0).astype("float64").data as Float64Array)).sort((a, b) => a - b);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("batch normalisation", () => {
  const f = fx.batchnorm;
  const Z = A(f.Z), gamma = A(f.gamma), beta = A(f.beta);
  it("forward (train mode) and backward match numpy", () => {
    const [out, cache] = nn.batchnormForward(Z, gamma, beta);
    expectClose(out, f.out);
    expectClose(cache.Zhat, f.Zhat);
    const [dZ, dgamma, dbeta] = nn.batchnormBackward(A(f.dout), cache);
    expectClose(dZ, f.dZ);
    expectClose(dgamma, f.dgamma);
    expectClose(dbeta, f.dbeta);
  });
  it("normalised rows have mean 0 and variance 1 (before γ, β)", () => {
    const [, cache] = nn.batchnormForward(Z, np.ones([4, 1]), np.zeros([4, 1]), { eps: 0 });
    for (let i = 0; i < 4; i++) {
      expect(Math.abs(np.mean(cache.Zhat.get(i)))).toBeLessThan(1e-12);
      expect(Math.abs(np.var(cache.Zhat.get(i)) - 1)).toBeLessThan(1e-12);
    }
  });
  it("running averages in train mode, used in test mode", () => {
    const running = { mean: A(f.runningMean), var: A(f.runningVar) };
    nn.batchnormForward(Z, gamma, beta, { running });
    expectClose(running.mean, f.newMean);
    expectClose(running.var, f.newVar);
    const [testOut] = nn.batchnormForward(Z, gamma, beta, { mode: "test", running: { mean: A(f.runningMean), var: A(f.runningVar) } });
    expectClose(testOut, f.testOut);
    expect(() => nn.batchnormForward(Z, gamma, beta, { mode: "test" })).toThrow(/running mean/);
  });
});

describe("inverted dropout", () => {
  const f = fx.dropout;
  it("seeded: the mask is rand(shape) < keepProb from RandomState(seed); kept units are scaled by 1/keepProb", () => {
    const [Ad, D] = nn.dropoutForward(A(f.A), f.keepProb, 3);
    expectClose(D, f.D, 0);
    expectClose(Ad, f.Adrop);
  });
  it("backward applies the same mask and scale", () => {
    expectClose(nn.dropoutBackward(A(f.dA), A(f.D), f.keepProb), f.dAdrop);
    expect(() => nn.dropoutForward(A(f.A), 0)).toThrow(/keepProb/);
  });
  it("keeps the expected value: the mean of many dropped copies approaches A", () => {
    const a = np.full([200, 200], 2.0);
    const [Ad] = nn.dropoutForward(a, 0.8, 0);
    expect(Math.abs(np.mean(Ad) - 2)).toBeLessThan(0.05);
  });
  it("L2 penalty (λ/2m) Σ‖W‖² ignores b", () => {
    const p = { W1: np.array([[1, 2]]), b1: np.array([[5]]), W2: np.array([[3]]) };
    expect(nn.l2RegularizationCost(p, 0.5, 2)).toBe((0.5 / 4) * 14);
  });
});
