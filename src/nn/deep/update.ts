// The gradient descent step on every parameter.
import { np } from "../../np";
import type { Grads, Parameters } from "../types";

/**
 * One step of gradient descent, θ := θ − α dθ, for every parameter θ that has a gradient `d` + name
 * in grads (W^[l] − α dW^[l], b^[l] − α db^[l], and batch-norm γ, β). Returns new parameters; the
 * arrays passed in are not changed.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * let parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const [AL, caches] = nn.modelForward(X, parameters);
 * parameters = nn.updateParameters(parameters, nn.modelBackward(AL, Y, caches), 0.1);
 * np.round(parameters.W2, 4) // → array([[ 1.4287, -0.6215,  0.2627]])
 */
export function updateParameters(parameters: Parameters, grads: Grads, learningRate: number): Parameters {
  const out: Parameters = {};
  for (const [k, theta] of Object.entries(parameters)) {
    const d = grads[`d${k}`];
    out[k] = d === undefined ? theta : np.subtract(theta, np.multiply(learningRate, d));
  }
  return out;
}
