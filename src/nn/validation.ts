// Held-out evaluation: a train/test split, K-fold cross-validation (plain, stratified, leave-one-out)
// over the examples, which are the columns of X and Y (the lectures' layout).
import { np, NDArray } from "../np";
import type { RandomLike } from "../np";
import { toLabels } from "./metrics";
import { exampleOrder, splitIndices, testCount } from "../data";

/** Example indices of one fold: train on `train`, test on `test` (both ascending). */
export interface Fold {
  train: number[];
  test: number[];
}

/** Options of the K-fold splitters. */
export interface KFoldOptions {
  /** Shuffle the examples before cutting folds (default false: consecutive blocks). */
  shuffle?: boolean;
  seed?: RandomLike;
}

function checkK(k: number, m: number): void {
  if (!Number.isInteger(k) || k < 2)
    throw new Error(`k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits=${k}.`);
  if (k > m) throw new Error(`Cannot have number of splits n_splits=${k} greater than the number of samples: n_samples=${m}.`);
}

/** Folds from a fold number per example. */
function foldsFrom(foldOf: number[], k: number): Fold[] {
  const folds: Fold[] = Array.from({ length: k }, () => ({ train: [], test: [] }));
  foldOf.forEach((f, i) => {
    for (let j = 0; j < k; j++) (j === f ? folds[j].test : folds[j].train).push(i);
  });
  return folds;
}

/**
 * K folds of m examples: the examples (shuffled with `permutation(m)` if asked) are cut into K
 * consecutive, nearly equal blocks — the first m mod K blocks one larger — and fold i tests on block i
 * and trains on the rest (scikit-learn's KFold).
 * @example
 * nn.kFold(5, 2) // → [
 * //   { train: [ 3, 4 ], test: [ 0, 1, 2 ] },
 * //   { train: [ 0, 1, 2 ], test: [ 3, 4 ] }
 * // ]
 */
export function kFold(m: number, k: number, opts: KFoldOptions = {}): Fold[] {
  checkK(k, m);
  const order = exampleOrder(m, opts.shuffle ?? false, opts.seed);
  const foldOf = new Array<number>(m);
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(m / k) + (f < m % k ? 1 : 0);
    for (let i = start; i < start + size; i++) foldOf[order[i]] = f;
    start += size;
  }
  return foldsFrom(foldOf, k);
}

/**
 * Stratified K folds: every fold gets (within one) the same share of each class. The examples are
 * ordered by class (stably, after a shuffle with `permutation(m)` if asked) and dealt out to the folds
 * in turn: the i-th example of that order goes to fold i mod K. `labels` is a label vector, a (1, m)
 * row or a one-hot (classes, m) matrix.
 * @example
 * nn.stratifiedKFold([0, 0, 1, 1], 2) // → [
 * //   { train: [ 1, 3 ], test: [ 0, 2 ] },
 * //   { train: [ 0, 2 ], test: [ 1, 3 ] }
 * // ]
 */
export function stratifiedKFold(labels: import("../np").ArrayLike, k: number, opts: KFoldOptions = {}): Fold[] {
  const y = toLabels(labels), m = y.length;
  checkK(k, m);
  const order = exampleOrder(m, opts.shuffle ?? false, opts.seed);
  const byClass = order.map((i, pos) => ({ i, pos })).sort((a, b) => y[a.i] - y[b.i] || a.pos - b.pos);
  const foldOf = new Array<number>(m);
  byClass.forEach(({ i }, n) => (foldOf[i] = n % k));
  return foldsFrom(foldOf, k);
}

/**
 * Leave-one-out: m folds, each testing on one example (K-fold with K = m). Worth it only for tiny
 * datasets: the model is trained m times.
 * @example
 * nn.leaveOneOut(3) // → [
 * //   { train: [ 1, 2 ], test: [ 0 ] },
 * //   { train: [ 0, 2 ], test: [ 1 ] },
 * //   { train: [ 0, 1 ], test: [ 2 ] }
 * // ]
 */
export function leaveOneOut(m: number): Fold[] {
  return kFold(m, m);
}

/** The columns of X and Y for a fold's (or a split's) example indices. */
function take(A: NDArray, idx: number[]): NDArray {
  return A.get(":", np.array(idx, { dtype: "int64" }));
}

/** Options of {@link trainTestSplit}. */
export interface TrainTestSplitOptions {
  /** Fraction of the examples in the test set, or a count (default 0.25). */
  testSize?: number;
  shuffle?: boolean;
  seed?: RandomLike;
  /** Keep the class proportions (uses Y's labels): each class sends round(testSize·m_c) examples to the test set. */
  stratify?: boolean;
}

