// The forward pass over a whole sequence (the course's rnn_forward).
import { np, NDArray } from "../../np";
import { inputShare, outputLayer, recurrentStep } from "./cell";
import { fromSideBySide, sideBySide, splitSteps, unstackSteps } from "./steps";
import type { RnnCellCache, RnnOptions, RnnParameters } from "./types";

/** Result of {@link rnnForward}. */
export interface RnnForward {
  /** Hidden states a⟨1⟩ … a⟨T_x⟩, (n_a, m, T_x); `a.get(":", ":", t)` is step t. */
  a: NDArray;
  /** Predictions ŷ⟨t⟩, (n_y, m, T_x). */
  yPred: NDArray;
  /** One cache per step, for {@link rnnBackward}. */
  caches: RnnCellCache[];
}

/**
 * Runs the cell over x (n_x, m, T_x) from the initial state a0 (n_a, m), keeping every state,
 * prediction and cache: the same numbers as {@link rnnCellForward} step by step, with the output
 * layer computed once for all steps.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), a0 = np.zeros([2, 1]);      // x (n_x, m, T_x) = (3, 1, 3)
 * const { a, yPred, caches } = nn.rnn.rnnForward(x, a0, parameters);            // softmax outputs
 * np.round(a, 4) // → array([[[ 0.    ,  0.6708,  0.4682]],
 * //
 * //        [[ 0.    , -0.4903, -0.7542]]])
 * np.round(yPred.get(":", 0, 2), 4) // → array([0.5013, 0.1755, 0.3232])
 * const lin = nn.rnn.rnnForward(x, a0, parameters, { output: "linear" });        // regression
 * lin.yPred.shape // → [ 3, 1, 3 ]
 */
export function rnnForward(x: NDArray, a0: NDArray, parameters: RnnParameters, opts: RnnOptions = {}): RnnForward {
  if (x.ndim !== 3) throw new Error(`x must have shape (n_x, m, T_x), got (${x.shape.join(", ")})`);
  const Tx = x.shape[2];
  const caches: RnnCellCache[] = [];
  const states: NDArray[] = [];
  const xs = unstackSteps(x);
  // the input's share Wax x⟨t⟩ + ba has no recurrence: one product for all steps
  const u = splitSteps(inputShare(sideBySide(xs), parameters), Tx);
  let aPrev = a0;
  for (let t = 0; t < Tx; t++) {
    const aNext = recurrentStep(u[t], aPrev, parameters);
    caches.push({ aNext, aPrev, xt: xs[t], parameters });
    states.push(aNext);
    aPrev = aNext;
  }
  // the output layer has no recurrence: one product (and one softmax) over the columns of all steps
  const aCols = sideBySide(states);
  return { a: fromSideBySide(aCols, Tx), yPred: fromSideBySide(outputLayer(aCols, parameters, opts), Tx), caches };
}
