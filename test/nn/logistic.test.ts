import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import fx from "../fixtures/nn/logistic.json";
import { A, expectClose, expectListClose } from "./helpers";

describe("logistic regression as a neural network", () => {
  it("initializeWithZeros", () => {
    const [w, b] = nn.logistic.initializeWithZeros(3);
    expect(w.shape).toEqual([3, 1]);
    expect(np.sum(np.abs(w))).toBe(0);
    expect(b).toBe(0);
  });
  for (const key of ["course", "random"] as const) {
    const f = fx[key];
    it(`${key}: propagate (vectorized) matches numpy`, () => {
      const [grads, cost] = nn.logistic.propagate(A(f.w), f.b, A(f.X), A(f.Y));
      expectClose(grads.dw, f.dw);
      expectClose(grads.db, f.db);
      expectClose(cost, f.cost);
    });
    it(`${key}: the two-loop version gives the same numbers`, () => {
      const [grads, cost] = nn.logistic.propagateLoops(A(f.w), f.b, A(f.X), A(f.Y));
      expectClose(grads.dw, f.dw);
      expectClose(grads.db, f.db);
      expectClose(cost, f.cost);
    });
  }
  it("course: optimize 100 iterations at α = 0.009, then predict", () => {
    const f = fx.course;
    const [params, grads, costs] = nn.logistic.optimize(A(f.w), f.b, A(f.X), A(f.Y), { numIterations: 100, learningRate: 0.009 });
    expectClose(params.w, f.optimized.w);
    expectClose(params.b, f.optimized.b);
    expectClose(grads.dw, f.optimized.dw);
    expectClose(grads.db, f.optimized.db);
    expectListClose(costs, f.optimized.costs);
    expectClose(nn.logistic.predict(params.w, params.b, A(f.X)), f.predict, 0);
  });
  it("random: optimize from zeros records the cost every 10 iterations; loops and vectorized agree", () => {
    const f = fx.random;
    const [w0, b0] = nn.logistic.initializeWithZeros(4);
    for (const loops of [false, true]) {
      const [params, grads, costs] = nn.logistic.optimize(w0, b0, A(f.X), A(f.Y), { numIterations: 60, learningRate: 0.1, recordEvery: 10, loops });
      expectClose(params.w, f.optimized.w);
      expectClose(params.b, f.optimized.b);
      expectClose(grads.dw, f.optimized.dw);
      expectListClose(costs, f.optimized.costs);
      expectClose(nn.logistic.predict(params.w, params.b, A(f.X)), f.predict, 0);
    }
  });
  it("model returns the course's dictionary", () => {
    const f = fx.random;
    const d = nn.logistic.model(A(f.X), A(f.Y), A(f.X), A(f.Y), { numIterations: 60, learningRate: 0.1, recordEvery: 10 });
    expectListClose(d.costs, f.optimized.costs);
    expectClose(d.Y_prediction_train, f.predict, 0);
    expectClose(d.Y_prediction_test, f.predict, 0);
    expect(d.numIterations).toBe(60);
  });
});
