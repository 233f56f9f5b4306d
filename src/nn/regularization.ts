// Regularisation against overfitting: the L2 penalty on the weights and (inverted) dropout.
import { np, NDArray } from "../np";
import type { Parameters } from "./types";
import { randomState, type RandomLike } from "../np";

/**
 * Inverted dropout on a layer's output: D = (rand(A.shape) < keepProb), A = A * D / keepProb, so
 * the expected value of each unit is unchanged and nothing needs rescaling at test time.
 * Returns `[A_dropped, D]` (D is 0/1 float64).
 * @example
 * const [A1d, D1] = nn.dropoutForward(np.ones([2, 4]), 0.5, 1); // keep each unit with probability 0.5
 * D1 // → array([[1., 0., 1., 1.],
 * //        [1., 1., 1., 1.]])
 * A1d // → array([[2., 0., 2., 2.],
 * //        [2., 2., 2., 2.]])
 */
export function dropoutForward(A: NDArray, keepProb: number, seed?: RandomLike): [NDArray, NDArray] {
  if (!(keepProb > 0 && keepProb <= 1)) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  const rs = randomState(seed);
  const D = np.less(rs.rand(...A.shape), keepProb).astype("float64");
  return [np.divide(np.multiply(A, D), keepProb), D];
}

/**
 * The backward step of inverted dropout: the same mask, the same scaling, dA * D / keepProb.
 * @example
 * const [, D1] = nn.dropoutForward(np.ones([2, 4]), 0.5, 1);
 * nn.dropoutBackward(np.full([2, 4], 2), D1, 0.5) // → array([[4., 0., 4., 4.],
 * //        [4., 4., 4., 4.]])
 */
export function dropoutBackward(dA: NDArray, D: NDArray, keepProb: number): NDArray {
  return np.divide(np.multiply(dA, D), keepProb);
}

/**
 * The L2 penalty (λ / 2m) Σ_l ‖W^[l]‖² (squared Frobenius norms of every W^[l]; b is not penalised).
 * Add it to the cross-entropy cost; its gradient adds (λ/m) W^[l] to dW^[l].
 * @example
 * const parameters = { W1: np.array([[1, -2]]), b1: np.array([[5]]), W2: np.array([[3]]), b2: np.array([[5]]) };
 * nn.l2RegularizationCost(parameters, 0.7, 5) // → 0.9799999999999999
 */
export function l2RegularizationCost(parameters: Parameters, lambd: number, m: number): number {
  let s = 0;
  for (const k of Object.keys(parameters)) if (/^W\d+$/.test(k)) s += np.sum(np.square(parameters[k]));
  return (lambd / (2 * m)) * s;
}
