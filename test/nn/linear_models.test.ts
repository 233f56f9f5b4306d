import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import { data } from "../../src/data";
import fx from "../fixtures/nn/linear_models.json";
import { A, expectClose, expectListClose } from "./helpers";

// The slides' Iris task: setosa (−1) vs versicolor (1), sepal length and petal length, one row per flower.
function irisRows() {
  const iris = data.iris({ layout: "rows" });
  const X = iris.X.get("0:100").get(":", [0, 2]);
  const y = np.where(np.equal(iris.Y.get("0:100"), 0), -1, 1);
  return { X, y };
}

describe("Perceptron on Iris (002 deck)", () => {
  it("reads the same 100 × 2 inputs as the numpy reference", () => {
    const { X, y } = irisRows();
    expectClose(X, fx.X, 0);
    expectClose(y, fx.y, 0);
  });
  it("η = 0.1, 10 epochs: errors 2, 2, 3, 2, 1, 0, 0, 0, 0, 0 and weights [-0.4 -0.68 1.82]", () => {
    const { X, y } = irisRows();
    const ppn = new nn.Perceptron({ eta: 0.1, epochs: 10 }).train(X, y);
    expect(ppn.errors_).toEqual([2, 2, 3, 2, 1, 0, 0, 0, 0, 0]);
    expect(ppn.errors_).toEqual(fx.perceptron.errors);
    expectClose(ppn.w_, fx.perceptron.w, 1e-12, "w_");
    expectListClose(Array.from(ppn.w_.data), [-0.4, -0.68, 1.82], 1e-12, "w_ vs slide");
    expect(ppn.w_.toString()).toBe(fx.perceptron.wStr);
    expectClose(ppn.predict(X) as any, fx.perceptron.predict, 0, "predict");
    expect(ppn.predict(np.array([5.0, 1.4]))).toBe(-1);
  });
  it("rejects X that is not (m, n) with one label per row", () => {
    expect(() => new nn.Perceptron().train(np.zeros([2, 3, 1]), np.zeros(2))).toThrow(/X must be 2-D/);
    expect(() => new nn.Perceptron().train(np.zeros([4, 2]), np.zeros(3))).toThrow(/one label per row/);
  });
});

describe("Adaline (002 deck)", () => {
  const X = A(fx.X), y = A(fx.y), X_std = A(fx.X_std);
  it("standardize gives the slides' X_std (statistics over the examples)", () => {
    const s = nn.standardize(X, { axis: 0 });
    expectClose(s.X, fx.X_std);
    expectClose(nn.standardize(X.T).X.T, fx.X_std); // the same in the lectures' (n_x, m) layout
    expectClose(s.transform(X), fx.X_std);
    // a constant feature is only centred
    expectClose(nn.standardize(np.array([[1, 1, 1], [1, 2, 3]])).X.get(0), { shape: [3], data: [0, 0, 0] }, 0);
  });
  for (const key of ["gd001", "gd00001", "gdStd"] as const) {
    it(`batch GD ${key}: weights and SSE/2 per epoch match numpy`, () => {
      const f = fx[key];
      const ada = new nn.AdalineGD({ alpha: f.alpha, epochs: f.epochs }).train(key === "gdStd" ? X_std : X, y);
      expectListClose(ada.cost_, f.cost, 1e-10, "cost_");
      expectClose(ada.w_, f.w, 1e-10, "w_");
    });
  }
  it("learning rate 0.01 on raw features diverges; on standardised features it converges", () => {
    const raw = new nn.AdalineGD({ alpha: 0.01, epochs: 10 }).train(X, y);
    for (let i = 1; i < raw.cost_.length; i++) expect(raw.cost_[i]).toBeGreaterThan(raw.cost_[i - 1]);
    expect(raw.cost_[9]).toBeGreaterThan(1e10);
    const std = new nn.AdalineGD({ alpha: 0.01, epochs: 15 }).train(X_std, y);
    for (let i = 1; i < std.cost_.length; i++) expect(std.cost_[i]).toBeLessThan(std.cost_[i - 1]);
    expect(std.cost_[14]).toBeLessThan(std.cost_[0] / 5);
    expect(nn.accuracy(y, std.predict(X_std) as any)).toBe(1);
  });
  it("SGD without shuffling, then partialFit on more examples", () => {
    const ada = new nn.AdalineSGD({ alpha: 0.01, epochs: 15, shuffle: false }).train(X_std, y);
    expectListClose(ada.cost_, fx.sgdNoShuffle.cost, 1e-10, "cost_");
    expectClose(ada.w_, fx.sgdNoShuffle.w, 1e-10, "w_");
    ada.partialFit(X_std.get("0:5"), y.get("0:5"));
    expectClose(ada.w_, fx.sgdNoShuffle.wAfterPartial, 1e-10, "after partialFit");
    ada.partialFit(X_std.get(7), y.item(7));
    expectClose(ada.w_, fx.sgdNoShuffle.wAfterPartialOne, 1e-10, "after partialFit of one example");
    const fresh = new nn.AdalineSGD({ alpha: 0.01 }).partialFit(X_std.get(0), y.item(0));
    expect(fresh.w_.shape).toEqual([3]);
  });
  it("seeded: SGD with a shuffle per epoch draws numpy's RandomState(1) permutations", () => {
    const ada = new nn.AdalineSGD({ alpha: 0.01, epochs: 15, seed: 1 }).train(X_std, y);
    expectListClose(ada.cost_, fx.sgdShuffleSeed1.cost, 1e-10, "cost_");
    expectClose(ada.w_, fx.sgdShuffleSeed1.w, 1e-10, "w_");
    expect(ada.cost_[14]).toBeLessThan(ada.cost_[0]);
  });
});
