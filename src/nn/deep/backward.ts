// Backward propagation: from dA^[l] to dZ^[l] = dA^[l] * g'(Z^[l]), then dW^[l] = dZ·A^[l-1]ᵀ / m,
// db^[l] = Σ_columns dZ / m and dA^[l-1] = W^[l]ᵀ·dZ, layer by layer from L down to 1.
import { np, NDArray } from "../../np";
import type { Grads } from "../types";
import { getActivation, type Activation, type ActivationName } from "../activation_backward";
import { getLoss, type LossName } from "../losses";
import { dropoutBackward } from "../regularization";
import type { LayerCache, LinearCache } from "./forward";
import { defaultLoss } from "./cost";

/**
 * The linear part backwards: dW = (1/m) dZ·A_prevᵀ, db = (1/m) np.sum(dZ, axis=1, keepdims=True),
 * dA_prev = Wᵀ·dZ. Returns `[dA_prev, dW, db]`.
 * @example const [dA_prev, dW, db] = nn.linearBackward(dZ, linearCache)
 */
export function linearBackward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const { A_prev, W } = cache;
  const m = A_prev.shape[1];
  const dW = np.divide(np.dot(dZ, A_prev.T), m);
  const db = np.divide(np.sum(dZ, { axis: 1, keepdims: true }), m);
  const dA_prev = np.dot(W.T, dZ);
  return [dA_prev, dW, db];
}

/**
 * One whole layer backwards: dZ = dA * g'(Z), then {@link linearBackward}. The activation defaults to
 * the one recorded in the cache. Returns `[dA_prev, dW, db]`.
 * @example const [dA_prev, dW, db] = nn.linearActivationBackward(dA, cache, "relu")
 */
export function linearActivationBackward(
  dA: NDArray, cache: LayerCache, activation?: ActivationName | Activation,
): [NDArray, NDArray, NDArray] {
  const g = getActivation(activation ?? cache.activation);
  const dZ = g.backward(dA, cache.Z);
  return linearBackward(dZ, cache);
}

/** Options of {@link modelBackward}. */
export interface BackwardOptions {
  /** The cost being differentiated (default: as computeCost picks from AL's rows). */
  loss?: LossName;
  /** L2 regularisation strength λ: adds (λ/m) W^[l] to each dW^[l]. */
  lambd?: number;
}

/**
 * Backward propagation through all layers, from the caches of {@link modelForward}. At the output,
 * sigmoid with binary cross-entropy and softmax with categorical cross-entropy use
 * dZ^[L] = A^[L] − Y directly (the slides' summary; it stays exact where σ saturates at 0 or 1);
 * other pairs start from dA^[L] = ∂L/∂A^[L]. Dropout masks in the caches are applied to dA^[l] again;
 * `lambd` adds the L2 term. Returns grads `{ dA0, ..., dA{L-1}, dW1, db1, ..., dWL, dbL }`
 * (dA{l} is the gradient of A^[l], the input of layer l + 1).
 * @example
 * const [AL, caches] = nn.modelForward(X, parameters);
 * const grads = nn.modelBackward(AL, Y, caches); // grads.dW1, grads.db1, ...
 */
export function modelBackward(AL: NDArray, Y: NDArray, caches: LayerCache[], opts: BackwardOptions = {}): Grads {
  const L = caches.length;
  const lossName = opts.loss ?? defaultLoss(AL);
  const grads: Grads = {};
  const out = caches[L - 1];
  const shortcut =
    (out.activation.name === "sigmoid" && lossName === "binaryCrossEntropy") ||
    (out.activation.name === "softmax" && lossName === "categoricalCrossEntropy");
  let dA_prev: NDArray, dW: NDArray, db: NDArray;
  if (shortcut) [dA_prev, dW, db] = linearBackward(np.subtract(AL, Y), out);
  else [dA_prev, dW, db] = linearActivationBackward(getLoss(lossName).grad(AL, Y), out);
  grads[`dA${L - 1}`] = dA_prev;
  grads[`dW${L}`] = dW;
  grads[`db${L}`] = db;
  for (let l = L - 1; l >= 1; l--) {
    const cache = caches[l - 1];
    let dA = grads[`dA${l}`];
    if (cache.D) dA = dropoutBackward(dA, cache.D, cache.keepProb!);
    [dA_prev, dW, db] = linearActivationBackward(dA, cache);
    grads[`dA${l - 1}`] = dA_prev;
    grads[`dW${l}`] = dW;
    grads[`db${l}`] = db;
  }
  if (opts.lambd) {
    const m = AL.shape[1];
    for (let l = 1; l <= L; l++) grads[`dW${l}`] = np.add(grads[`dW${l}`], np.multiply(opts.lambd / m, caches[l - 1].W));
  }
  return grads;
}

