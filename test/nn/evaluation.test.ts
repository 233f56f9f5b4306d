import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import fx from "../fixtures/nn/evaluation.json";
import { values } from "./helpers";

describe("accuracy, per-class accuracy, confusion matrix", () => {
  it("the 003 deck's example: accuracy 3/5, class 1 50 %, class 5 100 %", () => {
    expect(nn.accuracy(fx.deck.y, fx.deck.pred)).toBe(0.6);
    const per = nn.perClassAccuracy(fx.deck.y, fx.deck.pred);
    expect(per[1]).toBe(0.5);
    expect(per[5]).toBe(1);
    expect(per).toEqual({ 0: 1, 1: 0.5, 3: 0, 5: 1 });
  });
  it("match numpy on random labels", () => {
    expect(nn.accuracy(fx.yTrue, fx.yPred)).toBe(fx.accuracy);
    expect(nn.perClassAccuracy(fx.yTrue, fx.yPred)).toEqual(Object.fromEntries(Object.entries(fx.perClass).map(([k, v]) => [Number(k), v])));
    const C = nn.confusionMatrix(fx.yTrue, fx.yPred);
    expect(C.dtype).toBe("int64");
    expect(C.tolist()).toEqual(fx.confusion);
    expect(np.sum(C)).toBe(fx.yTrue.length);
  });
  it("accept label rows (1, m) and one-hot / probability matrices (classes, m)", () => {
    const onehot = np.array([[1, 0, 0], [0, 0, 1], [0, 1, 0]]); // labels 0, 2, 1
    expect(nn.toLabels(onehot)).toEqual([0, 2, 1]);
    expect(nn.accuracy(np.array([[0, 2, 2]]), onehot)).toBeCloseTo(2 / 3, 15);
    expect(nn.confusionMatrix([0, 1], [1, 1], { numClasses: 3 }).tolist()).toEqual([[0, 1, 0], [0, 1, 0], [0, 0, 0]]);
    expect(() => nn.accuracy([0, 1], [0])).toThrow(/inconsistent numbers of samples: \[2, 1\]/);
    expect(() => nn.confusionMatrix([0, -1], [0, 0])).toThrow(/integers/);
  });
});

describe("K-fold cross-validation folds and train/test split", () => {
  it("kFold: consecutive blocks, the first m mod K one larger (as scikit-learn's KFold)", () => {
    expect(nn.kFold(10, 3)).toEqual(fx.kfold["10_3"]);
    expect(nn.kFold(10, 3)[0].test).toEqual([0, 1, 2, 3]);
  });
  it("seeded: kFold with shuffle draws RandomState(0).permutation(10)", () => {
    expect(nn.kFold(10, 3, { shuffle: true, seed: 0 })).toEqual(fx.kfold["10_3_shuffle0"]);
  });
  it("leave-one-out is K = m", () => {
    expect(nn.leaveOneOut(7)).toEqual(fx.kfold["7_7"]);
    expect(nn.leaveOneOut(3)).toEqual([{ train: [1, 2], test: [0] }, { train: [0, 2], test: [1] }, { train: [0, 1], test: [2] }]);
  });
  it("stratified folds keep the class shares (within one)", () => {
    const y = fx.stratified.labels;
    expect(nn.stratifiedKFold(y, 3)).toEqual(fx.stratified.k3);
    expect(nn.stratifiedKFold(np.array([y]), 3, { shuffle: true, seed: 5 })).toEqual(fx.stratified.k3_shuffle5);
    for (const fold of nn.stratifiedKFold(y, 3)) {
      for (const c of [0, 1, 2]) {
        const total = y.filter((v) => v === c).length;
        const inTest = fold.test.filter((i) => y[i] === c).length;
        expect(Math.abs(inTest - total / 3)).toBeLessThan(1);
      }
    }
  });
  it("every example is tested exactly once; bad K is an error with scikit-learn's wording", () => {
    const folds = nn.kFold(11, 4, { shuffle: true, seed: 1 });
    expect(folds.flatMap((f) => f.test).sort((a, b) => a - b)).toEqual([...Array(11).keys()]);
    for (const f of folds) expect(f.train.length + f.test.length).toBe(11);
    expect(() => nn.kFold(5, 1)).toThrow("k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits=1.");
    expect(() => nn.kFold(3, 4)).toThrow("Cannot have number of splits n_splits=4 greater than the number of samples: n_samples=3.");
  });
  it("seeded: trainTestSplit picks scikit-learn's examples (test = first ceil(0.25 m) of the permutation)", () => {
    const s = fx.split;
    const X = np.arange(2 * s.m).reshape(2, s.m), Y = np.arange(s.m).reshape(1, s.m);
    const r = nn.trainTestSplit(X, Y, { testSize: s.testSize, seed: s.seed });
    expect(Array.from(r.Y_test.data)).toEqual(s.test);
    expect(Array.from(r.Y_train.data)).toEqual(s.train);
    expect(r.X_test.shape).toEqual([2, 3]);
    expect(values(r.X_test.get(1))).toEqual(s.test.map((i: number) => i + s.m));
    const u = nn.trainTestSplit(X, Y, { testSize: 3, shuffle: false });
    expect(Array.from(u.Y_test.data)).toEqual([7, 8, 9]);
    expect(() => nn.trainTestSplit(X, Y, { testSize: 1.5 })).toThrow(/test_size=1.5/);
  });
  it("seeded: stratified trainTestSplit", () => {
    const s = fx.split;
    const y = np.array([s.stratY]);
    const idx = np.arange(s.stratY.length).reshape(1, -1);
    const r = nn.trainTestSplit(idx, y, { testSize: 0.25, seed: s.stratSeed, stratify: true });
    expect(Array.from(r.X_test.data)).toEqual(s.stratTest);
    expect(Array.from(r.X_train.data)).toEqual(s.stratTrain);
  });
  it("crossValidate returns one score per fold, their mean and std", () => {
    const X = np.arange(20).reshape(1, 20), Y = np.array([Array.from({ length: 20 }, (_, i) => i % 2)]);
    const seen: number[] = [];
    const cv = nn.crossValidate(X, Y, ({ X_test, fold }) => {
      seen.push(...(Array.from(X_test.data) as number[]));
      return fold;
    }, { k: 4 });
    expect(cv.scores).toEqual([0, 1, 2, 3]);
    expect(cv.mean).toBe(1.5);
    expect(cv.std).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(nn.crossValidate(X, Y, () => 1, { leaveOneOut: true }).scores.length).toBe(20);
    const strat = nn.crossValidate(X, Y, ({ Y_test }) => np.mean(Y_test), { k: 5, stratified: true, shuffle: true, seed: 2 });
    expect(strat.scores).toEqual([0.5, 0.5, 0.5, 0.5, 0.5]);
  });
});
