// Gradient clipping, by value and by global norm, against exploding gradients.
import { np, NDArray } from "../../np";

/** Any object whose fields are gradient arrays, e.g. RnnParamGradients or the full RnnGradients. */
export type GradientDict<G = Record<string, NDArray>> = { [K in keyof G]: NDArray };

/**
 * Clips every entry of every gradient to [−maxValue, maxValue] (the course's `clip(gradients,
 * maxValue)`). Returns new arrays; the inputs are left as they are.
 *
 * @example
 * const clipped = nn.rnn.clipByValue({ dW: np.array([[-7, 0.5], [3, 9]]), db: np.array([[6]]) }, 5);
 * clipped.dW // → array([[-5. ,  0.5],
 * //        [ 3. ,  5. ]])
 * clipped.db // → array([[5]])
 */
export function clipByValue<G extends GradientDict<G>>(gradients: G, maxValue: number): G {
  if (!(maxValue > 0)) throw new Error(`maxValue must be positive, got ${maxValue}`);
  const out: Record<string, NDArray> = {};
  for (const [k, g] of Object.entries(gradients as Record<string, NDArray>)) out[k] = np.clip(g, -maxValue, maxValue);
  return out as unknown as G;
}

/**
 * The global norm √(Σ over all arrays of Σ g²), the length of all gradients as one vector.
 *
 * @example
 * nn.rnn.globalNorm({ dW: np.array([3]), db: np.array([4]) }) // → 5
 */
export function globalNorm<G extends GradientDict<G>>(gradients: G): number {
  let s = 0;
  for (const g of Object.values(gradients as Record<string, NDArray>)) s += np.sum(np.square(g));
  return Math.sqrt(s);
}

/**
 * Rescales all gradients together by maxNorm / ‖g‖ when their global norm ‖g‖ exceeds maxNorm, so
 * the direction is kept and only the step length is limited. Returns the clipped gradients and the
 * norm before clipping.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * const { dWax, dWaa, dba, dWya, dby } = nn.rnn.bptt(x, y, a0, parameters).gradients;
 * const { gradients: clipped, norm } = nn.rnn.clipByGlobalNorm({ dWax, dWaa, dba, dWya, dby }, 0.1);
 * norm // → 1.520385498782317
 * nn.rnn.globalNorm(clipped) // → 0.09999999999999999
 */
export function clipByGlobalNorm<G extends GradientDict<G>>(gradients: G, maxNorm: number): { gradients: G; norm: number } {
  if (!(maxNorm > 0)) throw new Error(`maxNorm must be positive, got ${maxNorm}`);
  const norm = globalNorm(gradients);
  const scale = norm > maxNorm ? maxNorm / norm : 1;
  const out: Record<string, NDArray> = {};
  for (const [k, g] of Object.entries(gradients as Record<string, NDArray>)) out[k] = scale === 1 ? g.copy() : g.multiply(scale);
  return { gradients: out as unknown as G, norm };
}
