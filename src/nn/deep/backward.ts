// Backward propagation: from dA^[l] to dZ^[l] = dA^[l] * g'(Z^[l]), then dW^[l] = dZ·A^[l-1]ᵀ / m,
// db^[l] = Σ_columns dZ / m and dA^[l-1] = W^[l]ᵀ·dZ, layer by layer from L down to 1.
import { np, NDArray } from "../../np";
import type { Grads } from "../types";
import { getActivation, type Activation, type ActivationName } from "../activation_backward";
import { getLoss, type LossName } from "../losses";
import { dropoutBackward } from "../regularization";
import { batchnormBackward } from "../batchnorm";
import type { LayerCache, LinearCache } from "./forward";
import { defaultLoss } from "./cost";

/**
 * The linear part backwards: dW = (1/m) dZ·A_prevᵀ, db = (1/m) np.sum(dZ, axis=1, keepdims=True),
 * dA_prev = Wᵀ·dZ. Returns `[dA_prev, dW, db]`.
 * @example
 * const A_prev = np.array([[1, 2], [3, 4]]), W = np.array([[1, 0.5]]), b = np.array([[0.5]]);
 * const [, linearCache] = nn.linearForward(A_prev, W, b);
 * const [dA_prev, dW, db] = nn.linearBackward(np.array([[1, -1]]), linearCache);
 * dA_prev // → array([[ 1. , -1. ],
 * //        [ 0.5, -0.5]])
 * dW // → array([[-0.5, -0.5]])
 * db // → array([[0.]])
 */
export function linearBackward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [dW, db] = parameterGradients(dZ, cache);
  const dA_prev = np.dot(cache.W.T, dZ);
  return [dA_prev, dW, db];
}

/** dW and db alone (the first layer in training needs no dA^[0]). */
function parameterGradients(dZ: NDArray, cache: LinearCache): [NDArray, NDArray] {
  const m = cache.A_prev.shape[1];
  const dW = np.divide(np.dot(dZ, cache.A_prev.T), m);
  const db = np.divide(np.sum(dZ, { axis: 1, keepdims: true }), m);
  return [dW, db];
}

/**
 * One whole layer backwards: dZ = dA * g'(Z), then {@link linearBackward}. The activation defaults to
 * the one recorded in the cache. Returns `[dA_prev, dW, db]`.
 * @example
 * const A_prev = np.array([[1, 2], [3, 4]]), W = np.array([[1, 0.5]]), b = np.array([[-3.5]]);
 * const [, cache] = nn.linearActivationForward(A_prev, W, b, "relu"); // Z = [[-0.5, 1]]
 * const [dA_prev, dW, db] = nn.linearActivationBackward(np.array([[1, 1]]), cache, "relu");
 * dA_prev // → array([[0. , 1. ],
 * //        [0. , 0.5]])
 * dW // → array([[1., 2.]])
 * db // → array([[0.5]])
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
  /** Also compute dA0, the gradient for the input X (default true; training loops skip it). */
  inputGradient?: boolean;
}

/**
 * Backward propagation through all layers, from the caches of {@link modelForward}. At the output,
 * sigmoid with binary cross-entropy and softmax with categorical cross-entropy use
 * dZ^[L] = A^[L] − Y directly (the slides' summary; it stays exact where σ saturates at 0 or 1);
 * other pairs start from dA^[L] = ∂L/∂A^[L]. Dropout masks in the caches are applied to dA^[l] again;
 * batch-normalised layers go back through batchnormBackward (adding dgamma{l}, dbeta{l});
 * `lambd` adds the L2 term. Returns grads `{ dA0, ..., dA{L-1}, dW1, db1, ..., dWL, dbL }`
 * (dA{l} is the gradient of A^[l], the input of layer l + 1).
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const [AL, caches] = nn.modelForward(X, parameters);
 * const grads = nn.modelBackward(AL, Y, caches);
 * Object.keys(grads).sort() // → [ 'dA0', 'dA1', 'dW1', 'dW2', 'db1', 'db2' ]
 * np.round(grads.dW1, 4) // → array([[-0.0353,  0.0006],
 * //        [ 0.0003, -0.0003],
 * //        [-0.0065,  0.0001]])
 * np.round(grads.db2, 4) // → array([[0.1421]])
 */
export function modelBackward(AL: NDArray, Y: NDArray, caches: LayerCache[], opts: BackwardOptions = {}): Grads {
  const L = caches.length;
  const lossName = opts.loss ?? defaultLoss(AL);
  const out = caches[L - 1];
  const shortcut =
    (out.activation.name === "sigmoid" && lossName === "binaryCrossEntropy") ||
    (out.activation.name === "softmax" && lossName === "categoricalCrossEntropy");
  // dZ^[L], then for l = L, ..., 1: dW^[l], db^[l], dA^[l-1], and dZ^[l-1] = dA^[l-1] * g'(Z^[l-1])
  let dZ = shortcut ? np.subtract(AL, Y) : out.activation.backward(getLoss(lossName).grad(AL, Y), out.Z);
  const grads: Grads = {};
  for (let l = L; l >= 1; l--) {
    const cache = caches[l - 1];
    const [dW, db] = parameterGradients(dZ, cache);
    grads[`dW${l}`] = opts.lambd ? np.add(dW, np.multiply(opts.lambd / AL.shape[1], cache.W)) : dW;
    grads[`db${l}`] = db;
    if (l === 1 && opts.inputGradient === false) break;
    const dA_prev = np.dot(cache.W.T, dZ);
    grads[`dA${l - 1}`] = dA_prev;
    if (l > 1) {
      const below = caches[l - 2];
      const dA = below.D ? dropoutBackward(dA_prev, below.D, below.keepProb!) : dA_prev;
      if (below.bn) {
        // dA and dZ carry m·∂J/∂(·) (dW divides by m), batchnormBackward takes and gives true gradients
        const mb = dA.shape[1];
        const [dZtrue, dgamma, dbeta] = batchnormBackward(np.divide(below.activation.backward(dA, below.Ztilde!), mb), below.bn);
        grads[`dgamma${l - 1}`] = dgamma;
        grads[`dbeta${l - 1}`] = dbeta;
        dZ = np.multiply(dZtrue, mb);
      } else dZ = below.activation.backward(dA, below.Z);
    }
  }
  return grads;
}

