// Truncated backpropagation through time: each step's error goes back at most k steps.
import { np, NDArray } from "../../np";
import { rnnCellBackward } from "./cell";
import { rnnForward } from "./forward";
import { rnnLoss, rnnOutputBackward } from "./loss";
import type { RnnGradients, RnnOptions, RnnParameters } from "./types";

/** Result of {@link truncatedBptt}. */
export interface TruncatedBpttResult {
  loss: number;
  gradients: RnnGradients;
}

/**
 * BPTT(k): the error of the loss at step t, Wyaᵀ dz⟨t⟩, is carried back through the cells
 * t, t − 1, …, t − k + 1 only, so dependencies longer than k steps are ignored. This bounds the
 * cost of a step's error and keeps gradients through long products from blowing up. The output
 * layer (dWya, dby) is not affected. With k ≥ T_x it is exactly full {@link bptt} (up to rounding).
 * Costs O(k) cell steps per time step; da0 only gets the errors of the first k steps.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * const { loss, gradients } = nn.rnn.truncatedBptt(x, y, a0, parameters, 1); // each error goes back 1 step only
 * np.round(gradients.dWax, 4) // → array([[-0.0269,  0.    ,  0.533 ],
 * //        [-0.1282,  0.    , -0.231 ]])
 * np.allclose(nn.rnn.truncatedBptt(x, y, a0, parameters, 3).gradients.dWax, nn.rnn.bptt(x, y, a0, parameters).gradients.dWax) // → true
 */
export function truncatedBptt(x: NDArray, y: NDArray, a0: NDArray, parameters: RnnParameters, k: number, opts: RnnOptions = {}): TruncatedBpttResult {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  const { a, yPred, caches } = rnnForward(x, a0, parameters, opts);
  const out = rnnOutputBackward(yPred, y, a, parameters);
  const Tx = caches.length;
  const dx = np.zerosLike(x);
  let da0 = np.zerosLike(a0);
  let dWax = np.zerosLike(parameters.Wax);
  let dWaa = np.zerosLike(parameters.Waa);
  let dba = np.zerosLike(parameters.ba);
  for (let t = 0; t < Tx; t++) {
    let d = out.da.get(":", ":", t);
    for (let s = t; s > t - k && s >= 0; s--) {
      const g = rnnCellBackward(d, caches[s]);
      dx.set(":", ":", s, dx.get(":", ":", s).add(g.dxt));
      dWax = dWax.add(g.dWax);
      dWaa = dWaa.add(g.dWaa);
      dba = dba.add(g.dba);
      d = g.daPrev;
      if (s === 0) da0 = da0.add(d);
    }
  }
  return {
    loss: rnnLoss(yPred, y, opts),
    gradients: { dWax, dWaa, dba, dWya: out.dWya, dby: out.dby, dx, da0 },
  };
}
