// Weight initialisation for an L-layer network: W^[l] small and random (never all zero, or every unit
// of a layer would learn the same thing), b^[l] = 0.
import { np } from "../../np";
import type { Parameters } from "../types";
import { randomState, type RandomLike } from "../../np";

/**
 * How to scale the standard normal draws of W^[l] (n[l], n[l-1]):
 * - `"random"`: × `scale` (0.01 unless given), the slides' `np.random.randn(...) * 0.01`;
 * - `"he"`: × √(2 / n[l-1]), for ReLU layers (He et al. 2015);
 * - `"xavier"`: × √(1 / n[l-1]), for tanh/sigmoid layers (Glorot & Bengio 2010);
 * - `"zeros"`: all zero — only to show why it fails (symmetric units).
 */
export type InitMethod = "random" | "he" | "xavier" | "zeros";

/** Options of {@link initializeParametersDeep}. */
export interface InitOptions {
  method?: InitMethod;
  /** The factor for `"random"` (default 0.01). */
  scale?: number;
  /** Seed or RandomState; the draws are W1, W2, ... in order, as numpy after `np.random.seed(seed)`. */
  seed?: RandomLike;
  /** Add batch-norm scales gamma{l} = ones((n[l], 1)) and shifts beta{l} = zeros for the hidden layers. */
  batchNorm?: boolean;
}

/**
 * Parameters `{ W1, b1, ..., WL, bL }` for layer sizes [n[0], n[1], ..., n[L]] (n[0] = n_x):
 * W^[l] = randn(n[l], n[l-1]) × factor and b^[l] = zeros((n[l], 1)).
 * @example
 * const p = nn.initializeParametersDeep([5, 4, 3], { seed: 3 }); // randn × 0.01, as np.random.seed(3)
 * Object.entries(p).map(([k, v]) => `${k} ${v.shape}`) // → [ 'W1 4,5', 'b1 4,1', 'W2 3,4', 'b2 3,1' ]
 * np.round(p.W1.get(0), 4) // → array([ 0.0179,  0.0044,  0.001 , -0.0186, -0.0028])
 * const q = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 }); // randn × √(2 / n[l-1])
 * np.round(q.W2, 4) // → array([[ 1.4246, -0.6215,  0.2605]])
 */
export function initializeParametersDeep(layerDims: readonly number[], opts: InitOptions = {}): Parameters {
  const { method = "random", scale = 0.01 } = opts;
  if (layerDims.length < 2) throw new Error(`layerDims needs at least the input and one layer, got [${layerDims.join(", ")}]`);
  const rs = randomState(opts.seed);
  const parameters: Parameters = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    const factor =
      method === "random" ? scale
      : method === "he" ? Math.sqrt(2 / nPrev)
      : method === "xavier" ? Math.sqrt(1 / nPrev)
      : method === "zeros" ? 0
      : badMethod(method);
    parameters[`W${l}`] = method === "zeros" ? np.zeros([n, nPrev]) : np.multiply(rs.randn(n, nPrev), factor);
    parameters[`b${l}`] = np.zeros([n, 1]);
    if (opts.batchNorm && l < layerDims.length - 1) {
      parameters[`gamma${l}`] = np.ones([n, 1]);
      parameters[`beta${l}`] = np.zeros([n, 1]);
    }
  }
  return parameters;
}

function badMethod(m: string): never {
  throw new Error(`unknown initialization '${m}': expected "random", "he", "xavier" or "zeros"`);
}

/**
 * The number of layers L of a parameter set (how many W^[l] it has).
 * @example nn.numLayers(nn.initializeParametersDeep([2, 3, 1])) // → 2
 */
export function numLayers(parameters: Parameters): number {
  let L = 0;
  while (parameters[`W${L + 1}`] !== undefined) L++;
  if (L === 0) throw new Error("parameters have no W1: expected keys W1, b1, W2, b2, ...");
  return L;
}
