// One time step of the vanilla RNN, forward and backward (the course's rnn_cell_forward/backward).
import { np, NDArray } from "../../np";
import { softmaxColumns } from "./softmax";
import type { RnnCellCache, RnnCellGradients, RnnOptions, RnnParameters } from "./types";

/** Result of {@link rnnCellForward}. */
export interface RnnCellForward {
  /** a⟨t⟩, (n_a, m). */
  aNext: NDArray;
  /** ŷ⟨t⟩, (n_y, m). */
  yt: NDArray;
  cache: RnnCellCache;
}

/**
 * One step forward: a⟨t⟩ = tanh(Wax x⟨t⟩ + Waa a⟨t−1⟩ + ba), ŷ⟨t⟩ = softmax(Wya a⟨t⟩ + by)
 * (or the linear Wya a⟨t⟩ + by with `{ output: "linear" }`).
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const xt = np.array([[1], [0], [0]]), aPrev = np.zeros([2, 1]);     // xt (n_x, m), aPrev (n_a, m)
 * const { aNext, yt, cache } = nn.rnn.rnnCellForward(xt, aPrev, parameters);
 * np.round(aNext, 4) // → array([[ 0.6708],
 * //        [-0.4903]])
 * np.round(yt, 4) // → array([[0.4826],
 * //        [0.1759],
 * //        [0.3416]])
 */
export function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters, opts: RnnOptions = {}): RnnCellForward {
  const aNext = recurrentStep(inputShare(xt, parameters), aPrev, parameters);
  return { aNext, yt: outputLayer(aNext, parameters, opts), cache: { aNext, aPrev, xt, parameters } };
}

/** u = Wax x + ba, the input's share of the cell's pre-activation: any number of columns (steps) at once. */
export function inputShare(x: NDArray, { Wax, ba }: RnnParameters): NDArray {
  return np.matmul(Wax, x).add(ba);
}

/** a⟨t⟩ = tanh(Waa a⟨t−1⟩ + u⟨t⟩), given the input's share u⟨t⟩: the recurrent half of a cell step. */
export function recurrentStep(u: NDArray, aPrev: NDArray, { Waa }: RnnParameters): NDArray {
  return np.tanh(np.matmul(Waa, aPrev).add(u));
}

/** ŷ = softmax(Wya a + by) (or the linear Wya a + by), column by column: any number of columns (steps) at once. */
export function outputLayer(a: NDArray, { Wya, by }: RnnParameters, opts: RnnOptions = {}): NDArray {
  const z = np.matmul(Wya, a).add(by);
  return (opts.output ?? "softmax") === "softmax" ? softmaxColumns(z) : z;
}

/**
 * One step backward, given daNext = ∂L/∂a⟨t⟩ (everything that reaches a⟨t⟩: its own output's error
 * and what comes back from a⟨t+1⟩). With dtanh = (1 − a⟨t⟩²) ∗ daNext:
 * dxt = Waxᵀ dtanh, daPrev = Waaᵀ dtanh, dWax = dtanh x⟨t⟩ᵀ, dWaa = dtanh a⟨t−1⟩ᵀ, dba = Σ_m dtanh.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const { cache } = nn.rnn.rnnCellForward(np.array([[1], [0], [0]]), np.zeros([2, 1]), parameters);
 * const { dxt, daPrev, dWax, dWaa, dba } = nn.rnn.rnnCellBackward(np.ones([2, 1]), cache);
 * np.round(dWax, 4) // → array([[0.55  , 0.    , 0.    ],
 * //        [0.7596, 0.    , 0.    ]])
 */
export function rnnCellBackward(daNext: NDArray, cache: RnnCellCache): RnnCellGradients {
  const { aPrev, xt, parameters } = cache;
  const dtanh = tanhSlope(cache.aNext).multiply(daNext);
  return {
    dxt: np.matmul(parameters.Wax.T, dtanh),
    daPrev: np.matmul(parameters.Waa.T, dtanh),
    dWax: np.matmul(dtanh, xt.T),
    dWaa: np.matmul(dtanh, aPrev.T),
    dba: np.sum(dtanh, { axis: 1, keepdims: true }),
  };
}

/** tanh′ = 1 − a², the slope of tanh at its output a (dtanh = (1 − a⟨t⟩²) ∗ daNext): any number of columns at once. */
export function tanhSlope(a: NDArray): NDArray {
  return np.subtract(1, np.square(a));
}
