// Backpropagation through time over the recurrent part (the course's rnn_backward).
import { np, NDArray } from "../../np";
import { tanhSlope } from "./cell";
import { fromSideBySide, sideBySide, splitSteps, unstackSteps } from "./steps";
import type { RnnCellCache } from "./types";

/** Result of {@link rnnBackward}. */
export interface RnnBackward {
  /** ∂L/∂x, (n_x, m, T_x). */
  dx: NDArray;
  /** ∂L/∂a⟨0⟩, (n_a, m). */
  da0: NDArray;
  dWax: NDArray;
  dWaa: NDArray;
  dba: NDArray;
  /**
   * ‖∂L/∂a⟨t⟩‖ (Frobenius norm over units and examples) for t = 0 … T_x − 1, recorded while the
   * gradient travels back in time: this is where vanishing or exploding gradients show.
   */
  gradNorms: number[];
}

/**
 * BPTT through the cells. `da` (n_a, m, T_x) holds, at each step, the gradient that reaches a⟨t⟩
 * from outside the recurrence (from its output ŷ⟨t⟩); walking back from t = T_x − 1, each cell gets
 * da⟨t⟩ + (what came back from step t + 1) and the parameter gradients are summed over steps.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * const { a, yPred, caches } = nn.rnn.rnnForward(x, a0, parameters);
 * const { da } = nn.rnn.rnnOutputBackward(yPred, y, a, parameters);
 * const { dx, da0, dWax, dWaa, dba, gradNorms } = nn.rnn.rnnBackward(da, caches);
 * np.round(dWaa, 4) // → array([[ 0.3575, -0.2613],
 * //        [-0.155 ,  0.1133]])
 * np.round(np.array(gradNorms), 4) // → array([0.4459, 0.5113, 0.8678])
 */
export function rnnBackward(da: NDArray, caches: readonly RnnCellCache[]): RnnBackward {
  const [nA, m, Tx] = da.shape;
  if (da.ndim !== 3 || caches.length !== Tx) throw new Error(`da must have shape (n_a, m, T_x) with T_x = ${caches.length} caches`);
  const { Wax, Waa } = caches[0].parameters;
  const daSteps = unstackSteps(da);
  // tanh's slopes 1 − a⟨t⟩² of all steps at once; the recurrence then needs one product per step
  const slopes = splitSteps(tanhSlope(sideBySide(caches.map((c) => c.aNext))), Tx);
  const dtanhSteps = new Array<NDArray>(Tx), daTotal = new Array<NDArray>(Tx);
  let daPrevt = np.zeros([nA, m]);
  for (let t = Tx - 1; t >= 0; t--) {
    daTotal[t] = daSteps[t].add(daPrevt);
    dtanhSteps[t] = slopes[t].multiply(daTotal[t]);
    daPrevt = np.matmul(Waa.T, dtanhSteps[t]);
  }
  // the rest of rnnCellBackward (dxt, dWax, dWaa, dba) for all steps at once, the steps side by
  // side: Σ_t dtanh⟨t⟩ x⟨t⟩ᵀ is one product (n_a, T_x·m)·(T_x·m, n_x)
  const dtanhAll = sideBySide(dtanhSteps);
  const norms = np.sqrt(np.sum(np.square(fromSideBySide(sideBySide(daTotal), Tx)), { axis: [0, 1] }));
  return {
    dx: fromSideBySide(np.matmul(Wax.T, dtanhAll), Tx),
    da0: daPrevt,
    dWax: np.matmul(dtanhAll, sideBySide(caches.map((c) => c.xt)).T),
    dWaa: np.matmul(dtanhAll, sideBySide(caches.map((c) => c.aPrev)).T),
    dba: np.sum(dtanhAll, { axis: 1, keepdims: true }),
    gradNorms: norms.tolist() as number[],
  };
}
