// Turning the network's output into class labels.
import { np, NDArray } from "../../np";
import type { Parameters } from "../types";
import { modelForward, type ForwardOptions } from "./forward";

/**
 * Labels from output activations AL: for one output row (sigmoid), 1 where AL > 0.5 else 0 (float64,
 * as the course's predictions); for several rows (softmax), the row index of the largest value in each
 * column (argmax over axis 0, int64). Both have shape (1, m).
 * @example
 * nn.outputToLabels(np.array([[0.2, 0.7]])) // → array([[0., 1.]])
 * nn.outputToLabels(np.array([[0.2, 0.7], [0.8, 0.3]])) // → array([[1, 0]])
 */
export function outputToLabels(AL: NDArray): NDArray {
  if (AL.shape[0] === 1) return np.greater(AL, 0.5).astype("float64");
  return np.argmax(AL, { axis: 0, keepdims: true });
}

/**
 * Predicted labels (1, m) for X: forward propagation (no dropout), then {@link outputToLabels}.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const p = nn.predict(X, parameters); // AL = [[0.9269, 0.5, 0.9994]] > 0.5
 * p // → array([[1., 0., 1.]])
 * nn.accuracy(p, Y) // → 1
 * nn.predict(X, nn.initializeParametersDeep([2, 4, 3], { seed: 1 }), { hidden: "tanh", output: "softmax" }).shape // → [ 1, 3 ]
 */
export function predict(X: NDArray, parameters: Parameters, opts: ForwardOptions = {}): NDArray {
  const [AL] = modelForward(X, parameters, { ...opts, keepProb: 1 });
  return outputToLabels(AL);
}
