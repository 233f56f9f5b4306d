// Batch normalisation of a layer's pre-activations Z (n, m): each unit normalised over the mini-batch,
// then scaled and shifted by learned γ and β: Z̃ = γ ⊙ (Z − μ) / √(σ² + ε) + β.
import { np, NDArray } from "../np";

/** Running averages of μ and σ² for use at test time (updated in place in "train" mode). */
export interface BatchNormRunning {
  mean: NDArray;
  var: NDArray;
}

/** Options of {@link batchnormForward}. */
export interface BatchNormOptions {
  /** Added to σ² before the square root (default 1e-5). */
  eps?: number;
  /** "train" uses the mini-batch statistics; "test" uses `running` (required then). */
  mode?: "train" | "test";
  /** Running statistics: in train mode updated as running = momentum·running + (1 − momentum)·batch. */
  running?: BatchNormRunning;
  /** Weight of the old running value (default 0.9). */
  momentum?: number;
}

/** What batchnormBackward needs from the forward pass. */
export interface BatchNormCache {
  Zhat: NDArray;
  gamma: NDArray;
  /** 1 / √(σ² + ε) per unit, (n, 1). */
  invStd: NDArray;
  /** The μ and σ² used (the mini-batch's in train mode, the running ones in test mode). */
  mu: NDArray;
  var: NDArray;
}

/**
 * Batch norm forward over the examples (axis 1): μ = mean(Z), σ² = var(Z) per row,
 * Ẑ = (Z − μ) / √(σ² + ε), out = γ·Ẑ + β, with γ, β of shape (n, 1). Returns `[out, cache]`.
 * @example
 * const Z = np.array([[1, 2, 3], [0, 0, 3]]), gamma = np.ones([2, 1]), beta = np.zeros([2, 1]);
 * const running = { mean: np.zeros([2, 1]), var: np.ones([2, 1]) };
 * const [Zt, cache] = nn.batchnormForward(Z, gamma, beta, { running });
 * np.round(Zt, 4) // → array([[-1.2247,  0.    ,  1.2247],
 * //        [-0.7071, -0.7071,  1.4142]])
 * running.mean // → array([[0.2],
 * //        [0.1]])
 * const [Ztest] = nn.batchnormForward(Z, gamma, beta, { mode: "test", running });
 * np.round(Ztest, 4) // → array([[ 0.8137,  1.8308,  2.8479],
 * //        [-0.0953, -0.0953,  2.765 ]])
 */
export function batchnormForward(Z: NDArray, gamma: NDArray, beta: NDArray, opts: BatchNormOptions = {}): [NDArray, BatchNormCache] {
  const { eps = 1e-5, mode = "train", running, momentum = 0.9 } = opts;
  let mu: NDArray, variance: NDArray;
  if (mode === "test") {
    if (!running) throw new Error('batchnormForward in "test" mode needs the running mean and variance');
    [mu, variance] = [running.mean, running.var];
  } else {
    mu = np.mean(Z, { axis: 1, keepdims: true });
    variance = np.var(Z, { axis: 1, keepdims: true });
    if (running) {
      running.mean = np.add(np.multiply(momentum, running.mean), np.multiply(1 - momentum, mu));
      running.var = np.add(np.multiply(momentum, running.var), np.multiply(1 - momentum, variance));
    }
  }
  const invStd = np.divide(1, np.sqrt(np.add(variance, eps)));
  const Zhat = np.multiply(np.subtract(Z, mu), invStd);
  const out = np.add(np.multiply(gamma, Zhat), beta);
  return [out, { Zhat, gamma, invStd, mu, var: variance }];
}

/**
 * Batch norm backward (train mode) for an upstream gradient dOut = ∂J/∂out:
 * dβ = Σ dOut, dγ = Σ dOut·Ẑ (sums over the examples, keepdims), and with dẐ = γ·dOut,
 * dZ = (1/m)·(1/√(σ² + ε))·(m·dẐ − Σ dẐ − Ẑ·Σ(dẐ·Ẑ)), which accounts for μ and σ² depending on
 * every example. Returns `[dZ, dgamma, dbeta]`.
 * @example
 * const Z = np.array([[1, 2, 3], [0, 0, 3]]);
 * const [, cache] = nn.batchnormForward(Z, np.ones([2, 1]), np.zeros([2, 1]));
 * const [dZ, dgamma, dbeta] = nn.batchnormBackward(np.array([[1, 0, 0], [0, 0, 1]]), cache);
 * np.round(dZ, 4) // → array([[ 0.2041, -0.4082,  0.2041],
 * //        [-0.    , -0.    ,  0.    ]])
 * np.round(dgamma, 4) // → array([[-1.2247],
 * //        [ 1.4142]])
 */
export function batchnormBackward(dOut: NDArray, cache: BatchNormCache): [NDArray, NDArray, NDArray] {
  const { Zhat, gamma, invStd } = cache;
  const m = Zhat.shape[1];
  const dbeta = np.sum(dOut, { axis: 1, keepdims: true });
  const dgamma = np.sum(np.multiply(dOut, Zhat), { axis: 1, keepdims: true });
  const dZhat = np.multiply(gamma, dOut);
  const sum1 = np.sum(dZhat, { axis: 1, keepdims: true });
  const sum2 = np.sum(np.multiply(dZhat, Zhat), { axis: 1, keepdims: true });
  const inner = np.subtract(np.subtract(np.multiply(m, dZhat), sum1), np.multiply(Zhat, sum2));
  const dZ = np.multiply(np.divide(invStd, m), inner);
  return [dZ, dgamma, dbeta];
}
