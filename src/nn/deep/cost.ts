// The cost J at the network's output, optionally with the L2 penalty.
import { np, NDArray } from "../../np";
import type { Parameters } from "../types";
import { getLoss, numExamples, type LossName } from "../losses";
import { l2RegularizationCost } from "../regularization";

/**
 * The cost of predictions AL against labels Y: binary cross-entropy for a single output row
 * (sigmoid output, Y (1, m)), categorical cross-entropy for several (softmax output, one-hot Y
 * (classes, m)), unless `loss` names another ("mse").
 * @example nn.computeCost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])) // → 0.2797765635793423
 */
export function computeCost(AL: NDArray, Y: NDArray, loss?: LossName): number {
  return getLoss(loss ?? defaultLoss(AL)).cost(AL, np.asarray(Y));
}

/**
 * {@link computeCost} plus the L2 penalty (λ / 2m) Σ ‖W^[l]‖².
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const [AL] = nn.modelForward(X, parameters);
 * nn.computeCost(AL, Y).toFixed(4) // → '0.2566'
 * nn.computeCostWithRegularization(AL, Y, parameters, 0.1).toFixed(4) // → '0.4728'
 */
export function computeCostWithRegularization(AL: NDArray, Y: NDArray, parameters: Parameters, lambd: number, loss?: LossName): number {
  return computeCost(AL, Y, loss) + l2RegularizationCost(parameters, lambd, numExamples(Y));
}

/**
 * The cost computeCost picks for AL: binary cross-entropy for one output row, categorical for more.
 * @example
 * nn.defaultLoss(np.zeros([10, 5])) // → 'categoricalCrossEntropy'
 * nn.defaultLoss(np.zeros([1, 5])) // → 'binaryCrossEntropy'
 */
export function defaultLoss(AL: NDArray): LossName {
  return AL.shape[0] === 1 ? "binaryCrossEntropy" : "categoricalCrossEntropy";
}
