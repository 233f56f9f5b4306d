// Gradient checking: compare backpropagation's gradients with numerical ones from central differences,
// dθ ≈ (J(θ + ε) − J(θ − ε)) / 2ε, one entry at a time.
import { np, NDArray } from "../np";
import type { Grads, Parameters } from "./types";
import { modelForward, type ForwardOptions } from "./deep/forward";
import { modelBackward } from "./deep/backward";
import { computeCost, computeCostWithRegularization } from "./deep/cost";
import type { LossName } from "./losses";

/**
 * Numerical gradient of a scalar function J of named arrays, by central differences with step ε
 * (default 1e-7). Returns the gradients keyed `d` + name. The arrays passed in are not changed
 * (J is evaluated on copies).
 * @example
 * const J = (p) => np.sum(np.square(p.W));                     // J = w₁² + w₂², ∂J/∂w = 2w
 * np.round(nn.numericalGradient(J, { W: np.array([1, 2]) }).dW, 6) // → array([2., 4.])
 */
export function numericalGradient(J: (params: Parameters) => number, params: Parameters, opts: { epsilon?: number } = {}): Grads {
  const eps = opts.epsilon ?? 1e-7;
  const work: Parameters = {};
  for (const [k, v] of Object.entries(params)) work[k] = v.astype("float64"); // contiguous copies
  const grads: Grads = {};
  for (const k of Object.keys(work)) {
    const theta = work[k], data = theta.data as Float64Array;
    const g = new Float64Array(theta.size);
    for (let i = 0; i < theta.size; i++) {
      const orig = data[i];
      data[i] = orig + eps;
      const Jplus = J(work);
      data[i] = orig - eps;
      const Jminus = J(work);
      data[i] = orig;
      g[i] = (Jplus - Jminus) / (2 * eps);
    }
    grads[`d${k}`] = NDArray.fromData(g, [...theta.shape], "float64");
  }
  return grads;
}

/**
 * Relative error ‖a − b‖ / (‖a‖ + ‖b‖) (2-norms; 0 when both are zero). Below about 1e-7 the
 * gradients agree; above 1e-3 there is almost certainly a bug.
 * @example nn.relativeError(np.array([1, 2]), np.array([1, 2.000001])) // → 2.236067530598814e-7
 */
export function relativeError(a: NDArray, b: NDArray): number {
  const num = np.linalg.norm(np.subtract(a, b));
  const den = np.linalg.norm(a) + np.linalg.norm(b);
  return den === 0 ? 0 : num / den;
}

/** The result of a gradient check. */
export interface GradientCheckReport {
  /** Relative error per parameter name (`W1`, `b1`, ...). */
  relativeErrors: Record<string, number>;
  /** Relative error of all gradients stacked into one vector (the course's `difference`). */
  difference: number;
  /** The largest per-parameter relative error. */
  maxError: number;
  /** The numerical gradients, keyed `d` + name. */
  numerical: Grads;
}

/**
 * Checks analytic gradients (keyed `d` + name) of J against numerical ones, parameter by parameter.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const [AL, caches] = nn.modelForward(X, parameters);
 * const grads = nn.modelBackward(AL, Y, caches);
 * const report = nn.gradientCheck((p) => nn.computeCost(nn.modelForward(X, p)[0], Y), parameters, grads);
 * Object.keys(report.relativeErrors) // → [ 'W1', 'b1', 'W2', 'b2' ]
 * report.difference < 1e-7 // → true
 * const wrong = { ...grads, dW2: np.multiply(grads.dW2, 2) }; // a bug in dW2 shows at once
 * nn.gradientCheck((p) => nn.computeCost(nn.modelForward(X, p)[0], Y), parameters, wrong).maxError > 0.1 // → true
 */
export function gradientCheck(J: (params: Parameters) => number, params: Parameters, grads: Grads, opts: { epsilon?: number } = {}): GradientCheckReport {
  const numerical = numericalGradient(J, params, opts);
  const relativeErrors: Record<string, number> = {};
  const an: number[] = [], nu: number[] = [];
  for (const k of Object.keys(params)) {
    const g = grads[`d${k}`];
    if (g === undefined) throw new Error(`no gradient d${k} for parameter ${k}`);
    const n = numerical[`d${k}`];
    relativeErrors[k] = relativeError(np.asarray(g).astype("float64"), n);
    an.push(...(np.asarray(g).astype("float64").ravel().data as Float64Array));
    nu.push(...(n.data as Float64Array));
  }
  const difference = relativeError(np.array(an), np.array(nu));
  const maxError = Math.max(0, ...Object.values(relativeErrors));
  return { relativeErrors, difference, maxError, numerical };
}

/**
 * Gradient check of a whole L-layer network: modelForward + computeCost (with the L2 term if `lambd`)
 * against modelBackward, for every W^[l] and b^[l]. Dropout is off (its random masks would change J
 * between evaluations).
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]]); // one-hot, 3 classes
 * const parameters = nn.initializeParametersDeep([2, 4, 3], { method: "xavier", seed: 1 });
 * nn.gradientCheckModel(X, Y, parameters, { hidden: "tanh", output: "softmax" }).maxError < 1e-7 // → true
 */
export function gradientCheckModel(
  X: NDArray, Y: NDArray, parameters: Parameters,
  opts: Omit<ForwardOptions, "keepProb" | "seed"> & { lambd?: number; loss?: LossName; epsilon?: number } = {},
): GradientCheckReport {
  const fwd = { ...opts, keepProb: 1 };
  const cost = (p: Parameters) => {
    const [AL] = modelForward(X, p, fwd);
    return opts.lambd ? computeCostWithRegularization(AL, Y, p, opts.lambd, opts.loss) : computeCost(AL, Y, opts.loss);
  };
  const [AL, caches] = modelForward(X, parameters, fwd);
  const grads = modelBackward(AL, Y, caches, { loss: opts.loss, lambd: opts.lambd });
  return gradientCheck(cost, parameters, grads, { epsilon: opts.epsilon });
}
