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
 * const norms = nn.rnn.gradientNormsThroughTime(x, a0, parameters, np.ones([n_a, m]));
 * norms[0] / norms[norms.length - 1] // tiny for a small Waa, huge for a large one
 */
export function gradientNormsThroughTime(x: NDArray, a0: NDArray, parameters: RnnParameters, daLast: NDArray): number[] {
  const { caches } = rnnForward(x, a0, parameters, { output: "linear" });
  const [nA, m] = a0.shape;
  const da = np.zeros([nA, m, caches.length]);
  da.set(":", ":", -1, daLast);
  return rnnBackward(da, caches).gradNorms;
}
