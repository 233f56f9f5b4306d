// Column-wise softmax for the RNN's output layer (each column is one example).
// Kept local so the rnn folder stands alone; nn's activations offer the general version.
import { np, NDArray } from "../../np";

/**
 * softmax over axis 0: ŷ_k = e^{z_k − max z} / Σ_j e^{z_j − max z}. Subtracting the column maximum
 * keeps exp from overflowing without changing the result.
 *
 * @example
 * softmaxColumns(np.array([[1, 0], [1, 0]])) // → array([[0.5, 0.5],
 * //        [0.5, 0.5]])
 */
export function softmaxColumns(z: NDArray): NDArray {
  const e = np.exp(z.subtract(np.max(z, { axis: 0, keepdims: true })));
  return e.divide(np.sum(e, { axis: 0, keepdims: true }));
}
