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
 * const { loss, gradients } = nn.rnn.bptt(x, y, a0, parameters);  // softmax + cross-entropy
 * gradients.dWaa // (n_a, n_a)
 * nn.rnn.bptt(x, y, a0, parameters, { output: "linear" });        // linear + ½‖ŷ − y‖²
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
