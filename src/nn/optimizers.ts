// Optimizers: plain gradient descent, momentum, RMSprop and Adam, each as the course's functions
// (initialize..., updateParametersWith...) and as a stateful object for training loops.
import { np } from "../np";
import type { Grads, Parameters } from "./types";
import { updateParameters } from "./deep/update";

/** Per-parameter running averages keyed like the gradients: `{ dW1, db1, ... }`. */
export type OptimizerState = Record<string, import("../np").NDArray>;

/**
 * Zeros shaped like every parameter, keyed like its gradient (`v.dW1`, `v.db1`, ...): the starting
 * velocity of momentum, and the v and s of Adam and RMSprop.
 * @example
 * const v = nn.initializeVelocity({ W1: np.array([[1, -2]]), b1: np.array([[0.5]]) });
 * Object.keys(v) // → [ 'dW1', 'db1' ]
 * v.dW1 // → array([[0., 0.]])
 */
export function initializeVelocity(parameters: Parameters): OptimizerState {
  const v: OptimizerState = {};
  for (const [k, p] of Object.entries(parameters)) v[`d${k}`] = np.zerosLike(p, { dtype: "float64" });
  return v;
}

/**
 * Plain gradient descent, W := W − α dW (the same as {@link updateParameters}).
 * @example
 * const parameters = { W1: np.array([[1, -2]]), b1: np.array([[0.5]]) };
 * const grads = { dW1: np.array([[0.1, -0.3]]), db1: np.array([[0.2]]) };
 * nn.updateParametersWithGd(parameters, grads, 0.1).W1 // → array([[ 0.99, -1.97]])
 */
export function updateParametersWithGd(parameters: Parameters, grads: Grads, learningRate: number): Parameters {
  return updateParameters(parameters, grads, learningRate);
}

/**
 * Momentum: v_dW = β v_dW + (1 − β) dW, W := W − α v_dW (an exponentially weighted average of the
 * gradients, which damps oscillations). Returns `[parameters, v]`.
 * @example
 * let parameters = { W1: np.array([[1, -2]]), b1: np.array([[0.5]]) }, v = nn.initializeVelocity(parameters);
 * const grads = { dW1: np.array([[0.1, -0.3]]), db1: np.array([[0.2]]) };
 * [parameters, v] = nn.updateParametersWithMomentum(parameters, grads, v, 0.9, 0.1);
 * v.dW1 // → array([[ 0.01, -0.03]])
 * parameters.W1 // → array([[ 0.999, -1.997]])
 */
export function updateParametersWithMomentum(
  parameters: Parameters, grads: Grads, v: OptimizerState, beta: number, learningRate: number,
): [Parameters, OptimizerState] {
  const out: Parameters = {}, vNew: OptimizerState = {};
  for (const [k, theta] of Object.entries(parameters)) {
    const d = grads[`d${k}`];
    if (d === undefined) { out[k] = theta; continue; }
    vNew[`d${k}`] = np.add(np.multiply(beta, v[`d${k}`]), np.multiply(1 - beta, d));
    out[k] = np.subtract(theta, np.multiply(learningRate, vNew[`d${k}`]));
  }
  return [out, vNew];
}

/** RMSprop hyperparameters. */
export interface RmspropOptions {
  learningRate?: number;
  beta?: number;
  epsilon?: number;
}

/**
 * RMSprop: s_dW = β s_dW + (1 − β) dW², W := W − α dW / (√s_dW + ε). Returns `[parameters, s]`.
 * @example
 * let parameters = { W1: np.array([[1, -2]]), b1: np.array([[0.5]]) }, s = nn.initializeVelocity(parameters);
 * const grads = { dW1: np.array([[0.1, -0.3]]), db1: np.array([[0.2]]) };
 * [parameters, s] = nn.updateParametersWithRmsprop(parameters, grads, s, { learningRate: 0.1 });
 * parameters.W1 // → array([[ 0.68377233, -1.68377227]])
 */
export function updateParametersWithRmsprop(
  parameters: Parameters, grads: Grads, s: OptimizerState, opts: RmspropOptions = {},
): [Parameters, OptimizerState] {
  const { learningRate = 0.01, beta = 0.9, epsilon = 1e-8 } = opts;
  const out: Parameters = {}, sNew: OptimizerState = {};
  for (const [k, theta] of Object.entries(parameters)) {
    const d = grads[`d${k}`];
    if (d === undefined) { out[k] = theta; continue; }
    sNew[`d${k}`] = np.add(np.multiply(beta, s[`d${k}`]), np.multiply(1 - beta, np.square(d)));
    out[k] = np.subtract(theta, np.multiply(learningRate, np.divide(d, np.add(np.sqrt(sNew[`d${k}`]), epsilon))));
  }
  return [out, sNew];
}

/**
 * Adam's two running averages, both zero: `[v, s]`.
 * @example
 * const [v, s] = nn.initializeAdam({ W1: np.array([[1, -2]]), b1: np.array([[0.5]]) });
 * s.dW1 // → array([[0., 0.]])
 */
