// Learning actually happens, on real data, held-out examples.
import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import { data } from "../../src/data";

describe("learning on real datasets (held-out accuracy)", () => {
  it("logistic regression on digits, 0 vs rest: ≥ 0.95 on the test set (and above the 90 % majority baseline)", () => {
    const s = data.digits({ normalize: true, testSize: 0.25, seed: 0 });
    const Y_train = np.equal(s.Y_train, 0).astype("float64"), Y_test = np.equal(s.Y_test, 0).astype("float64");
    const d = nn.logistic.model(s.X_train, Y_train, s.X_test, Y_test, { numIterations: 300, learningRate: 0.5 });
    const acc = nn.accuracy(Y_test, d.Y_prediction_test);
    const baseline = 1 - np.mean(Y_test);
    console.log(`digits 0-vs-rest: test accuracy ${acc.toFixed(4)} (majority baseline ${baseline.toFixed(4)})`);
    expect(acc).toBeGreaterThanOrEqual(0.95);
    expect(acc).toBeGreaterThan(baseline + 0.04);
    expect(d.costs[d.costs.length - 1]).toBeLessThan(d.costs[0]);
  });

  it("softmax network on MNIST 10k: ≥ 0.85 on 2,000 held-out digits (trained on 5,000)", () => {
    const s = data.mnist({ normalize: true, oneHot: true, testSize: 0.2, seed: 1 });
    const X = s.X_train.get(":", "0:5000"), Y = s.Y_train.get(":", "0:5000");
    const model = new nn.Model([784, 32, 10], { hidden: "relu", output: "softmax", seed: 1 });
    const epochs: number[] = [];
    model.fit(X, Y, { epochs: 3, batchSize: 64, optimizer: "adam", learningRate: 0.003, seed: 0, onEpoch: ({ cost }) => void epochs.push(cost) });
    const acc = model.evaluate(s.X_test, s.Y_test);
    console.log(`MNIST softmax: costs per epoch ${epochs.map((c) => c.toFixed(3)).join(", ")}, test accuracy ${acc.toFixed(4)}`);
    expect(epochs.length).toBe(3);
    expect(epochs[2]).toBeLessThan(epochs[0]);
    expect(acc).toBeGreaterThanOrEqual(0.85);
    // per-class accuracy and the confusion matrix agree with the overall accuracy
    const pred = model.predict(s.X_test);
    const C = nn.confusionMatrix(s.Y_test, pred, { numClasses: 10 });
    let diag = 0;
    for (let k = 0; k < 10; k++) diag += C.item(k, k);
    expect(diag / 2000).toBeCloseTo(acc, 12);
    expect(Object.keys(nn.perClassAccuracy(s.Y_test, pred)).length).toBe(10);
  });

  it("mini-batch gradient descent beats batch gradient descent per epoch on MNIST", () => {
    const s = data.mnist({ normalize: true, oneHot: true, testSize: 0.2, seed: 2 });
    const X = s.X_train.get(":", "0:3000"), Y = s.Y_train.get(":", "0:3000");
    const run = (batchSize: number) => {
      const model = new nn.Model([784, 32, 10], { seed: 3 });
      const { costs } = model.fit(X, Y, { epochs: 2, batchSize, learningRate: 0.1, seed: 0 });
      return { costs, acc: model.evaluate(s.X_test, s.Y_test), cost: model.cost(X, Y) };
    };
    const batch = run(3000), mini = run(64);
    console.log(`after 2 epochs: batch GD cost ${batch.cost.toFixed(3)} acc ${batch.acc.toFixed(3)}; mini-batch (64) cost ${mini.cost.toFixed(3)} acc ${mini.acc.toFixed(3)}`);
    expect(mini.cost).toBeLessThan(batch.cost);
    expect(mini.acc).toBeGreaterThan(batch.acc + 0.2);
  });

  it("the shallow network learns the planar flower (tanh, 4 hidden units)", () => {
    const { X, Y } = data.planar();
    const { parameters, costs } = nn.shallow.nnModel(X, Y, 4, { numIterations: 1500, seed: 3 });
    const acc = nn.accuracy(Y, nn.shallow.predict(parameters, X));
    console.log(`planar: training accuracy ${acc.toFixed(3)}, cost ${costs[0].toFixed(3)} → ${costs[costs.length - 1].toFixed(3)}`);
    expect(acc).toBeGreaterThan(0.8);
  });

  it("K-fold cross-validation of logistic regression on breast cancer: every fold ≥ 0.9", () => {
    const { X, Y } = data.breastCancer({ normalize: true });
    const cv = nn.crossValidate(X, Y, ({ X_train, Y_train, X_test, Y_test }) => {
      const d = nn.logistic.model(X_train, Y_train, X_test, Y_test, { numIterations: 200, learningRate: 0.5 });
      return nn.accuracy(Y_test, d.Y_prediction_test);
    }, { k: 5, stratified: true, shuffle: true, seed: 0 });
    console.log(`breast cancer 5-fold: ${cv.scores.map((a) => a.toFixed(3)).join(", ")} (mean ${cv.mean.toFixed(3)})`);
    expect(cv.scores.length).toBe(5);
    for (const a of cv.scores) expect(a).toBeGreaterThanOrEqual(0.9);
  });
});
