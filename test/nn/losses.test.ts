import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import fx from "../fixtures/nn/losses.json";
import { A, expectClose } from "./helpers";

describe("losses and costs match numpy", () => {
  it("the 000 deck's L1, L2, L3 for ŷ = [.78, .89, .12, .08, .97], y = [1, 1, 0, 0, 1]", () => {
    const yhat = np.array([0.78, 0.89, 0.12, 0.08, 0.97]), y = np.array([1, 1, 0, 0, 1]);
    expectClose(nn.L1(yhat, y), fx.deck.L1, 1e-12, "L1");
    expectClose(nn.L2(yhat, y), fx.deck.L2, 1e-12, "L2");
    expectClose(nn.L3(yhat, y), fx.deck.L3, 1e-12, "L3");
    // the deck prints 0.56 (as 0.5599999999999999), 0.0822 and 0.6066693634880955
    expect(nn.L1(yhat, y)).toBeCloseTo(0.56, 12);
    expect(nn.L2(yhat, y)).toBeCloseTo(0.0822, 12);
    expect(nn.L3(yhat, y)).toBeCloseTo(0.6066693634880955, 14);
  });
  it("binary cross-entropy cost J = L3 / m and its gradient", () => {
    const AL = A(fx.binary.AL), Y = A(fx.binary.Y);
    expectClose(nn.binaryCrossEntropy(AL, Y), fx.binary.cost);
    expectClose(nn.L3(AL, Y), fx.binary.L3);
    expectClose(nn.computeCost(AL, Y), fx.binary.cost);
    expectClose(nn.binaryCrossEntropyGrad(AL, Y), fx.binary.grad);
  });
  it("categorical cross-entropy for softmax outputs and one-hot labels", () => {
    const AL = A(fx.categorical.AL), Y = A(fx.categorical.Y);
    expectClose(nn.categoricalCrossEntropy(AL, Y), fx.categorical.cost);
    expectClose(nn.computeCost(AL, Y), fx.categorical.cost);
    expectClose(nn.categoricalCrossEntropyGrad(AL, Y), fx.categorical.grad);
  });
  it("mse, sse (Adaline's ½ Σ), L1 and L2 on matrices", () => {
    const R = A(fx.regression.A), T = A(fx.regression.Y);
    expectClose(nn.mse(R, T), fx.regression.mse);
    expectClose(nn.computeCost(R, T, "mse"), fx.regression.mse);
    expectClose(nn.sse(R, T), fx.regression.sse);
    expectClose(nn.L1(R, T), fx.regression.L1);
    expectClose(nn.L2(R, T), fx.regression.L2sumsq);
    expectClose(nn.mseGrad(R, T), fx.regression.grad);
  });
  it("predictions of exactly 0 or 1 are clipped to [1e-15, 1 − 1e-15]: finite cost and gradient, never NaN", () => {
    const AL = A(fx.edge.AL), Y = A(fx.edge.Y);
    const J = nn.binaryCrossEntropy(AL, Y);
    expect(Number.isFinite(J)).toBe(true);
    expectClose(J, fx.edge.cost);
    const g = nn.binaryCrossEntropyGrad(AL, Y);
    expect(np.all(np.isfinite(g))).toBe(true);
    expectClose(g, fx.edge.grad);
    expectClose(nn.categoricalCrossEntropy(np.array([[0, 1], [1, 0]]), np.array([[1, 1], [0, 0]])), fx.edge.cce);
    expect(nn.EPSILON).toBe(1e-15);
    expect(nn.L3(np.array([1]), np.array([1]))).toBeCloseTo(-Math.log(1 - 1e-15), 20);
  });
  it("getLoss names the costs and rejects others", () => {
    expect(nn.getLoss("mse").cost).toBe(nn.mse);
    expect(() => nn.getLoss("hinge" as any)).toThrow(/unknown loss 'hinge'/);
  });
});
