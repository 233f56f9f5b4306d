// Losses L(ŷ, y) and costs J = (1/m) Σ L over the m examples (the columns of Y), as in the lectures.
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";

/**
 * Probabilities are clipped to [EPSILON, 1 − EPSILON] before any logarithm or division, so a
 * prediction of exactly 0 or 1 costs −log(1e-15) ≈ 34.5 instead of infinity (or NaN from 0·log 0).
 * Predictions inside the interval are not changed at all.
 * @example nn.L3(np.array([1]), np.array([0])) // → 34.53957599234088
 */
export const EPSILON = 1e-15;

/**
 * ŷ clipped into [EPSILON, 1 − EPSILON] (see {@link EPSILON}).
 * @example nn.clipProbabilities(np.array([0, 0.5, 1])) // → array([1.e-15, 5.e-01, 1.e+00])
 */
export function clipProbabilities(yhat: ArrayLike): NDArray {
  return np.clip(np.asarray(yhat).astype("float64"), EPSILON, 1 - EPSILON);
}

/** Number of examples m: the columns of a (n, m) array, the length of a vector. @example nn.numExamples(np.zeros([3, 8])) // → 8 */
export function numExamples(Y: NDArray): number {
  return Y.ndim === 0 ? 1 : Y.shape[Y.ndim - 1];
}

/**
 * L1 loss Σ_j |y_j − ŷ_j| (the 000 deck's `L1(yhat, y)`).
 * @example nn.L1(np.array([.78, .89, .12, .08, .97]), np.array([1, 1, 0, 0, 1])) // → 0.5599999999999999
 */
export function L1(yhat: ArrayLike, y: ArrayLike): number {
  return np.sum(np.abs(np.subtract(y, yhat)));
}

/**
 * L2 loss Σ_j (y_j − ŷ_j)², the squared distance (the deck's `np.dot(y - yhat, y - yhat)`).
 * @example nn.L2(np.array([.78, .89, .12, .08, .97]), np.array([1, 1, 0, 0, 1])) // → 0.0822
 */
export function L2(yhat: ArrayLike, y: ArrayLike): number {
  const d = np.subtract(y, yhat);
  return np.sum(np.multiply(d, d));
}

/**
 * L3, the cross-entropy loss −Σ_j (y_j log ŷ_j + (1 − y_j) log(1 − ŷ_j)) summed over all entries
 * (ŷ clipped, see {@link EPSILON}). Divide by m for the cost: {@link binaryCrossEntropy}.
 * @example nn.L3(np.array([.78, .89, .12, .08, .97]), np.array([1, 1, 0, 0, 1])) // → 0.6066693634880955
 */
export function L3(yhat: ArrayLike, y: ArrayLike): number {
  const A = clipProbabilities(yhat);
  return -np.sum(np.add(np.multiply(y, np.log(A)), np.multiply(np.subtract(1, y), np.log(np.subtract(1, A)))));
}

/**
 * Binary cross-entropy cost J = −(1/m) Σ_i (y log a + (1 − y) log(1 − a)) for AL and Y of shape
 * (1, m) (or any shape: the sum runs over everything, m is the number of columns).
 * @example nn.binaryCrossEntropy(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])) // → 0.2797765635793423
 */
export function binaryCrossEntropy(AL: ArrayLike, Y: ArrayLike): number {
  const y = np.asarray(Y);
  return L3(AL, y) / numExamples(y);
}

/**
 * Categorical cross-entropy cost J = −(1/m) Σ_i Σ_k y_k log ŷ_k for (classes, m) one-hot Y and
 * softmax outputs AL (clipped below at EPSILON).
 * @example nn.categoricalCrossEntropy(np.array([[0.2], [0.7], [0.1]]), np.array([[0], [1], [0]])) // → 0.35667494393873245
 */
export function categoricalCrossEntropy(AL: ArrayLike, Y: ArrayLike): number {
  const y = np.asarray(Y);
  return -np.sum(np.multiply(y, np.log(clipProbabilities(AL)))) / numExamples(y);
}

