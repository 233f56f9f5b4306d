// The gradient descent step on every parameter.
import { np } from "../../np";
import type { Grads, Parameters } from "../types";

/**
 * One step of gradient descent, θ := θ − α dθ, for every parameter θ that has a gradient `d` + name
 * in grads (W^[l] − α dW^[l], b^[l] − α db^[l], and batch-norm γ, β). Returns new parameters; the
 * arrays passed in are not changed.
 * @example parameters = nn.updateParameters(parameters, grads, 0.1)
 */
export function updateParameters(parameters: Parameters, grads: Grads, learningRate: number): Parameters {
  const out: Parameters = {};
  for (const [k, theta] of Object.entries(parameters)) {
    const d = grads[`d${k}`];
    out[k] = d === undefined ? theta : np.subtract(theta, np.multiply(learningRate, d));
  }
  return out;
}
