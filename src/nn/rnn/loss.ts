// The loss over time and its gradient at the output layer.
import { np, NDArray } from "../../np";
import type { RnnOptions, RnnParameters } from "./types";

/**
 * The guard of log(0) in the cross-entropy: ŷ is raised to at least this before the log. Only a
 * probability that underflowed to 0 is affected (the loss then stays finite, about 690.8, never NaN).
 * @example nn.rnn.rnnLoss(np.array([[[0]], [[1]]]), np.array([[[1]], [[0]]])) // → 690.7755278982137
 */
export const LOG_EPS = 1e-300;

/**
 * The loss summed over time steps and averaged over the m examples:
 * L = (1/m) Σ_t Σ_i ℓ(ŷ⟨t⟩_i, y⟨t⟩_i), with ℓ = −Σ_k y_k log ŷ_k for softmax outputs (y one-hot or
 * a distribution) and ℓ = ½‖ŷ − y‖² for linear outputs. With m = 1 this is the course's
 * character-model loss, the sum of the per-step cross-entropies.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * const { yPred } = nn.rnn.rnnForward(x, a0, parameters);
 * nn.rnn.rnnLoss(yPred, y).toFixed(6) // → '3.913082'
 * nn.rnn.rnnLoss(np.array([[[0.5]], [[0.5]]]), np.array([[[1]], [[0]]])) // → 0.6931471805599453
 */
export function rnnLoss(yPred: NDArray, y: NDArray, opts: RnnOptions = {}): number {
  checkSame(yPred, y);
  const m = y.shape[1];
  if ((opts.output ?? "softmax") === "softmax") {
    return -np.sum(y.multiply(np.log(np.maximum(yPred, LOG_EPS)))) / m;
  }
  return (0.5 * np.sum(np.square(yPred.subtract(y)))) / m;
}

/** Result of {@link rnnOutputBackward}. */
export interface RnnOutputGradients {
  /** ∂L/∂z⟨t⟩ = (ŷ⟨t⟩ − y⟨t⟩)/m, (n_y, m, T_x). */
  dz: NDArray;
  /** The output layer's share of ∂L/∂a⟨t⟩: Wyaᵀ dz⟨t⟩, (n_a, m, T_x), the `da` of {@link rnnBackward}. */
  da: NDArray;
  /** Σ_t dz⟨t⟩ a⟨t⟩ᵀ, (n_y, n_a). */
  dWya: NDArray;
  /** Σ_t Σ_m dz⟨t⟩, (n_y, 1). */
  dby: NDArray;
}

/**
 * Backward through the output layer at every step. Softmax with cross-entropy and linear with
 * ½‖ŷ − y‖² both give ∂L/∂z⟨t⟩ = (ŷ⟨t⟩ − y⟨t⟩)/m.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * const { a, yPred, caches } = nn.rnn.rnnForward(x, a0, parameters);
 * const { da, dWya, dby } = nn.rnn.rnnOutputBackward(yPred, y, a, parameters);
 * np.round(dby, 4) // → array([[ 0.3172],
 * //        [-0.3153],
 * //        [-0.0019]])
 * const grads = nn.rnn.rnnBackward(da, caches);
 */
export function rnnOutputBackward(yPred: NDArray, y: NDArray, a: NDArray, parameters: RnnParameters): RnnOutputGradients {
  checkSame(yPred, y);
  const [nY, m, Tx] = y.shape;
  const nA = parameters.Waa.shape[0];
  const dz = yPred.subtract(y).divide(m);
  // every step at once: the m·T_x columns of dz⟨t⟩ and a⟨t⟩ side by side
  const dzAll = dz.reshape(nY, m * Tx), aAll = a.reshape(nA, m * Tx);
  return {
    dz,
    da: np.matmul(parameters.Wya.T, dzAll).reshape(nA, m, Tx),
    dWya: np.matmul(dzAll, aAll.T),
    dby: np.sum(dzAll, { axis: 1, keepdims: true }),
  };
}

function checkSame(yPred: NDArray, y: NDArray): void {
  if (y.ndim !== 3 || yPred.shape.join() !== y.shape.join()) {
    throw new Error(`y must have the shape of yPred (n_y, m, T_x): (${yPred.shape.join(", ")}) vs (${y.shape.join(", ")})`);
  }
}
