// Logistic regression as a one-neuron neural network: ŷ = σ(wᵀx + b), trained by gradient descent on
// the cross-entropy cost. Shapes as in the lectures: X (n_x, m), Y (1, m), w (n_x, 1), b a number.
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";
import { sigmoid } from "./activations";
import { binaryCrossEntropy, clipProbabilities } from "./losses";

/** Gradients of logistic regression: dw (n_x, 1) and db. */
export interface LogisticGrads {
  dw: NDArray;
  db: number;
}

/**
 * w = zeros((dim, 1)) and b = 0: the usual start for logistic regression (its cost is convex, so
 * zero weights are fine here, unlike in networks with hidden layers).
 * @example
 * const [w, b] = nn.logistic.initializeWithZeros(2);
 * w // → array([[0.],
 * //        [0.]])
 * b // → 0
 */
export function initializeWithZeros(dim: number): [NDArray, number] {
  return [np.zeros([dim, 1]), 0];
}

/**
 * Forward and backward pass, vectorized over the m examples:
 * A = σ(wᵀX + b), J = −(1/m) Σ (Y log A + (1 − Y) log(1 − A)), dZ = A − Y,
 * dw = (1/m) X·dZᵀ, db = (1/m) Σ dZ. Returns `[grads, cost]`.
 * @example
 * const [grads, cost] = nn.logistic.propagate(np.array([[1], [2]]), 2, np.array([[1, 2, -1], [3, 4, -3.2]]), np.array([[1, 0, 1]]));
 * grads.dw // → array([[0.99845601],
 * //        [2.39507239]])
 * grads.db // → 0.001455578136784208
 * cost // → 5.801545319394553
 */
export function propagate(w: ArrayLike, b: number, X: ArrayLike, Y: ArrayLike): [LogisticGrads, number] {
  const Xa = np.asarray(X), m = Xa.shape[1];
  const A = sigmoid(np.add(np.dot(np.asarray(w).T, Xa), b));
  const cost = binaryCrossEntropy(A, Y);
  const dZ = np.subtract(A, Y);
  const dw = np.divide(np.dot(Xa, dZ.T), m);
  const db = np.sum(dZ) / m;
  return [{ dw, db }, cost];
}

/**
 * The same pass written with explicit loops, example by example and weight by weight, as on the
 * "Logistic Regression on m examples" slide (J += ..., dz = a − y, dw_j += x_j dz, db += dz, then /m).
 * Gives the same numbers as {@link propagate}, only slower: the point of vectorization.
 * @example
 * const [grads, cost] = nn.logistic.propagateLoops(np.array([[1], [2]]), 2, np.array([[1, 2, -1], [3, 4, -3.2]]), np.array([[1, 0, 1]]));
 * grads.dw // → array([[0.99845601],
 * //        [2.39507239]])
 * cost.toFixed(6) // → '5.801545'
 */
export function propagateLoops(w: ArrayLike, b: number, X: ArrayLike, Y: ArrayLike): [LogisticGrads, number] {
  const Xa = np.asarray(X), Ya = np.asarray(Y), wa = np.asarray(w);
  const [nx, m] = Xa.shape;
  let J = 0, db = 0;
  const dw = new Array<number>(nx).fill(0);
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < nx; j++) z += wa.item(j, 0) * Xa.item(j, i);
    const a = sigmoid(z), y = Ya.item(0, i);
    const ac = clipProbabilities(np.array([a])).item(0); // the same guard against log(0) as the cost
    J += -(y * Math.log(ac) + (1 - y) * Math.log(1 - ac));
    const dz = a - y;
    for (let j = 0; j < nx; j++) dw[j] += Xa.item(j, i) * dz;
    db += dz;
  }
  return [{ dw: np.array(dw.map((v) => [v / m])), db: db / m }, J / m];
}

/** Options of {@link optimize} and {@link model}. */
export interface LogisticOptions {
  numIterations?: number;
  learningRate?: number;
  /** Log the cost every `recordEvery` iterations. */
  printCost?: boolean;
  /** Record the cost every this many iterations (default 100, as in the course; 1 records all). */
  recordEvery?: number;
  /** Use the two-loop {@link propagateLoops} instead of the vectorized pass. */
  loops?: boolean;
}

