import { describe, expect, it } from "vitest";
import { nn } from "../../src/nn";
import fx from "../fixtures/nn/shallow.json";
import { A, dict, expectClose, expectDictClose, expectListClose } from "./helpers";

const X = A(fx.X), Y = A(fx.Y), parameters = dict(fx.parameters);

describe("shallow network (one hidden layer)", () => {
  it("layerSizes", () => {
    expect(nn.shallow.layerSizes(X, Y)).toEqual({ n_x: 2, n_h: 4, n_y: 1 });
    expect(nn.shallow.layerSizes(X, Y, 7).n_h).toBe(7);
  });
  for (const hidden of ["tanh", "relu"] as const) {
    const f = fx[hidden];
    it(`${hidden}: forward, cost, backward, update, predict match numpy`, () => {
      const [A2, cache] = nn.shallow.forwardPropagation(X, parameters, { hidden });
      expectDictClose(cache as any, f.cache, 1e-10, "cache");
      expectClose(A2, f.cache.A2);
      expectClose(nn.shallow.computeCost(A2, Y), f.cost);
      const grads = nn.shallow.backwardPropagation(parameters, cache, X, Y, { hidden });
      expectDictClose(grads, f.grads, 1e-10, "grads");
      expectDictClose(nn.shallow.updateParameters(parameters, grads), f.updated, 1e-10, "updated");
      expectClose(nn.shallow.predict(parameters, X, { hidden }), f.predict, 0);
    });
  }
  it("seeded: initializeParameters(seed 3) draws numpy's RandomState(3).randn × 0.01", () => {
    expectDictClose(nn.shallow.initializeParameters(2, 4, 1, { seed: 3 }), fx.init3, 0, "init");
  });
  it("seeded: nnModel 200 iterations at α = 1.2 from seed 3 matches numpy's costs and parameters", () => {
    const { parameters: p, costs } = nn.shallow.nnModel(X, Y, 4, { numIterations: 200, seed: 3 });
    expectListClose(costs, fx.nnModel.costs, 1e-9, "costs");
    expectDictClose(p, fx.nnModel.parameters, 1e-9, "parameters");
    expect(costs[199]).toBeLessThan(costs[0]);
  });
});
