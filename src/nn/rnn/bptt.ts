// The whole gradient of the loss by backpropagation through time: forward, output layer, BPTT.
import type { NDArray } from "../../np";
import { rnnBackward } from "./backward";
import { rnnForward } from "./forward";
import { rnnLoss, rnnOutputBackward } from "./loss";
import type { RnnCellCache, RnnGradients, RnnOptions, RnnParameters } from "./types";

/** Result of {@link bptt}. */
export interface BpttResult {
  /** L, see {@link rnnLoss}. */
  loss: number;
  gradients: RnnGradients;
  /** ‖∂L/∂a⟨t⟩‖ for t = 0 … T_x − 1 (see {@link rnnBackward}). */
  gradNorms: number[];
  /** Hidden states (n_a, m, T_x); the last one, `a.get(":", ":", -1)`, starts the next sequence. */
  a: NDArray;
  yPred: NDArray;
  caches: RnnCellCache[];
}

/**
 * Loss and gradients of all parameters (and of x and a⟨0⟩) by backpropagation through time. Memory
 * grows with the sequence (every a⟨t⟩ is kept: O(N T)), time is O(N² T) per example.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * const { loss, gradients } = nn.rnn.bptt(x, y, a0, parameters);  // softmax + cross-entropy
 * loss.toFixed(6) // → '3.913082'
 * np.round(gradients.dWax, 4) // → array([[ 0.2086,  0.    ,  0.533 ],
 * //        [-0.2604,  0.    , -0.231 ]])
 * nn.rnn.bptt(x, y, a0, parameters, { output: "linear" }).loss.toFixed(6);  // → '2.347446'
 */
export function bptt(x: NDArray, y: NDArray, a0: NDArray, parameters: RnnParameters, opts: RnnOptions = {}): BpttResult {
  const { a, yPred, caches } = rnnForward(x, a0, parameters, opts);
  const out = rnnOutputBackward(yPred, y, a, parameters);
  const { dx, da0, dWax, dWaa, dba, gradNorms } = rnnBackward(out.da, caches);
  return {
    loss: rnnLoss(yPred, y, opts),
    gradients: { dWax, dWaa, dba, dWya: out.dWya, dby: out.dby, dx, da0 },
    gradNorms,
    a,
    yPred,
    caches,
  };
}
