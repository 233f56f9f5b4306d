import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import type { ActivationName, LossName, OptimizerName } from "../../src/nn";
import fx from "../fixtures/nn/training.json";
import { A, dict, expectDictClose, expectListClose } from "./helpers";

const LOSS: Record<string, LossName> = { bce: "binaryCrossEntropy", cce: "categoricalCrossEntropy" };
const X = A(fx.X);

describe("seeded: the training loop nn.train matches a numpy loop (permutation per epoch from RandomState(seed))", () => {
  for (const r of fx.runs) {
    it(`${r.name}: batch size ${r.batchSize}, ${r.optimizer}, ${r.epochs} epochs`, () => {
      const p0 = dict(r.parameters);
      const out = nn.train(X, A(r.Y), p0, {
        activations: r.activations as ActivationName[], loss: LOSS[r.loss], epochs: r.epochs, batchSize: r.batchSize,
        optimizer: r.optimizer as OptimizerName, learningRate: r.learningRate, lambd: r.lambd, seed: r.seed,
      });
      expectListClose(out.costs, r.costs, 1e-9, "costs per epoch");
      expectDictClose(out.parameters, r.final, 1e-9, "final parameters");
      expectDictClose(p0, r.parameters, 0, "inputs unchanged");
    });
  }
});

describe("nn.train and nn.Model behaviour", () => {
  const Y = A(fx.runs[0].Y);
  it("onEpoch sees every epoch and can stop training by returning false", () => {
    const seen: number[] = [];
    const p = nn.initializeParametersDeep([4, 5, 1], { method: "he", seed: 1 });
    const r = nn.train(X, Y, p, { epochs: 10, learningRate: 0.1, onEpoch: ({ epoch, cost, parameters }) => {
      seen.push(epoch);
      expect(Number.isFinite(cost)).toBe(true);
      expect(parameters.W1.shape).toEqual([5, 4]);
      return epoch < 3;
    } });
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(r.costs.length).toBe(4);
  });
  it("dropout and L2 train without error and reduce the cost", () => {
    const model = new nn.Model([4, 8, 1], { seed: 2 });
    const { costs } = model.fit(X, Y, { epochs: 60, batchSize: 5, optimizer: "rmsprop", learningRate: 0.01, keepProb: 0.8, lambd: 0.05, seed: 1 });
    expect(costs[59]).toBeLessThan(costs[0]);
    expect(model.costs.length).toBe(60);
    model.fit(X, Y, { epochs: 5, learningRate: 0.01 });
    expect(model.costs.length).toBe(65); // fit continues from the learned parameters
  });
  it("Model picks sigmoid + binary cross-entropy for one output, softmax + categorical for more, mse for linear", () => {
    const bin = new nn.Model([4, 3, 1], { seed: 0 });
    expect(bin.activations.map((a) => a.name)).toEqual(["relu", "sigmoid"]);
    expect(bin.loss).toBe("binaryCrossEntropy");
    const multi = new nn.Model([4, 3, 3], { hidden: "tanh", seed: 0 });
    expect(multi.activations.map((a) => a.name)).toEqual(["tanh", "softmax"]);
    expect(multi.loss).toBe("categoricalCrossEntropy");
    expect(multi.predictProba(X).shape).toEqual([3, 20]);
    expect(np.allclose(np.sum(multi.predictProba(X), { axis: 0 }), 1)).toBe(true);
    expect(multi.predict(X).shape).toEqual([1, 20]);
    const reg = new nn.Model([4, 6, 1], { output: "linear", seed: 0 });
    expect(reg.loss).toBe("mse");
    const target = np.add(np.multiply(2, X.get([0])), X.get([1])); // y = 2 x0 + x1
    const before = reg.cost(X, target);
    reg.fit(X, target, { epochs: 200, optimizer: "adam", learningRate: 0.02 });
    expect(reg.cost(X, target)).toBeLessThan(before / 10);
  });
  it("a batch-normalised Model learns, and predicts with the running averages", () => {
    const model = new nn.Model([4, 8, 8, 1], { batchNorm: true, seed: 5 });
    expect(Object.keys(model.parameters).sort()).toEqual(["W1", "W2", "W3", "b1", "b2", "b3", "beta1", "beta2", "gamma1", "gamma2"]);
    const untrained = model.predictProba(X); // no running averages yet: X's own statistics
    expect(untrained.shape).toEqual([1, 20]);
    const { costs } = model.fit(X, Y, { epochs: 40, batchSize: 10, optimizer: "adam", learningRate: 0.01, seed: 1 });
    expect(costs[39]).toBeLessThan(costs[0]);
    expect(Object.keys(model.running).sort()).toEqual(["1", "2"]);
    expect(model.running[1].mean.shape).toEqual([8, 1]);
    expect(model.evaluate(X, Y)).toBeGreaterThanOrEqual(0.85);
    // test mode: one example alone gets the same prediction as inside the whole set
    const one = model.predictProba(X.get(":", "3:4"));
    expect(one.item(0, 0)).toBeCloseTo(model.predictProba(X).item(0, 3), 12);
  });
  it("SGD (batch size 1) and momentum learn a separable problem", () => {
    for (const optimizer of ["gd", "momentum"] as const) {
      const model = new nn.Model([4, 6, 1], { seed: 4 });
      model.fit(X, Y, { epochs: 30, batchSize: 1, optimizer, learningRate: 0.05, seed: 3 });
      expect(model.evaluate(X, Y)).toBeGreaterThanOrEqual(0.9);
    }
  });
});
