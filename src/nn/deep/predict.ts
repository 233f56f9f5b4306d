// Turning the network's output into class labels.
import { np, NDArray } from "../../np";
import type { Parameters } from "../types";
import { modelForward, type ForwardOptions } from "./forward";

/**
 * Labels from output activations AL: for one output row (sigmoid), 1 where AL > 0.5 else 0 (float64,
 * as the course's predictions); for several rows (softmax), the row index of the largest value in each
 * column (argmax over axis 0, int64). Both have shape (1, m).
 * @example nn.outputToLabels(np.array([[0.2, 0.7]])) // [[0. 1.]]
 */
export function outputToLabels(AL: NDArray): NDArray {
  if (AL.shape[0] === 1) return np.greater(AL, 0.5).astype("float64");
  return np.argmax(AL, { axis: 0, keepdims: true });
}

/**
 * Predicted labels (1, m) for X: forward propagation (no dropout), then {@link outputToLabels}.
 * @example const p = nn.predict(X_test, parameters); nn.accuracy(p, Y_test)
 * @example nn.predict(X, parameters, { hidden: "tanh", output: "softmax" })
 */
export function predict(X: NDArray, parameters: Parameters, opts: ForwardOptions = {}): NDArray {
  const [AL] = modelForward(X, parameters, { ...opts, keepProb: 1 });
  return outputToLabels(AL);
}
