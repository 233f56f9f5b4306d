// Watching a gradient travel back in time: the vanishing / exploding gradient demonstration.
import { np, NDArray } from "../../np";
import { rnnBackward } from "./backward";
import { rnnForward } from "./forward";
import type { RnnParameters } from "./types";

/**
 * ‖∂L⟨T⟩/∂a⟨t⟩‖ for t = 0 … T_x − 1: the error daLast = ∂L⟨T⟩/∂a⟨T⟩ of the last step alone, carried
 * back through the cells. Each step multiplies it by Waaᵀ diag(1 − a⟨t⟩²), so its norm shrinks
 * roughly geometrically when Waa's spectral radius is below 1 (vanishing gradients: the early inputs
 * get no say in the loss) and grows when it is above 1 while the units stay unsaturated (exploding
 * gradients). Entry T_x − 1 is ‖daLast‖ itself. For the norms of the full ∂L/∂a⟨t⟩, with every
 * step's loss, see `gradNorms` of {@link bptt} or {@link rnnBackward}.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 });
 * const x = np.zeros([3, 1, 6]), a0 = np.full([2, 1], 0.01);       // 6 steps, tanh near its linear part
 * const norms = (Waa) => np.round(np.array(nn.rnn.gradientNormsThroughTime(x, a0, { ...parameters, Waa }, np.ones([2, 1]))), 4);
 * norms(np.multiply(np.eye(2), 0.5)) // → array([0.0442, 0.0884, 0.1768, 0.3536, 0.7071, 1.4142])
 * norms(np.multiply(np.eye(2), 2))   // → array([27.8441, 13.9443,  7.0168,  3.5985,  1.9855,  1.4142])
 */
export function gradientNormsThroughTime(x: NDArray, a0: NDArray, parameters: RnnParameters, daLast: NDArray): number[] {
  const { caches } = rnnForward(x, a0, parameters, { output: "linear" });
  const [nA, m] = a0.shape;
  const da = np.zeros([nA, m, caches.length]);
  da.set(":", ":", -1, daLast);
  return rnnBackward(da, caches).gradNorms;
}
