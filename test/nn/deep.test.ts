import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import type { ActivationName, LossName } from "../../src/nn";
import fx from "../fixtures/nn/deep.json";
import { A, dict, expectClose, expectDictClose } from "./helpers";

const LOSS: Record<string, LossName> = { bce: "binaryCrossEntropy", cce: "categoricalCrossEntropy", mse: "mse" };

describe("deep L-layer network, step by step, matches numpy", () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const X = A(c.X), Y = A(c.Y), parameters = dict(c.parameters);
      const activations = c.activations as ActivationName[];
      const loss = LOSS[c.loss];
      const seeded = c.keepProb < 1;
      const [AL, caches] = nn.modelForward(X, parameters, { activations, keepProb: c.keepProb, seed: c.seed ?? undefined, batchNorm: c.batchNorm });
      expectClose(AL, c.AL, 1e-10, "AL");
      expect(caches.length).toBe(activations.length);
      caches.forEach((cache, l) => expectClose(cache.Z, c.Z[l], 1e-10, `Z${l + 1}`));
      if (seeded) caches.slice(0, -1).forEach((cache, l) => expectClose(cache.D!, c.D[l], 0, `D${l + 1} (seeded masks)`));
      const cost = c.lambd ? nn.computeCostWithRegularization(AL, Y, parameters, c.lambd, loss) : nn.computeCost(AL, Y, loss);
      expectClose(cost, c.cost, 1e-10, "cost");
      const grads = nn.modelBackward(AL, Y, caches, { loss, lambd: c.lambd });
      expectDictClose(grads, c.grads, 1e-10, "grads");
      expectDictClose(nn.updateParameters(parameters, grads, 0.1), c.updated, 1e-10, "updated");
    });
  }

  it("the layer functions compose into modelForward / modelBackward", () => {
    const c = fx.cases[0];
    const X = A(c.X), Y = A(c.Y), p = dict(c.parameters);
    const [Z1, lc1] = nn.linearForward(X, p.W1, p.b1);
    expectClose(Z1, c.Z[0]);
    expect(lc1.A_prev).toBe(X);
    const [A1, cache1] = nn.linearActivationForward(X, p.W1, p.b1, "relu");
    const [A2, cache2] = nn.linearActivationForward(A1, p.W2, p.b2, "relu");
    const [A3, cache3] = nn.linearActivationForward(A2, p.W3, p.b3, "sigmoid");
    expectClose(A3, c.AL);
    // the slides' dA^[L] = −(y/a − (1 − y)/(1 − a)) through sigmoid' gives the same dZ^[L] = A − Y here
    const dAL = nn.binaryCrossEntropyGrad(A3, Y);
    const [dA2, dW3, db3] = nn.linearActivationBackward(dAL, cache3, "sigmoid");
    expectClose(dW3, c.grads.dW3, 1e-9);
    expectClose(db3, c.grads.db3, 1e-9);
    expectClose(dA2, c.grads.dA2, 1e-9);
    const [dA1, dW2] = nn.linearActivationBackward(dA2, cache2);
    expectClose(dW2, c.grads.dW2, 1e-9);
    const [dA0, dW1, db1] = nn.linearActivationBackward(dA1, cache1, "relu");
    expectClose(dW1, c.grads.dW1, 1e-9);
    expectClose(db1, c.grads.db1, 1e-9);
    expectClose(dA0, c.grads.dA0, 1e-9);
    const [, dW, db] = nn.linearBackward(np.subtract(A3, Y), cache3);
    expectClose(dW, c.grads.dW3);
    expectClose(db, c.grads.db3);
  });

  it("hidden/output options pick the activations; numLayers counts W's", () => {
    const c = fx.cases[1];
    const [AL] = nn.modelForward(A(c.X), dict(c.parameters), { hidden: "tanh", output: "softmax" });
    expectClose(AL, c.AL);
    expect(nn.numLayers(dict(c.parameters))).toBe(2);
    expect(() => nn.numLayers({})).toThrow(/no W1/);
    expect(() => nn.modelForward(A(c.X), dict(c.parameters), { activations: ["relu"] })).toThrow(/1 entries for 2 layers/);
  });

  it("the 003 deck's two-layer example: Z1 = [0.8 0.52 0.68 0.7], ŷ = 0.7208976410784247, loss 0.3272581197666863", () => {
    const d = fx.deck;
    const W1 = np.array([[0.9, 0.2, 0.4, 0.3], [-0.5, 0.4, 0.3, 0.3], [0.1, 0.1, -0.1, 0.2], [-0.2, 0.5, 0.5, 0.7]]);
    const b1 = np.full([4, 1], 0.5), W2 = np.array([[0.5, 0.8, -0.6, 0.3]]), b2 = np.array([[0.3]]);
    const x = np.array([[0.3], [0.5], [-0.4], [0.3]]), y = np.array([[1]]);
    const [AL, caches] = nn.modelForward(x, { W1, b1, W2, b2 }, { hidden: "sigmoid", output: "sigmoid" });
    const Z1 = caches[0].Z;
    expectClose(Z1, d.Z1, 1e-15);
    expect(Z1.ravel().toString()).toBe(d.Z1Str); // numpy prints [0.8  0.52 0.68 0.7 ]
    expect(Z1.toString()).toBe(d.Z1ColumnStr);
    expectClose(caches[1].A_prev, d.A1, 1e-15);
    expectClose(caches[1].Z, d.Z2, 1e-15);
    expect(AL.item(0, 0)).toBe(0.7208976410784247);
    expect(AL.item(0, 0)).toBe(d.yhat);
    expect(nn.computeCost(AL, y)).toBe(0.3272581197666863);
    expect(String(nn.computeCost(AL, y))).toBe(d.lossStr);
    expect(nn.L3(AL, y)).toBe(d.loss);
  });

  it("seeded: initializeParametersDeep draws numpy's RandomState(3) for random ×0.01, He and Xavier", () => {
    for (const method of ["random", "he", "xavier"] as const) {
      expectDictClose(nn.initializeParametersDeep([5, 4, 3], { method, seed: 3 }), (fx.init as any)[method], 1e-15, method);
    }
    const z = nn.initializeParametersDeep([2, 3], { method: "zeros" });
    expect(np.sum(np.abs(z.W1))).toBe(0);
    expect(() => nn.initializeParametersDeep([3])).toThrow(/at least/);
    expect(() => nn.initializeParametersDeep([3, 2], { method: "lecun" as any })).toThrow(/unknown initialization/);
  });

  it("predict: threshold 0.5 for one output unit, argmax over units otherwise", () => {
    expectClose(nn.outputToLabels(A(fx.labels.AL1)), { shape: [1, 4], data: [0, 1, 0, 1] }, 0);
    expectClose(nn.outputToLabels(A(fx.labels.AL3)), { shape: [1, 3], data: [1, 0, 2] }, 0);
    const c = fx.cases[1];
    const p = nn.predict(A(c.X), dict(c.parameters), { hidden: "tanh", output: "softmax" });
    expectClose(p, { shape: [1, 8], data: nn.toLabels(A(c.AL)) }, 0);
  });

  it("updateParameters leaves its inputs alone and skips parameters without gradients", () => {
    const W1 = np.array([[1, 2]]), b1 = np.array([[0]]);
    const out = nn.updateParameters({ W1, b1 }, { dW1: np.array([[1, 1]]) }, 0.5);
    expect(Array.from(out.W1.data)).toEqual([0.5, 1.5]);
    expect(Array.from(W1.data)).toEqual([1, 2]);
    expect(out.b1).toBe(b1);
  });
});