/**
 * Mean squared error (1/m) Σ_i Σ_j (ŷ_ij − y_ij)², m the number of columns (examples).
 * @example nn.mse(np.array([[1, 2, 3]]), np.array([[1, 2, 5]])) // → 1.3333333333333333
 */
export function mse(yhat: ArrayLike, y: ArrayLike): number {
  const Y = np.asarray(y);
  return L2(yhat, Y) / numExamples(Y);
}

/**
 * Half the sum of squared errors, J(w) = ½ Σ_i (y′ − y)², Adaline's cost.
 * @example nn.sse(np.array([1, 2]), np.array([0, 0])) // → 2.5
 */
export function sse(yhat: ArrayLike, y: ArrayLike): number {
  return L2(yhat, y) / 2;
}

/**
 * ∂L/∂a of the binary cross-entropy, −(y/a − (1 − y)/(1 − a)) (the slides' dA^[L]), a clipped.
 * @example nn.binaryCrossEntropyGrad(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])) // → array([[-1.25      , -1.11111111,  1.66666667]])
 */
export function binaryCrossEntropyGrad(AL: ArrayLike, Y: ArrayLike): NDArray {
  const A = clipProbabilities(AL);
  return np.negative(np.subtract(np.divide(Y, A), np.divide(np.subtract(1, Y), np.subtract(1, A))));
}

/**
 * ∂L/∂a of the categorical cross-entropy, −y/a (a clipped).
 * @example
 * nn.categoricalCrossEntropyGrad(np.array([[0.2], [0.7], [0.1]]), np.array([[0], [1], [0]])) // → array([[-0.        ],
 * //        [-1.42857143],
 * //        [-0.        ]])
 */
export function categoricalCrossEntropyGrad(AL: ArrayLike, Y: ArrayLike): NDArray {
  return np.negative(np.divide(Y, clipProbabilities(AL)));
}

/**
 * ∂L/∂ŷ of the squared error of one example, 2(ŷ − y) (the 1/m is applied in dW, db).
 * @example nn.mseGrad(np.array([[1, 2, 3]]), np.array([[1, 2, 5]])) // → array([[ 0,  0, -4]])
 */
export function mseGrad(AL: ArrayLike, Y: ArrayLike): NDArray {
  return np.multiply(2, np.subtract(AL, Y));
}

/** Names of the costs the network functions accept. */
export type LossName = "binaryCrossEntropy" | "categoricalCrossEntropy" | "mse";

/** A cost J(AL, Y) and the per-example gradient dA^[L] = ∂L/∂AL. */
export interface Loss {
  name: LossName;
  cost(AL: NDArray, Y: NDArray): number;
  grad(AL: NDArray, Y: NDArray): NDArray;
}

/**
 * The costs by name.
 * @example
 * Object.keys(nn.LOSSES) // → [ 'binaryCrossEntropy', 'categoricalCrossEntropy', 'mse' ]
 * nn.LOSSES.mse.cost(np.array([[1, 2, 3]]), np.array([[1, 2, 5]])) // → 1.3333333333333333
 */
export const LOSSES: Readonly<Record<LossName, Loss>> = {
  binaryCrossEntropy: { name: "binaryCrossEntropy", cost: binaryCrossEntropy, grad: binaryCrossEntropyGrad },
  categoricalCrossEntropy: { name: "categoricalCrossEntropy", cost: categoricalCrossEntropy, grad: categoricalCrossEntropyGrad },
  mse: { name: "mse", cost: mse, grad: mseGrad },
};

/**
 * The loss for a name.
 * @example nn.getLoss("mse").grad(np.array([[1, 2, 3]]), np.array([[1, 2, 5]])) // → array([[ 0,  0, -4]])
 */
export function getLoss(name: LossName): Loss {
  const l = (LOSSES as Record<string, Loss>)[name];
  if (!l) throw new Error(`unknown loss '${name}': expected one of ${Object.keys(LOSSES).join(", ")}`);
  return l;
}