export function initializeAdam(parameters: Parameters): [OptimizerState, OptimizerState] {
  return [initializeVelocity(parameters), initializeVelocity(parameters)];
}

/** Adam hyperparameters (the course's defaults). */
export interface AdamOptions {
  learningRate?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/**
 * Adam, step t (counting from 1): v = β₁v + (1 − β₁)dW, s = β₂s + (1 − β₂)dW², bias-corrected
 * v̂ = v / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ), W := W − α v̂ / (√ŝ + ε). Returns `[parameters, v, s]`.
 * @example
 * let parameters = { W1: np.array([[1, -2]]), b1: np.array([[0.5]]) }, [v, s] = nn.initializeAdam(parameters);
 * const grads = { dW1: np.array([[0.1, -0.3]]), db1: np.array([[0.2]]) };
 * [parameters, v, s] = nn.updateParametersWithAdam(parameters, grads, v, s, 1, { learningRate: 0.01 });
 * parameters.W1 // → array([[ 0.99, -1.99]])
 */
export function updateParametersWithAdam(
  parameters: Parameters, grads: Grads, v: OptimizerState, s: OptimizerState, t: number, opts: AdamOptions = {},
): [Parameters, OptimizerState, OptimizerState] {
  const { learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = opts;
  const out: Parameters = {}, vNew: OptimizerState = {}, sNew: OptimizerState = {};
  for (const [k, theta] of Object.entries(parameters)) {
    const key = `d${k}`, d = grads[key];
    if (d === undefined) { out[k] = theta; continue; }
    vNew[key] = np.add(np.multiply(beta1, v[key]), np.multiply(1 - beta1, d));
    const vCorrected = np.divide(vNew[key], 1 - Math.pow(beta1, t));
    sNew[key] = np.add(np.multiply(beta2, s[key]), np.multiply(1 - beta2, np.square(d)));
    const sCorrected = np.divide(sNew[key], 1 - Math.pow(beta2, t));
    out[k] = np.subtract(theta, np.multiply(learningRate, np.divide(vCorrected, np.add(np.sqrt(sCorrected), epsilon))));
  }
  return [out, vNew, sNew];
}

/** An optimizer with its state, for training loops: `parameters = opt.step(parameters, grads)`. */
export interface Optimizer {
  readonly name: string;
  step(parameters: Parameters, grads: Grads): Parameters;
}

/** Names accepted wherever an optimizer is asked for. */
export type OptimizerName = "gd" | "momentum" | "rmsprop" | "adam";

/** Hyperparameters of every optimizer (each uses the ones it needs). */
export interface OptimizerOptions {
  learningRate?: number;
  /** Momentum's and RMSprop's β (default 0.9). */
  beta?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/**
 * A stateful optimizer by name; the state (v, s, t) starts at zero on the first step.
 * @example
 * let parameters = { W1: np.array([[1, -2]]), b1: np.array([[0.5]]) };
 * const grads = { dW1: np.array([[0.1, -0.3]]), db1: np.array([[0.2]]) };
 * const opt = nn.optimizer("adam", { learningRate: 0.01 });
 * parameters = opt.step(parameters, grads);
 * parameters = opt.step(parameters, grads); // t = 2: opt keeps v, s and t
 * parameters.W1 // → array([[ 0.98, -1.98]])
 */
export function optimizer(name: OptimizerName, opts: OptimizerOptions = {}): Optimizer {
  const learningRate = opts.learningRate ?? 0.01;
  switch (name) {
    case "gd":
      return { name, step: (p, g) => updateParametersWithGd(p, g, learningRate) };
    case "momentum": {
      let v: OptimizerState | undefined;
      return {
        name,
        step(p, g) {
          let out: Parameters;
          [out, v] = updateParametersWithMomentum(p, g, v ?? initializeVelocity(p), opts.beta ?? 0.9, learningRate);
          return out;
        },
      };
    }
    case "rmsprop": {
      let s: OptimizerState | undefined;
      return {
        name,
        step(p, g) {
          let out: Parameters;
          [out, s] = updateParametersWithRmsprop(p, g, s ?? initializeVelocity(p), { learningRate, beta: opts.beta, epsilon: opts.epsilon });
          return out;
        },
      };
    }
    case "adam": {
      let v: OptimizerState | undefined, s: OptimizerState | undefined, t = 0;
      return {
        name,
        step(p, g) {
          if (!v || !s) [v, s] = initializeAdam(p);
          t += 1;
          let out: Parameters;
          [out, v, s] = updateParametersWithAdam(p, g, v, s, t, { learningRate, beta1: opts.beta1, beta2: opts.beta2, epsilon: opts.epsilon });
          return out;
        },
      };
    }
    default:
      throw new Error(`unknown optimizer '${name as string}': expected "gd", "momentum", "rmsprop" or "adam"`);
  }
}
