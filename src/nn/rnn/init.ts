// Creating and updating the parameters (the course's initialize_parameters / update_parameters).
import { np, NDArray } from "../../np";
import type { RandomState } from "../../np";
import { randomState } from "../../np";
import type { RnnParamGradients, RnnParameters } from "./types";

/** A numpy-compatible generator: `np.random` itself or a `new np.random.RandomState(seed)`. */
export type { RandomState };

/** Options of {@link initializeRnnParameters}. */
export interface RnnInitOptions {
  /** Seed of a private RandomState; omitted: draw from np.random's global generator. */
  seed?: number;
  /** Generator to draw from (wins over `seed`). */
  rng?: RandomState;
  /** Scale of the normal weights; default 0.01, small so tanh starts in its linear part. */
  scale?: number;
}

/**
 * Small random weights, zero biases: Wax (n_a, n_x), Waa (n_a, n_a), Wya (n_y, n_a) drawn in that
 * order from randn × scale; ba (n_a, 1) and by (n_y, 1) zero. Seeded like numpy
 * (`np.random.seed(1)` then the same randn calls gives the same numbers).
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // as np.random.seed(1)
 * np.round(parameters.Wax, 4) // → array([[ 0.8122, -0.3059, -0.2641],
 * //        [-0.5365,  0.4327, -1.1508]])
 * nn.rnn.initializeRnnParameters(50, 27, 27, { seed: 1 }).Waa.shape // → [ 50, 50 ]
 */
export function initializeRnnParameters(nA: number, nX: number, nY: number, opts: RnnInitOptions = {}): RnnParameters {
  const rng = randomState(opts.rng ?? opts.seed);
  const scale = opts.scale ?? 0.01;
  const Wax = rng.randn(nA, nX).multiply(scale);
  const Waa = rng.randn(nA, nA).multiply(scale);
  const Wya = rng.randn(nY, nA).multiply(scale);
  return { Wax, Waa, ba: np.zeros([nA, 1]), Wya, by: np.zeros([nY, 1]) };
}

/**
 * One gradient-descent step θ := θ − α dθ on every parameter; returns new arrays.
 *
 * @example
 * let parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 });
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * parameters = nn.rnn.updateRnnParameters(parameters, nn.rnn.bptt(x, y, a0, parameters).gradients, 0.5);
 * np.round(parameters.Waa, 4) // → array([[ 0.6936, -0.2499],
 * //        [ 0.237 , -0.1813]])
 */
export function updateRnnParameters(parameters: RnnParameters, gradients: RnnParamGradients, learningRate: number): RnnParameters {
  const step = (w: NDArray, dw: NDArray) => w.subtract(dw.multiply(learningRate));
  return {
    Wax: step(parameters.Wax, gradients.dWax),
    Waa: step(parameters.Waa, gradients.dWaa),
    ba: step(parameters.ba, gradients.dba),
    Wya: step(parameters.Wya, gradients.dWya),
    by: step(parameters.by, gradients.dby),
  };
}