/**
 * Gradient descent: `numIterations` times w := w − α dw, b := b − α db. Returns
 * `[params, grads, costs]` with the costs recorded every `recordEvery` iterations.
 * @example
 * const w = np.array([[1], [2]]), X = np.array([[1, 2, -1], [3, 4, -3.2]]), Y = np.array([[1, 0, 1]]);
 * const [params, grads, costs] = nn.logistic.optimize(w, 2, X, Y, { numIterations: 100, learningRate: 0.009 });
 * params.w // → array([[0.19033591],
 * //        [0.12259159]])
 * params.b // → 1.9253598300845747
 * costs // → [ 5.801545319394553 ]
 */
export function optimize(
  w: ArrayLike, b: number, X: ArrayLike, Y: ArrayLike, opts: LogisticOptions = {},
): [{ w: NDArray; b: number }, LogisticGrads, number[]] {
  const { numIterations = 100, learningRate = 0.009, printCost = false, recordEvery = 100, loops = false } = opts;
  let wc = np.asarray(w).astype("float64"), bc = b;
  const costs: number[] = [];
  let grads: LogisticGrads = { dw: np.zerosLike(wc), db: 0 };
  for (let i = 0; i < numIterations; i++) {
    let cost: number;
    [grads, cost] = (loops ? propagateLoops : propagate)(wc, bc, X, Y);
    wc = np.subtract(wc, np.multiply(learningRate, grads.dw));
    bc = bc - learningRate * grads.db;
    if (i % recordEvery === 0) {
      costs.push(cost);
      if (printCost) console.log(`Cost after iteration ${i}: ${cost}`);
    }
  }
  return [{ w: wc, b: bc }, grads, costs];
}

/**
 * Predicted labels (1, m): 1 where σ(wᵀX + b) > 0.5, else 0 (float64, as the course's
 * `Y_prediction`).
 * @example nn.logistic.predict(np.array([[0.1124579], [0.23106775]]), -0.3, np.array([[1, -1.1, -3.2], [1.2, 2, 0.1]])) // → array([[1., 1., 0.]])
 */
export function predict(w: ArrayLike, b: number, X: ArrayLike): NDArray {
  const A = sigmoid(np.add(np.dot(np.asarray(w).T, X), b));
  return np.greater(A, 0.5).astype("float64");
}

/** What {@link model} returns, like the course's dictionary `d`. */
export interface LogisticModel {
  costs: number[];
  Y_prediction_test: NDArray;
  Y_prediction_train: NDArray;
  w: NDArray;
  b: number;
  learningRate: number;
  numIterations: number;
}

/**
 * The whole logistic regression: zero initialisation, {@link optimize}, predictions on both sets.
 * @example
 * const X_train = np.array([[0, 1, 2, 3, 4, 5]]), Y_train = np.array([[0, 0, 0, 1, 1, 1]]);
 * const X_test = np.array([[-1, 2.4, 2.6, 9]]), Y_test = np.array([[0, 0, 1, 1]]);
 * const d = nn.logistic.model(X_train, Y_train, X_test, Y_test, { numIterations: 100, learningRate: 0.5 });
 * d.Y_prediction_train // → array([[0., 0., 0., 1., 1., 1.]])
 * d.Y_prediction_test // → array([[0., 1., 1., 1.]])
 * nn.accuracy(d.Y_prediction_test, Y_test) // → 0.75
 * d.w // → array([[1.65464956]])
 * d.b // → -3.764595434747721
 */
export function model(X_train: ArrayLike, Y_train: ArrayLike, X_test: ArrayLike, Y_test: ArrayLike, opts: LogisticOptions = {}): LogisticModel {
  const { numIterations = 2000, learningRate = 0.5 } = opts;
  const [w0, b0] = initializeWithZeros(np.asarray(X_train).shape[0]);
  const [params, , costs] = optimize(w0, b0, X_train, Y_train, { ...opts, numIterations, learningRate });
  void Y_test; // the test labels are only for the caller's accuracy; kept to match the course's signature
  return {
    costs,
    Y_prediction_test: predict(params.w, params.b, X_test),
    Y_prediction_train: predict(params.w, params.b, X_train),
    w: params.w,
    b: params.b,
    learningRate,
    numIterations,
  };
}
