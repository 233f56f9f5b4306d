// Real-time recurrent learning: the same gradients as BPTT, computed forward in time.
import { np, NDArray } from "../../np";
import { softmaxColumns } from "./softmax";
import { rnnLoss } from "./loss";
import type { RnnOptions, RnnParamGradients, RnnParameters } from "./types";

/** Result of {@link rtrl}. */
export interface RtrlResult {
  loss: number;
  /** Parameter gradients and ∂L/∂a⟨0⟩ (forward mode does not produce ∂L/∂x). */
  gradients: RnnParamGradients & { da0: NDArray };
  /** The last hidden state a⟨T_x⟩, (n_a, m). */
  aLast: NDArray;
}

/**
 * Gradients by real-time recurrent learning. Alongside a⟨t⟩ the forward pass carries, for every
 * example, the sensitivities S⟨t⟩ = ∂a⟨t⟩/∂θ of the state to the recurrent parameters
 * θ = (Wax, Waa, ba), an (n_a, P) matrix with P = n_a·n_x + n_a² + n_a:
 *
 *   S⟨t⟩ = diag(1 − a⟨t⟩²) (∂⁺z⟨t⟩/∂θ + Waa S⟨t−1⟩),   S⟨0⟩ = 0,
 *
 * where ∂⁺z⟨t⟩/∂θ is the direct dependence of z⟨t⟩ = Wax x⟨t⟩ + Waa a⟨t−1⟩ + ba (rows of x⟨t⟩ᵀ,
 * a⟨t−1⟩ᵀ and 1 placed on the diagonal). At each step the loss of that step is folded in at once:
 * ∂E|_t/∂θ = ∂E|_{t−1}/∂θ + (Wyaᵀ dz⟨t⟩)ᵀ S⟨t⟩, so the gradient of everything seen so far is ready at
 * every t (online learning) and nothing of the past is stored. The price is S: O(N³) memory and O(N⁴)
 * time per step (N = n_a), against BPTT's O(N T) memory and O(N² T) time. ∂L/∂a⟨0⟩ comes the same way
 * from J⟨t⟩ = ∂a⟨t⟩/∂a⟨0⟩ = diag(1 − a⟨t⟩²) Waa J⟨t−1⟩, J⟨0⟩ = I.
 *
 * @example
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // n_a = 2, n_x = n_y = 3
 * const x = nn.rnn.oneHotSequence([null, 0, 2], 3), y = nn.rnn.oneHotSequence([0, 2, 1], 3), a0 = np.zeros([2, 1]);
 * const r = nn.rnn.rtrl(x, y, a0, parameters);
 * np.round(r.gradients.dWaa, 4) // → array([[ 0.3575, -0.2613],
 * //        [-0.155 ,  0.1133]])
 * np.allclose(r.gradients.dWaa, nn.rnn.bptt(x, y, a0, parameters).gradients.dWaa) // → true
 */
export function rtrl(x: NDArray, y: NDArray, a0: NDArray, parameters: RnnParameters, opts: RnnOptions = {}): RtrlResult {
  const { Wax, Waa, ba, Wya, by } = parameters;
  const [nX, m, Tx] = x.shape;
  const nA = Waa.shape[0];
  const P = nA * nX + nA * nA + nA;
  const softmax = (opts.output ?? "softmax") === "softmax";
  const eye4 = np.eye(nA).reshape(1, nA, nA, 1); // δ_ij, broadcast against each example's row vector
  let S = np.zeros([m, nA, P]);
  let J = np.broadcastTo(np.eye(nA), [m, nA, nA]);
  let grad = np.zeros([P]);
  let da0 = np.zeros([nA, m]);
  let dWya = np.zerosLike(Wya);
  let dby = np.zerosLike(by);
  let loss = 0;
  let aPrev = a0;
  for (let t = 0; t < Tx; t++) {
    const xt = x.get(":", ":", t);
    const yt = y.get(":", ":", t);
    const aNext = np.tanh(np.matmul(Wax, xt).add(np.matmul(Waa, aPrev)).add(ba));
    const z = np.matmul(Wya, aNext).add(by);
    const yHat = softmax ? softmaxColumns(z) : z;
    // ∂⁺z_i/∂Wax_jk = δ_ij x_k, ∂⁺z_i/∂Waa_jk = δ_ij a⟨t−1⟩_k, ∂⁺z_i/∂ba_j = δ_ij, per example.
    const direct = np.concatenate([
      eye4.multiply(xt.T.reshape(m, 1, 1, nX)).reshape(m, nA, nA * nX),
      eye4.multiply(aPrev.T.reshape(m, 1, 1, nA)).reshape(m, nA, nA * nA),
      np.broadcastTo(np.eye(nA), [m, nA, nA]),
    ], { axis: 2 });
    const dtanh = np.subtract(1, np.square(aNext)).T.reshape(m, nA, 1);
    S = dtanh.multiply(direct.add(np.matmul(Waa, S)));
    J = dtanh.multiply(np.matmul(Waa, J));
    const dz = yHat.subtract(yt).divide(m);
    const delta = np.matmul(Wya.T, dz).T.reshape(m, 1, nA); // ∂E_t/∂a⟨t⟩ per example
    grad = grad.add(np.sum(np.matmul(delta, S).reshape(m, P), { axis: 0 }));
    da0 = da0.add(np.matmul(delta, J).reshape(m, nA).T);
    dWya = dWya.add(np.matmul(dz, aNext.T));
    dby = dby.add(np.sum(dz, { axis: 1, keepdims: true }));
    loss += rnnLoss(np.expandDims(yHat, 2), np.expandDims(yt, 2), opts);
    aPrev = aNext;
  }
  const i1 = nA * nX;
  const i2 = i1 + nA * nA;
  return {
    loss,
    gradients: {
      dWax: grad.get(`0:${i1}`).reshape(nA, nX),
      dWaa: grad.get(`${i1}:${i2}`).reshape(nA, nA),
      dba: grad.get(`${i2}:`).reshape(nA, 1),
      dWya,
      dby,
      da0,
    },
    aLast: aPrev,
  };
}
