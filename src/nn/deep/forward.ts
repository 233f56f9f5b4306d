// Forward propagation through the layers: Z^[l] = W^[l]·A^[l-1] + b^[l], A^[l] = g^[l](Z^[l]), keeping
// in a cache what the backward pass will need.
import { np, NDArray } from "../../np";
import type { Parameters } from "../types";
import { getActivation, type Activation, type ActivationName } from "../activation_backward";
import { dropoutForward } from "../regularization";
import { batchnormForward, type BatchNormCache, type BatchNormRunning } from "../batchnorm";
import { randomState, type RandomLike } from "../../np";
import { numLayers } from "./init";

/** What linearForward keeps for linearBackward: the layer's input and parameters. */
export interface LinearCache {
  A_prev: NDArray;
  W: NDArray;
  b: NDArray;
}

/**
 * What linearActivationForward keeps: the linear cache plus Z and the activation used; with dropout
 * also the mask D applied to this layer's output A and the keep probability; with batch
 * normalisation the normalised Z̃ = γ·Ẑ + β (the activation's input) and the batch-norm cache.
 */
export interface LayerCache extends LinearCache {
  Z: NDArray;
  activation: Activation;
  D?: NDArray;
  keepProb?: number;
  Ztilde?: NDArray;
  bn?: BatchNormCache;
}

/**
 * The linear part of a layer, Z = W·A_prev + b (b broadcast over the m columns). Returns `[Z, cache]`.
 * @example
 * const A_prev = np.array([[1, 2], [3, 4]]), W = np.array([[1, 0.5]]), b = np.array([[0.5]]);
 * const [Z, linearCache] = nn.linearForward(A_prev, W, b);
 * Z // → array([[3. , 4.5]])
 */
export function linearForward(A_prev: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(W, A_prev), b);
  return [Z, { A_prev, W, b }];
}

/**
 * One whole layer: Z = W·A_prev + b, A = g(Z). Returns `[A, cache]` with cache = { A_prev, W, b, Z, activation }.
 * @example
 * const A_prev = np.array([[1, 2], [3, 4]]), W = np.array([[1, 0.5]]), b = np.array([[0.5]]);
 * const [A, cache] = nn.linearActivationForward(A_prev, W, b, "sigmoid");
 * np.round(A, 4) // → array([[0.9526, 0.989 ]])
 * cache.Z // → array([[3. , 4.5]])
 */
export function linearActivationForward(
  A_prev: NDArray, W: NDArray, b: NDArray, activation: ActivationName | Activation,
): [NDArray, LayerCache] {
  const g = getActivation(activation);
  const [Z, linearCache] = linearForward(A_prev, W, b);
  const A = g.forward(Z);
  return [A, { ...linearCache, Z, activation: g }];
}

/** Which activation each layer uses, and optional dropout on the hidden layers. */
export interface ForwardOptions {
  /** Activation of layers 1..L-1 (default "relu"). */
  hidden?: ActivationName | Activation;
  /** Activation of layer L (default "sigmoid"). */
  output?: ActivationName | Activation;
  /** One activation per layer, overriding hidden/output. */
  activations?: readonly (ActivationName | Activation)[];
  /** Inverted dropout on the hidden layers' outputs: keep each unit with this probability (default 1, no dropout). */
  keepProb?: number;
  /** Seed or RandomState for the dropout masks. */
  seed?: RandomLike;
  /**
   * Batch normalisation of the hidden layers: Z̃^[l] = γ^[l]·(Z^[l] − μ)/√(σ² + ε) + β^[l], then
   * A^[l] = g(Z̃^[l]); needs parameters gamma{l}, beta{l} (`initializeParametersDeep(..., { batchNorm: true })`).
   */
  batchNorm?: boolean;
  /** Batch norm: "train" (default) normalises with the mini-batch's μ, σ²; "test" with the running ones. */
  mode?: "train" | "test";
  /**
   * Batch norm running averages per hidden layer, keyed by layer number. In train mode they are
   * created from the first mini-batch and then updated in place (momentum 0.9); test mode reads them.
   */
  running?: Record<number, BatchNormRunning>;
}