/**
 * Splits the examples (columns) of X and Y into a training and a test set. Unstratified it picks the
 * same examples as scikit-learn's `train_test_split(..., random_state=seed)`: the test set is the first
 * ceil(testSize·m) entries of `permutation(m)` and the training set the rest.
 * @example
 * const X = np.arange(10).reshape(2, 5), Y = np.array([[0, 1, 0, 1, 1]]);
 * const { X_train, Y_train, X_test, Y_test } = nn.trainTestSplit(X, Y, { testSize: 0.4, seed: 0 }); // permutation(5) = [2, 0, 1, 3, 4]
 * X_test // → array([[2, 0],
 * //        [7, 5]])
 * X_train // → array([[1, 3, 4],
 * //        [6, 8, 9]])
 * Y_test // → array([[0, 0]])
 */
export function trainTestSplit(X: NDArray, Y: NDArray, opts: TrainTestSplitOptions = {}): { X_train: NDArray; Y_train: NDArray; X_test: NDArray; Y_test: NDArray } {
  const { testSize = 0.25, shuffle = true, stratify = false } = opts;
  const m = X.shape[1];
  if (Y.shape[Y.ndim - 1] !== m) throw new Error(`X has ${m} examples (columns) but Y has ${Y.shape[Y.ndim - 1]}`);
  const { train, test } = stratify ? stratifiedSplit(Y, m, testSize, shuffle, opts.seed) : splitIndices(m, testSize, shuffle, opts.seed);
  return { X_train: take(X, train), Y_train: take(Y, train), X_test: take(X, test), Y_test: take(Y, test) };
}

/** The stratified split: each class c sends round(testSize·m_c) of its examples, in `exampleOrder`, to the test set. */
function stratifiedSplit(Y: NDArray, m: number, testSize: number, shuffle: boolean, seed: RandomLike): { train: number[]; test: number[] } {
  const nTest = testCount(testSize, m);
  const order = exampleOrder(m, shuffle, seed);
  const y = toLabels(Y), share = nTest / m;
  const classes = [...new Set(y)].sort((a, b) => a - b);
  const test: number[] = [], train: number[] = [];
  for (const c of classes) {
    const idx = order.filter((i) => y[i] === c);
    const n = Math.round(share * idx.length);
    test.push(...idx.slice(0, n));
    train.push(...idx.slice(n));
  }
  return { train, test };
}

/** One fold's data, handed to the function that trains and scores a model. */
export interface FoldData {
  X_train: NDArray;
  Y_train: NDArray;
  X_test: NDArray;
  Y_test: NDArray;
  /** Which fold (0-based). */
  fold: number;
}

/** Options of {@link crossValidate}. */
export interface CrossValidateOptions extends KFoldOptions {
  /** Number of folds K (default 5); ignored with `leaveOneOut`. */
  k?: number;
  /** Stratify the folds by Y's classes. */
  stratified?: boolean;
  /** One fold per example. */
  leaveOneOut?: boolean;
}

/** Per-fold scores and their mean and (population) standard deviation. */
export interface CrossValidation {
  scores: number[];
  mean: number;
  std: number;
  folds: Fold[];
}

/**
 * K-fold cross-validation: for each fold, `trainAndScore` trains a fresh model on the other K − 1
 * folds and returns its score on this one (e.g. accuracy). Returns every fold's score.
 * @example
 * const X = np.arange(8).reshape(1, 8), Y = np.array([[0, 0, 0, 0, 1, 1, 1, 1]]);
 * const cv = nn.crossValidate(X, Y, ({ X_train, Y_train, X_test, Y_test }) => {
 *   const d = nn.logistic.model(X_train, Y_train, X_test, Y_test, { numIterations: 100, learningRate: 0.5 });
 *   return nn.accuracy(Y_test, d.Y_prediction_test);
 * }, { k: 2, stratified: true });
 * cv.folds[0].test; // → [ 0, 2, 4, 6 ]
 * cv.scores; // → [ 1, 0.75 ]
 * [cv.mean, cv.std]; // → [ 0.875, 0.125 ]
 */
export function crossValidate(X: NDArray, Y: NDArray, trainAndScore: (d: FoldData) => number, opts: CrossValidateOptions = {}): CrossValidation {
  const m = X.shape[1];
  if (Y.shape[Y.ndim - 1] !== m) throw new Error(`X has ${m} examples (columns) but Y has ${Y.shape[Y.ndim - 1]}`);
  const k = opts.k ?? 5;
  const folds = opts.leaveOneOut ? leaveOneOut(m) : opts.stratified ? stratifiedKFold(Y, k, opts) : kFold(m, k, opts);
  const scores = folds.map((f, fold) =>
    trainAndScore({ X_train: take(X, f.train), Y_train: take(Y, f.train), X_test: take(X, f.test), Y_test: take(Y, f.test), fold }),
  );
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const std = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length);
  return { scores, mean, std, folds };
}