/**
 * The activation of each of the L layers, from ForwardOptions.
 * @example nn.layerActivations(3, { hidden: "tanh" }).map((g) => g.name) // → [ 'tanh', 'tanh', 'sigmoid' ]
 */
export function layerActivations(L: number, opts: ForwardOptions = {}): Activation[] {
  if (opts.activations) {
    if (opts.activations.length !== L) throw new Error(`activations has ${opts.activations.length} entries for ${L} layers`);
    return opts.activations.map(getActivation);
  }
  const hidden = getActivation(opts.hidden ?? "relu"), output = getActivation(opts.output ?? "sigmoid");
  return Array.from({ length: L }, (_, i) => (i === L - 1 ? output : hidden));
}

/**
 * Forward propagation through all L layers (L − 1 hidden layers with `hidden`, then `output`):
 * A^[0] = X, then [A^[l], cache_l] = linearActivationForward(A^[l-1], W^[l], b^[l], g^[l]). With
 * `keepProb` < 1 each hidden layer's A is multiplied by a random 0/1 mask D (P(1) = keepProb) and
 * divided by keepProb (inverted dropout); the masks are drawn layer by layer with `rand`.
 * Returns `[AL, caches]`, one cache per layer.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]);                 // n_x = 2, m = 3
 * const parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const [AL, caches] = nn.modelForward(X, parameters);          // relu, then sigmoid
 * np.round(AL, 4) // → array([[0.9269, 0.5   , 0.9994]])
 * caches.length // → 2
 * nn.modelForward(X, nn.initializeParametersDeep([2, 4, 3], { seed: 1 }), { hidden: "tanh", output: "softmax" })[0].shape // → [ 3, 3 ]
 */
export function modelForward(X: NDArray, parameters: Parameters, opts: ForwardOptions = {}): [NDArray, LayerCache[]] {
  const L = numLayers(parameters);
  const acts = layerActivations(L, opts);
  const keepProb = opts.keepProb ?? 1;
  const rs = keepProb < 1 ? randomState(opts.seed) : undefined;
  const caches: LayerCache[] = [];
  let A = X;
  for (let l = 1; l <= L; l++) {
    let Al: NDArray, cache: LayerCache;
    if (opts.batchNorm && l < L) [Al, cache] = batchnormLayerForward(A, parameters, l, acts[l - 1], opts);
    else [Al, cache] = linearActivationForward(A, parameters[`W${l}`], parameters[`b${l}`], acts[l - 1]);
    A = Al;
    if (rs && l < L) {
      const [Adrop, D] = dropoutForward(A, keepProb, rs);
      A = Adrop;
      cache.D = D;
      cache.keepProb = keepProb;
    }
    caches.push(cache);
  }
  return [A, caches];
}

/** A hidden layer with batch normalisation: Z = W·A_prev + b, Z̃ = BN(Z; γ, β), A = g(Z̃). */
function batchnormLayerForward(A_prev: NDArray, parameters: Parameters, l: number, g: Activation, opts: ForwardOptions): [NDArray, LayerCache] {
  const gamma = parameters[`gamma${l}`], beta = parameters[`beta${l}`];
  if (!gamma || !beta) throw new Error(`batchNorm needs parameters gamma${l} and beta${l}: initialize with { batchNorm: true }`);
  const [Z, linearCache] = linearForward(A_prev, parameters[`W${l}`], parameters[`b${l}`]);
  const mode = opts.mode ?? "train";
  const running = opts.running?.[l];
  const [Ztilde, bn] = batchnormForward(Z, gamma, beta, { mode, running });
  if (opts.running && !running && mode === "train") opts.running[l] = { mean: bn.mu, var: bn.var };
  return [g.forward(Ztilde), { ...linearCache, Z, activation: g, Ztilde, bn }];
}
